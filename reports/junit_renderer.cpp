// The `junit` format, for CI systems that show test results (Jenkins, GitLab, Azure DevOps);
// valid against Jenkins' junit-10.xsd. Each input is a testsuite and each rule of
// Report::rules a testcase in it (classname = input path), so a CI page lists what was checked,
// not only what failed: a rule fired at error severity is a <failure> listing every location,
// warnings, infos and waived findings (marked so, with the waiver) go to <system-out>: a waived
// error is not a failure. An incomplete input gets one more testcase,
// "input-complete", holding an <error>: none of its passes can be trusted.
#include <charconv>
#include <set>
#include <sstream>

#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/wording.h"

namespace konform::reports {
namespace {

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

void write_testcase(std::string_view rule_id, const InputResult& input,
                    const RenderOptions& options, Counts& counts, std::ostream& out) {
  const std::string path = xml_escape_attribute(input.path);
  std::string failure_text;
  std::string failure_message;
  std::string system_out;
  for (const auto& finding : input.findings) {
    if (finding.rule_id != rule_id) continue;
    if (finding.severity == Severity::kError && !finding.waiver) {
      if (failure_text.empty()) failure_message = displayed_message(finding, options);
      failure_text += finding_text(input.path, finding, options, false);
    } else {
      system_out += finding_text(input.path, finding, options, true);
    }
  }
  ++counts.tests;
  out << "    <testcase name=\"" << xml_escape_attribute(rule_id) << "\" classname=\"" << path
      << '"';
  if (failure_text.empty() && system_out.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  if (!failure_text.empty()) {
    ++counts.failures;
    out << "      <failure type=\"error\" message=\"" << xml_escape_attribute(failure_message)
        << "\">" << xml_escape_text(failure_text) << "</failure>\n";
  }
  if (!system_out.empty()) {
    out << "      <system-out>" << xml_escape_text(system_out) << "</system-out>\n";
  }
  out << "    </testcase>\n";
}

void write_incomplete_testcase(const InputResult& input, Counts& counts, std::ostream& out) {
  const std::string reason = incomplete_reason(input);
  ++counts.tests;
  ++counts.errors;
  out << "    <testcase name=\"" << kIncompleteCase << "\" classname=\""
      << xml_escape_attribute(input.path) << "\">\n"
      << "      <error type=\"incomplete\" message=\"" << xml_escape_attribute(reason) << "\">"
      << xml_escape_text(input.path + " is incomplete: " + reason +
                         "; its passed test cases prove nothing")
      << "</error>\n"
      << "    </testcase>\n";
}

// Renders one input's testsuite into `out` and returns its counts (the attributes of the
// enclosing elements need them before the body, so the body is rendered first).
Counts write_testsuite(const Report& report, const InputResult& input, const RenderOptions& options,
                       std::ostream& out) {
  Counts counts;
  for (const auto& stage : input.stages) counts.ms += reported_ms(stage.ms);
  std::ostringstream body;
  for (const auto name : testcase_names(report, input)) {
    write_testcase(name, input, options, counts, body);
  }
  if (input.verdict == Verdict::kIncomplete) write_incomplete_testcase(input, counts, body);

  out << "  <testsuite name=\"" << xml_escape_attribute(input.path) << "\" tests=\"" << counts.tests
      << "\" failures=\"" << counts.failures << "\" errors=\"" << counts.errors
      << "\" skipped=\"0\" time=\"" << seconds(counts.ms) << "\">\n"
      << "    <properties>\n"
      << "      <property name=\"documentType\" value=\""
      << xml_escape_attribute(input.document_type) << "\"/>\n"
      << "      <property name=\"verdict\" value=\"" << to_string(input.verdict) << "\"/>\n"
      << "    </properties>\n"
      << body.str() << "  </testsuite>\n";
  return counts;
}

}  // namespace

void render_junit(const Report& report, const RenderOptions& options, std::ostream& out) {
  Counts total;
  std::ostringstream suites;
  for (const auto& input : report.inputs) {
    const Counts counts = write_testsuite(report, input, options, suites);
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.errors += counts.errors;
    total.ms += counts.ms;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"" << xml_escape_attribute(report.tool_name) << "\" tests=\""
      << total.tests << "\" failures=\"" << total.failures << "\" errors=\"" << total.errors
      << "\" time=\"" << seconds(total.ms) << "\">\n"
      << suites.str() << "</testsuites>\n";
}

}  // namespace konform::reports
