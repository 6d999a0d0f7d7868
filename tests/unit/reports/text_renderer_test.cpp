// The text format's edge cases: locations with zero parts, quiet, colour (off by default),
// German messages, continuation lines, terminal-unsafe bytes, the summary and incomplete notes.
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "reports/formats.h"
#include "reports/renderer.h"

namespace konform::reports {
namespace {

Finding make_finding(Severity severity, int line, int column, std::string message = "msg") {
  Finding finding;
  finding.rule_id = "some-rule";
  finding.severity = severity;
  finding.message = std::move(message);
  finding.location = {line, column, ""};
  return finding;
}

Report one_input(std::vector<Finding> findings) {
  Report report;
  InputResult input;
  input.path = "a.xml";
  input.stages = {{"parse", StageStatus::kPassed, 1}};
  input.findings = std::move(findings);
  report.inputs.push_back(std::move(input));
  finish(report);
  return report;
}

std::string render(const Report& report, const RenderOptions& options = {}) {
  std::ostringstream out;
  render_text(report, options, out);
  return out.str();
}

BOOST_AUTO_TEST_SUITE(text_renderer)

BOOST_AUTO_TEST_CASE(zero_line_and_column_are_omitted) {
  const Report report =
      one_input({make_finding(Severity::kError, 0, 0), make_finding(Severity::kError, 0, 5),
                 make_finding(Severity::kError, 4, 0), make_finding(Severity::kError, 4, 2)});
  RenderOptions quiet;
  quiet.quiet = true;
  BOOST_TEST(render(report, quiet) ==
             "a.xml: error: [some-rule] msg\n"
             "a.xml: error: [some-rule] msg\n"
             "a.xml:4: error: [some-rule] msg\n"
             "a.xml:4:2: error: [some-rule] msg\n");
}

BOOST_AUTO_TEST_CASE(summary_line_ends_with_the_verdict) {
  const Report report =
      one_input({make_finding(Severity::kWarning, 1, 1), make_finding(Severity::kInfo, 2, 1),
                 make_finding(Severity::kInfo, 3, 1)});
  BOOST_TEST(render(report) ==
             "a.xml:1:1: warning: [some-rule] msg\n"
             "a.xml:2:1: info: [some-rule] msg\n"
             "a.xml:3:1: info: [some-rule] msg\n"
             "konform: 1 input, 0 errors, 1 warning, 2 infos \u2014 conformant\n");
}

BOOST_AUTO_TEST_CASE(quiet_prints_only_findings) {
  Report report = one_input({make_finding(Severity::kError, 1, 1)});
  report.inputs.front().stages.front().status = StageStatus::kAborted;
  finish(report);
  RenderOptions options;
  options.quiet = true;
  BOOST_TEST(render(report, options) == "a.xml:1:1: error: [some-rule] msg\n");
  BOOST_TEST(render(report).find("konform: a.xml is incomplete: stage parse aborted\n") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(quiet_with_no_findings_prints_nothing) {
  RenderOptions options;
  options.quiet = true;
  BOOST_TEST(render(one_input({}), options).empty());
}

BOOST_AUTO_TEST_CASE(colour_is_off_by_default_and_colours_only_severity_words) {
  const Report report =
      one_input({make_finding(Severity::kError, 1, 1), make_finding(Severity::kWarning, 2, 1),
                 make_finding(Severity::kInfo, 3, 1)});
  BOOST_TEST(!RenderOptions{}.color);
  BOOST_TEST(render(report).find('\x1b') == std::string::npos);
  RenderOptions color;
  color.color = true;
  color.quiet = true;
  BOOST_TEST(render(report, color) ==
             "a.xml:1:1: \x1b[1;31merror\x1b[0m: [some-rule] msg\n"
             "a.xml:2:1: \x1b[1;35mwarning\x1b[0m: [some-rule] msg\n"
             "a.xml:3:1: \x1b[1;36minfo\x1b[0m: [some-rule] msg\n");
}

BOOST_AUTO_TEST_CASE(german_message_only_with_lang_de) {
  Finding finding = make_finding(Severity::kError, 1, 1, "english");
  finding.message_de = "deutsch";
  const Finding english_only = make_finding(Severity::kError, 2, 1, "only english");
  const Report report = one_input({finding, english_only});
  RenderOptions options;
  options.quiet = true;
  BOOST_TEST(render(report, options) ==
             "a.xml:1:1: error: [some-rule] english\na.xml:2:1: error: [some-rule] only english\n");
  // The renderer's own words follow --lang too: the severity is German.
  options.lang = "de";
  BOOST_TEST(
      render(report, options) ==
      "a.xml:1:1: Fehler: [some-rule] deutsch\na.xml:2:1: Fehler: [some-rule] only english\n");
}

BOOST_AUTO_TEST_CASE(continuation_lines_are_indented) {
  const Report report =
      one_input({make_finding(Severity::kError, 1, 1, "first\r\nsecond\n\nfourth\n")});
  RenderOptions options;
  options.quiet = true;
  BOOST_TEST(render(report, options) ==
             "a.xml:1:1: error: [some-rule] first\n  second\n  \n  fourth\n");
}

BOOST_AUTO_TEST_CASE(control_characters_cannot_reach_the_terminal) {
  const Report report = one_input({make_finding(Severity::kError, 1, 1, "x\x1b[2Jy\xff")});
  RenderOptions options;
  options.quiet = true;
  BOOST_TEST(render(report, options) == "a.xml:1:1: error: [some-rule] x\uFFFD[2Jy\uFFFD\n");
}

BOOST_AUTO_TEST_CASE(input_without_stages_is_incomplete) {
  Report report;
  InputResult stdin_input;
  stdin_input.path = "-";
  report.inputs.push_back(stdin_input);
  finish(report);
  BOOST_TEST(render(report) ==
             "konform: 1 input, 0 errors, 0 warnings, 0 infos \u2014 incomplete\n"
             "konform: - is incomplete: no stage ran\n");
}

BOOST_AUTO_TEST_CASE(text_is_the_registered_default_name) {
  const Renderer* text = find_renderer("text");
  BOOST_REQUIRE(text);
  BOOST_TEST(text->render == &render_text);
  BOOST_TEST(find_renderer("TEXT") == nullptr);
  BOOST_TEST(find_renderer("") == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
