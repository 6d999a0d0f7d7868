#include "tests/support/golden.h"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"

namespace konform::test {
namespace fs = std::filesystem;

namespace {

// 1-based number of the first line where the two texts differ, for a readable failure.
int first_differing_line(const std::string& a, const std::string& b) {
  int line = 1;
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] != b[i]) return line;
    if (a[i] == '\n') ++line;
  }
  return line;
}

}  // namespace

void check_golden(const std::string& actual, const std::string& folder, const std::string& name) {
  const fs::path expected_path = source_dir() / "tests" / "golden" / folder / name;
  const char* update = std::getenv("KONFORM_UPDATE_GOLDEN");
  if (update != nullptr && std::string_view(update) == "1") {
    fs::create_directories(expected_path.parent_path());
    std::ofstream(expected_path, std::ios::binary) << actual;
    BOOST_TEST_MESSAGE("KONFORM_UPDATE_GOLDEN=1: updated " << expected_path);
    return;
  }
  const fs::path actual_path = output_dir("golden-" + folder + "-" + name) / (name + ".actual");
  std::ofstream(actual_path, std::ios::binary) << actual;
  BOOST_REQUIRE_MESSAGE(fs::is_regular_file(expected_path),
                        "missing " << expected_path << "; run with KONFORM_UPDATE_GOLDEN=1");
  const std::string expected = read_text(expected_path);
  BOOST_TEST(actual == expected, "output differs from " << expected_path << " at line "
                                                        << first_differing_line(actual, expected)
                                                        << "; actual output: " << actual_path);
}

}  // namespace konform::test
