// A chain's rule catalogue written once and spliced into each json report must give exactly the
// bytes render_json() writes, whatever the report holds, and must not be used for a report whose
// rules differ from it (a waiver adds one).
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "reports/formats.h"
#include "reports/json_rule_catalogue.h"
#include "tests/unit/reports/awkward_report.h"

namespace konform::reports {
namespace {

std::string rendered(const Report& report) {
  std::ostringstream out;
  render_json(report, {}, out);
  return out.str();
}

void check_same_bytes(const Report& report) {
  const JsonRuleCatalogue catalogue(report.rules);
  BOOST_TEST(catalogue.lists(report.rules));
  BOOST_TEST(render_json_with(report, catalogue) == rendered(report));
}

BOOST_AUTO_TEST_SUITE(json_rule_catalogue)

BOOST_AUTO_TEST_CASE(spliced_reports_are_render_jsons_bytes) {
  check_same_bytes(test::awkward_report());
  check_same_bytes(test::empty_report());
  check_same_bytes(test::hostile_report());
}

BOOST_AUTO_TEST_CASE(a_report_with_other_rules_is_rendered_with_its_own) {
  Report report = test::awkward_report();
  BOOST_REQUIRE(!report.rules.empty());
  const JsonRuleCatalogue catalogue(report.rules);
  report.rules.push_back({"waiver-expired", Severity::kWarning, "A waiver expired",
                          "Eine Ausnahme ist abgelaufen", "konform"});
  BOOST_TEST(!catalogue.lists(report.rules));
  const std::string text = render_json_with(report, catalogue);
  BOOST_TEST(text == rendered(report));
  BOOST_TEST(text.find("\"waiver-expired\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_catalogue_sits_one_level_under_the_report) {
  const Report report = test::awkward_report();
  const JsonRuleCatalogue catalogue(report.rules);
  BOOST_TEST(catalogue.text().starts_with("[\n    {\n      \"id\": "));
  BOOST_TEST(catalogue.text().ends_with("\n  ]"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
