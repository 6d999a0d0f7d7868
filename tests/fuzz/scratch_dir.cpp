// The scratch folder of fuzz targets whose engine API reads a folder (profiles) or needs a root.
#include <unistd.h>

#include <cstdlib>
#include <system_error>

#include "tests/fuzz/fuzz_target.h"

namespace konform::fuzz {

std::filesystem::path scratch_dir() {
  // Held by a pointer that is never freed, so the folder is still named when atexit runs after
  // the static destructors.
  static const std::filesystem::path* const dir = [] {
    auto* path = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                           ("konform-fuzz-" + std::to_string(::getpid())));
    std::filesystem::create_directories(*path);
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(scratch_dir(), ignored);
    });
    return path;
  }();
  return *dir;
}

}  // namespace konform::fuzz
