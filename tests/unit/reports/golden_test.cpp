// Every registered renderer renders the awkward fixture; the bytes must equal
// tests/golden/<format>/awkward.expected. KONFORM_UPDATE_GOLDEN=1 rewrites the expected files
// instead (review the diff before committing it). The text format also in German
// (tests/golden/text/awkward-de.expected).
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "reports/renderer.h"
#include "tests/support/golden.h"
#include "tests/support/test_paths.h"
#include "tests/unit/reports/awkward_report.h"

namespace konform::reports {
namespace {

namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(golden)

BOOST_AUTO_TEST_CASE(every_renderer_matches_its_golden_file) {
  const Report report = test::awkward_report();
  BOOST_REQUIRE(!renderers().empty());
  for (const Renderer& renderer : renderers()) {
    BOOST_TEST_CONTEXT("format " << renderer.name) {
      std::ostringstream rendered;
      renderer.render(report, RenderOptions{}, rendered);
      test::check_golden(rendered.str(), std::string(renderer.name), "awkward.expected");
    }
  }
}

// --lang de: every word the text renderer says itself is German, the plurals German too.
BOOST_AUTO_TEST_CASE(german_text_matches_its_golden_file) {
  RenderOptions options;
  options.lang = "de";
  std::ostringstream rendered;
  find_renderer("text")->render(test::awkward_report(), options, rendered);
  test::check_golden(rendered.str(), "text", "awkward-de.expected");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
