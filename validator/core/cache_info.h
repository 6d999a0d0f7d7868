// What `konform cache info` prints about the compiled-profile cache: plain data counted by
// validator/cache/cache_store.h, rendered by reports/cache_renderers.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace konform::cache {

struct Info {
  std::filesystem::path directory;
  bool exists = false;
  std::size_t entries = 0;
  std::uintmax_t bytes = 0;
};

}  // namespace konform::cache
