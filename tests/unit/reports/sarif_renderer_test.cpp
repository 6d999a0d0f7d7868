// SARIF specifics the schema cannot check: every rule listed, indices right, levels mapped,
// regions only for known positions, executionSuccessful false for incomplete inputs.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "reports/formats.h"
#include "tests/unit/reports/awkward_report.h"

namespace konform::reports {
namespace {

nlohmann::json sarif_json(const Report& report) {
  std::ostringstream out;
  render_sarif(report, {}, out);
  return nlohmann::json::parse(out.str());
}

BOOST_AUTO_TEST_SUITE(sarif_renderer)

BOOST_AUTO_TEST_CASE(rules_results_and_invocation_follow_the_report) {
  const Report report = test::awkward_report();
  const auto sarif = sarif_json(report);
  const auto& run = sarif["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  BOOST_TEST(rules.size() == report.rules.size());
  for (const auto& result : run["results"]) {
    BOOST_TEST(rules[result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
  }
  BOOST_TEST(run["results"].size() == 6u);
  BOOST_TEST(run["invocations"][0]["executionSuccessful"] == false);

  // The info finding is about the whole file: no region, no logical location, level "note".
  const auto& whole_file = run["results"][0];
  BOOST_TEST(whole_file["level"] == "note");
  BOOST_TEST(!whole_file["locations"][0]["physicalLocation"].contains("region"));
  BOOST_TEST(!whole_file["locations"][0].contains("logicalLocations"));
  BOOST_TEST(whole_file["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
             "in/Rechnung%20M%C3%BCller%20&%20S%C3%B6hne.xml");

  const auto& attribute = run["results"][2]["locations"][0];
  BOOST_TEST(attribute["physicalLocation"]["region"]["startLine"] == 12);
  BOOST_TEST(attribute["physicalLocation"]["region"]["startColumn"] == 7);
  BOOST_TEST(attribute["logicalLocations"][0]["fullyQualifiedName"] == "/Q{urn:x}a[1]/@b");
  BOOST_TEST(attribute["logicalLocations"][0]["kind"] == "attribute");

  const auto& line_only = run["results"][1]["locations"][0]["physicalLocation"]["region"];
  BOOST_TEST(line_only["startLine"] == 3);
  BOOST_TEST(!line_only.contains("startColumn"));
}

BOOST_AUTO_TEST_CASE(complete_run_is_successful_and_unknown_rules_are_unindexed) {
  Report report;
  InputResult input;
  input.path = "a.xml";
  input.stages = {{"parse", StageStatus::kPassed, 1}};
  Finding finding;
  finding.rule_id = "not-in-rules";
  input.findings.push_back(finding);
  report.inputs.push_back(input);
  finish(report);
  const auto sarif = sarif_json(report);
  const auto& run = sarif["runs"][0];
  BOOST_TEST(run["invocations"][0]["executionSuccessful"] == true);
  BOOST_TEST(!run["invocations"][0].contains("toolExecutionNotifications"));
  BOOST_TEST(run["results"][0]["ruleId"] == "not-in-rules");
  BOOST_TEST(!run["results"][0].contains("ruleIndex"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
