// The `junit` format, for CI systems that show test results (Jenkins, GitLab, Azure DevOps);
// valid against Jenkins' junit-10.xsd. Each input is a testsuite and each rule of
// Report::rules a testcase in it (classname = input path), so a CI page lists what was checked,
// not only what failed: a rule fired at error severity is a <failure> listing every location,
// warnings, infos and waived findings (marked so, with the waiver) go to <system-out>: a waived
// error is not a failure. An incomplete input gets one more testcase,
// "input-complete", holding an <error>: none of its passes can be trusted.
#include <charconv>
#include <optional>
#include <set>

#include "reports/formats.h"
#include "reports/wording.h"
#include "validator/core/xml_writer.h"

namespace konform::reports {
namespace {

using Element = XmlWriter::Element;

constexpr std::string_view kIncompleteCase = "input-complete";

struct Counts {
  int tests = 0;
  int failures = 0;
  int errors = 0;
  double ms = 0;
};

// Seconds with three decimals, independent of the C locale (the XSD wants a '.' separator).
std::string seconds(double ms) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, reported_ms(ms) / 1000,
                                    std::chars_format::fixed, 3);
  return std::string(buffer, result.ptr);
}

// One finding as text: "path:line:col: [severity: ]message", continuation lines indented.
std::string finding_text(std::string_view path, const Finding& finding,
                         const RenderOptions& options, bool with_severity) {
  std::string text = location_text(path, finding.location) + ": ";
  if (with_severity) {
    text += std::string(to_string(finding.severity)) + (finding.waiver ? " (waived)" : "") + ": ";
  }
  const auto lines = message_lines(displayed_message(finding, options));
  text += lines.front();
  for (std::size_t i = 1; i < lines.size(); ++i) text += "\n  " + std::string(lines[i]);
  if (finding.waiver) text += "\n  " + waiver_text(*finding.waiver, options);
  return text + '\n';
}

// The testcase names of one input: every listed rule, then rules that fired without being listed
// (a finding must never disappear from the report because its metadata is missing).
std::vector<std::string_view> testcase_names(const Report& report, const InputResult& input) {
  std::vector<std::string_view> names;
  std::set<std::string_view> seen;
  for (const auto& rule : report.rules) {
    if (seen.insert(rule.id).second) names.push_back(rule.id);
  }
  for (const auto& finding : input.findings) {
    if (seen.insert(finding.rule_id).second) names.push_back(finding.rule_id);
  }
  return names;
}

// One testcase, gathered before anything is written: the enclosing elements' attributes count
// the failures and errors.
struct Testcase {
  struct Problem {
    std::string_view element;  // "failure" or "error"
    std::string_view type;
    std::string message;
    std::string text;
  };
  std::string_view name;
  std::optional<Problem> problem;
  std::string system_out;
};

struct Testsuite {
  const InputResult* input = nullptr;
  std::vector<Testcase> testcases;
  Counts counts;
};

Testcase rule_testcase(std::string_view rule_id, const InputResult& input,
                       const RenderOptions& options) {
  Testcase testcase{rule_id, std::nullopt, {}};
  std::string failure_text;
  std::string failure_message;
  for (const auto& finding : input.findings) {
    if (finding.rule_id != rule_id) continue;
    if (finding.severity == Severity::kError && !finding.waiver) {
      if (failure_text.empty()) failure_message = displayed_message(finding, options);
      failure_text += finding_text(input.path, finding, options, false);
    } else {
      testcase.system_out += finding_text(input.path, finding, options, true);
    }
  }
  if (!failure_text.empty()) {
    testcase.problem = {"failure", "error", std::move(failure_message), std::move(failure_text)};
  }
  return testcase;
}

Testcase incomplete_testcase(const InputResult& input) {
  std::string reason = incomplete_reason(input);
  std::string text =
      input.path + " is incomplete: " + reason + "; its passed test cases prove nothing";
  return {kIncompleteCase,
          Testcase::Problem{"error", "incomplete", std::move(reason), std::move(text)},
          {}};
}

Testsuite testsuite(const Report& report, const InputResult& input, const RenderOptions& options) {
  Testsuite suite{&input, {}, {}};
  for (const auto name : testcase_names(report, input)) {
    suite.testcases.push_back(rule_testcase(name, input, options));
  }
  if (input.verdict == Verdict::kIncomplete) suite.testcases.push_back(incomplete_testcase(input));
  for (const auto& stage : input.stages) suite.counts.ms += reported_ms(stage.ms);
  for (const auto& testcase : suite.testcases) {
    ++suite.counts.tests;
    if (!testcase.problem) continue;
    ++(testcase.problem->element == "failure" ? suite.counts.failures : suite.counts.errors);
  }
  return suite;
}

void write_testcase(const Testcase& testcase, std::string_view classname, XmlWriter& xml) {
  const Element element(xml, "testcase");
  xml.attribute("name", testcase.name);
  xml.attribute("classname", classname);
  if (testcase.problem) {
    const Element problem(xml, testcase.problem->element);
    xml.attribute("type", testcase.problem->type);
    xml.attribute("message", testcase.problem->message);
    xml.text(testcase.problem->text);
  }
  if (!testcase.system_out.empty()) xml.text_element("system-out", testcase.system_out);
}

void write_property(std::string_view name, std::string_view value, XmlWriter& xml) {
  const Element property(xml, "property");
  xml.attribute("name", name);
  xml.attribute("value", value);
}

void write_testsuite(const Testsuite& suite, XmlWriter& xml) {
  const Element element(xml, "testsuite");
  xml.attribute("name", suite.input->path);
  xml.attribute("tests", std::to_string(suite.counts.tests));
  xml.attribute("failures", std::to_string(suite.counts.failures));
  xml.attribute("errors", std::to_string(suite.counts.errors));
  xml.attribute("skipped", "0");
  xml.attribute("time", seconds(suite.counts.ms));
  {
    const Element properties(xml, "properties");
    write_property("documentType", suite.input->document_type, xml);
    write_property("verdict", to_string(suite.input->verdict), xml);
  }
  for (const auto& testcase : suite.testcases) write_testcase(testcase, suite.input->path, xml);
}

}  // namespace

void render_junit(const Report& report, const RenderOptions& options, std::ostream& out) {
  Counts total;
  std::vector<Testsuite> suites;
  for (const auto& input : report.inputs) {
    suites.push_back(testsuite(report, input, options));
    const Counts& counts = suites.back().counts;
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.errors += counts.errors;
    total.ms += counts.ms;
  }
  XmlWriter xml(out);
  xml.declaration();
  {
    const Element root(xml, "testsuites");
    xml.attribute("name", report.tool_name);
    xml.attribute("tests", std::to_string(total.tests));
    xml.attribute("failures", std::to_string(total.failures));
    xml.attribute("errors", std::to_string(total.errors));
    xml.attribute("time", seconds(total.ms));
    for (const auto& suite : suites) write_testsuite(suite, xml);
  }
  xml.finish();
}

}  // namespace konform::reports
