// The json format's contract beyond the golden file: key order, optional messageDe, UTF-8 kept
// unescaped, invalid UTF-8 replaced instead of throwing.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "reports/formats.h"

namespace konform::reports {
namespace {

Report report_with_message(std::string message, std::string message_de = "") {
  Report report;
  report.tool_version = "1.2.3";
  InputResult input;
  input.path = "x.xml";
  input.stages = {{"parse", StageStatus::kPassed, 0.25}};
  Finding finding;
  finding.rule_id = "r";
  finding.message = std::move(message);
  finding.message_de = std::move(message_de);
  input.findings.push_back(finding);
  report.inputs.push_back(input);
  finish(report);
  return report;
}

std::string json_text(const Report& report) {
  std::ostringstream out;
  render_json(report, {}, out);
  return out.str();
}

BOOST_AUTO_TEST_SUITE(json_renderer)

BOOST_AUTO_TEST_CASE(top_level_keys_in_contract_order) {
  const std::string text = json_text(report_with_message("m"));
  std::vector<std::string> keys;
  const auto json = nlohmann::ordered_json::parse(text);
  for (const auto& item : json.items()) keys.push_back(item.key());
  BOOST_TEST(keys == (std::vector<std::string>{"tool", "profiles", "verdict", "summary", "rules",
                                               "inputs"}),
             boost::test_tools::per_element());
  BOOST_TEST(text.back() == '\n');
}

BOOST_AUTO_TEST_CASE(message_de_only_when_present) {
  const auto without = nlohmann::json::parse(json_text(report_with_message("m")));
  BOOST_TEST(!without["inputs"][0]["findings"][0].contains("messageDe"));
  const auto with = nlohmann::json::parse(json_text(report_with_message("m", "d")));
  BOOST_TEST(with["inputs"][0]["findings"][0]["messageDe"] == "d");
}

BOOST_AUTO_TEST_CASE(utf8_is_written_unescaped) {
  const std::string text = json_text(report_with_message("Stra\u00dfe \u201eX\u201c"));
  BOOST_TEST(text.find("\"Stra\u00dfe \u201eX\u201c\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_replaced_not_thrown) {
  std::string text;
  BOOST_REQUIRE_NO_THROW(text = json_text(report_with_message("bad \xff\xfe byte")));
  const auto json = nlohmann::json::parse(text);
  BOOST_TEST(json["inputs"][0]["findings"][0]["message"] == "bad \uFFFD\uFFFD byte");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
