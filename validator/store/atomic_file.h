// Writing a file so that readers see the old content or the new, never half of it: the bytes go
// to a temporary file beside it, which is then renamed over it.
#pragma once

#include <filesystem>
#include <string>

namespace konform::store {

/// Writes `bytes` to `file` atomically; throws ConfigError naming the file when it cannot.
void write_file_atomically(const std::filesystem::path& file, const std::string& bytes);

}  // namespace konform::store
