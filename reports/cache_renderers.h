// Renderers of `konform cache info|clear`: pure functions of what the cache store counted
// (validator/core/cache_info.h) or removed, one line each for the terminal.
#pragma once

#include <cstddef>
#include <filesystem>
#include <ostream>

#include "validator/core/cache_info.h"

namespace konform::reports {

/// Where the cache is (or would be, when not created yet), how many entries, how many bytes.
void render_cache_info_text(const cache::Info& info, std::ostream& out);

/// How many entries `cache clear` removed from `directory`.
void render_cache_cleared_text(const std::filesystem::path& directory, std::size_t removed,
                               std::ostream& out);

}  // namespace konform::reports
