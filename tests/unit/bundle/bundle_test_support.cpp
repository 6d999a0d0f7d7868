#include "tests/unit/bundle/bundle_test_support.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include "tests/support/test_paths.h"

namespace konform::test {
namespace fs = std::filesystem;

fs::path copy_of_small_profile(const std::string& name, const std::string& version) {
  const fs::path dir = output_dir(name) / "profile";
  fs::copy(source_dir() / "tests/e2e/data/auftrag-profile", dir, fs::copy_options::recursive);
  const fs::path manifest = dir / "profile.xml";
  const std::string text = std::regex_replace(
      file_bytes(manifest), std::regex("version=\"1\\.2\\.0\""), "version=\"" + version + "\"");
  std::ofstream(manifest, std::ios::binary | std::ios::trunc) << text;
  return dir;
}

std::string file_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> paths;
  std::error_code error;
  for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end;
       it.increment(error)) {
    paths.push_back(it->path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace konform::test
