// A private temporary folder (mode 0700, a name nobody can predict) that is removed with
// everything in it when it goes out of scope: for what must be unpacked to be read.
#pragma once

#include <filesystem>
#include <string>

namespace konform {

class ScratchFolder {
 public:
  /// Creates `<temp dir>/<prefix>XXXXXX`. Throws ConfigError when it cannot.
  explicit ScratchFolder(const std::string& prefix);
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  const std::filesystem::path& path() const noexcept { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace konform
