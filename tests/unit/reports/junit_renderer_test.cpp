// JUnit specifics: counts in the attributes match the elements, a testcase per rule, failures
// only for error findings, an error testcase for incomplete inputs, unlisted rules still shown.
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "reports/formats.h"
#include "tests/unit/reports/awkward_report.h"

namespace konform::reports {
namespace {

std::string junit_text(const Report& report) {
  std::ostringstream out;
  render_junit(report, {}, out);
  return out.str();
}

int occurrences(const std::string& text, std::string_view needle) {
  int count = 0;
  for (std::size_t pos = text.find(needle); pos != std::string::npos;
       pos = text.find(needle, pos + 1)) {
    ++count;
  }
  return count;
}

BOOST_AUTO_TEST_SUITE(junit_renderer)

BOOST_AUTO_TEST_CASE(counts_match_the_elements) {
  const Report report = test::awkward_report();
  const std::string xml = junit_text(report);
  // 3 inputs x 6 rules, plus the input-complete case of the incomplete input.
  BOOST_TEST(occurrences(xml, "<testcase ") == 19);
  BOOST_TEST(occurrences(xml, "<failure ") == 3);
  BOOST_TEST(occurrences(xml, "<error ") == 1);
  BOOST_TEST(xml.find("<testsuites name=\"konform\" tests=\"19\" failures=\"3\" errors=\"1\"") !=
             std::string::npos);
  BOOST_TEST(xml.find("<testsuite name=\"in/deep.xml\" tests=\"7\" failures=\"1\" errors=\"1\" "
                      "skipped=\"0\" time=\"0.008\">") != std::string::npos);
  BOOST_TEST(xml.find("<testsuite name=\"in/clean.xml\" tests=\"6\" failures=\"0\" errors=\"0\"") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(unlisted_rule_gets_its_own_testcase) {
  Report report;
  InputResult input;
  input.path = "a.xml";
  input.stages = {{"parse", StageStatus::kPassed, 1}};
  Finding finding;
  finding.rule_id = "unlisted";
  finding.message = "fired";
  finding.location = {2, 3, ""};
  input.findings.push_back(finding);
  report.inputs.push_back(input);
  finish(report);
  const std::string xml = junit_text(report);
  BOOST_TEST(
      xml.find("<testcase name=\"unlisted\" classname=\"a.xml\">\n"
               "      <failure type=\"error\" message=\"fired\">a.xml:2:3: fired\n</failure>") !=
          std::string::npos,
      xml);
  BOOST_TEST(xml.find("tests=\"1\" failures=\"1\" errors=\"0\"") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
