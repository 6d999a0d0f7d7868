// Every registered renderer renders the awkward fixture; the bytes must equal
// tests/golden/<format>/awkward.expected. KONFORM_UPDATE_GOLDEN=1 rewrites the expected files
// instead (review the diff before committing it).
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "reports/renderer.h"
#include "tests/support/test_paths.h"
#include "tests/unit/reports/awkward_report.h"

namespace konform::reports {
namespace {

namespace fs = std::filesystem;

bool update_requested() {
  const char* env = std::getenv("KONFORM_UPDATE_GOLDEN");
  return env && std::string_view(env) == "1";
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// 1-based number of the first line where the two texts differ, for a readable failure.
int first_differing_line(const std::string& a, const std::string& b) {
  int line = 1;
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] != b[i]) return line;
    if (a[i] == '\n') ++line;
  }
  return line;
}

BOOST_AUTO_TEST_SUITE(golden)

BOOST_AUTO_TEST_CASE(every_renderer_matches_its_golden_file) {
  const Report report = test::awkward_report();
  const fs::path actual_dir = test::output_dir("reports-golden");
  BOOST_REQUIRE(!renderers().empty());
  for (const Renderer& renderer : renderers()) {
    BOOST_TEST_CONTEXT("format " << renderer.name) {
      std::ostringstream rendered;
      renderer.render(report, RenderOptions{}, rendered);
      const std::string actual = rendered.str();
      const fs::path expected_path =
          test::source_dir() / "tests" / "golden" / std::string(renderer.name) / "awkward.expected";
      if (update_requested()) {
        fs::create_directories(expected_path.parent_path());
        std::ofstream(expected_path, std::ios::binary) << actual;
        BOOST_TEST_MESSAGE("KONFORM_UPDATE_GOLDEN=1: updated " << expected_path);
        continue;
      }
      const fs::path actual_path = actual_dir / (std::string(renderer.name) + ".actual");
      std::ofstream(actual_path, std::ios::binary) << actual;
      BOOST_REQUIRE_MESSAGE(
          fs::is_regular_file(expected_path),
          "missing " << expected_path << "; run with KONFORM_UPDATE_GOLDEN=1 to create it");
      const std::string expected = read_file(expected_path);
      BOOST_TEST(actual == expected, "output differs from "
                                         << expected_path << " at line "
                                         << first_differing_line(actual, expected)
                                         << "; actual output: " << actual_path);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
