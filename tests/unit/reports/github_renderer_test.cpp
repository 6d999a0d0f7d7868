// GitHub workflow commands: severity words, omitted positions, escaping of properties and data.
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "reports/formats.h"

namespace konform::reports {
namespace {

Report report_with(std::string path, std::vector<Finding> findings, bool aborted = false) {
  Report report;
  InputResult input;
  input.path = std::move(path);
  input.stages = {{"xsd", aborted ? StageStatus::kAborted : StageStatus::kPassed, 1}};
  input.findings = std::move(findings);
  report.inputs.push_back(std::move(input));
  finish(report);
  return report;
}

Finding make_finding(Severity severity, int line, int column, std::string message) {
  Finding finding;
  finding.rule_id = "r:1,x";
  finding.severity = severity;
  finding.message = std::move(message);
  finding.message_de = "auf Deutsch";
  finding.location = {line, column, ""};
  return finding;
}

std::string render(const Report& report, const RenderOptions& options = {}) {
  std::ostringstream out;
  render_github(report, options, out);
  return out.str();
}

BOOST_AUTO_TEST_SUITE(github_renderer)

BOOST_AUTO_TEST_CASE(one_command_per_finding_with_escaping) {
  const Report report =
      report_with("dir/a,b:c.xml", {make_finding(Severity::kError, 2, 5, "50% of a,b: x\r\ny"),
                                    make_finding(Severity::kWarning, 7, 0, "w"),
                                    make_finding(Severity::kInfo, 0, 3, "i")});
  BOOST_TEST(render(report) ==
             "::notice file=dir/a%2Cb%3Ac.xml,title=r%3A1%2Cx::i\n"
             "::error file=dir/a%2Cb%3Ac.xml,line=2,col=5,title=r%3A1%2Cx::50%25 of a,b: x%0D%0Ay\n"
             "::warning file=dir/a%2Cb%3Ac.xml,line=7,title=r%3A1%2Cx::w\n");
}

BOOST_AUTO_TEST_CASE(german_message_with_lang_de) {
  RenderOptions options;
  options.lang = "de";
  BOOST_TEST(render(report_with("a.xml", {make_finding(Severity::kError, 1, 1, "m")}), options) ==
             "::error file=a.xml,line=1,col=1,title=r%3A1%2Cx::auf Deutsch\n");
}

BOOST_AUTO_TEST_CASE(incomplete_input_is_an_error_annotation) {
  BOOST_TEST(render(report_with("a.xml", {}, true)) ==
             "::error file=a.xml,title=incomplete::a.xml is incomplete: stage xsd aborted\n");
  BOOST_TEST(render(report_with("a.xml", {})).empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
