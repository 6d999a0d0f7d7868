#include "tests/unit/bundle/bundle_test_support.h"

#include <fstream>
#include <sstream>

#include "tests/support/test_paths.h"

namespace konform::test {
namespace fs = std::filesystem;

fs::path copy_of_small_profile(const std::string& name) {
  const fs::path dir = output_dir(name) / "profile";
  fs::copy(source_dir() / "tests/e2e/data/auftrag-profile", dir, fs::copy_options::recursive);
  return dir;
}

std::string file_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace konform::test
