// The `xml` format: the JSON report (xsd/report-1.schema.json) as XML in the namespace
// urn:konform:report:1, described by xsd/report-1.xsd. Same content, same order: tool, profiles,
// verdict, summary, asOf, lock, waivers, notices, rules, inputs (with stages and findings).
// Scalars of small objects are attributes; free text (titles, messages, sources) is element
// content so line breaks survive. Like the JSON report it always carries both languages and
// ignores the RenderOptions.
#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/number_text.h"
#include "reports/wording.h"

namespace konform::reports {
namespace {

std::string attribute(std::string_view name, std::string_view value) {
  return ' ' + std::string(name) + "=\"" + xml_escape_attribute(value) + '"';
}

std::string text_element(std::string_view indent, std::string_view name, std::string_view text) {
  return std::string(indent) + '<' + std::string(name) + '>' + xml_escape_text(text) + "</" +
         std::string(name) + ">\n";
}

void write_profiles(const Report& report, std::ostream& out) {
  if (report.profiles.empty()) {
    out << "  <profiles/>\n";
    return;
  }
  out << "  <profiles>\n";
  for (const auto& profile : report.profiles) {
    out << "    <profile" << attribute("id", profile.id) << attribute("version", profile.version)
        << attribute("level", profile.level) << attribute("sha256", profile.sha256);
    if (!profile.publisher.empty()) out << attribute("publisher", profile.publisher);
    out << "/>\n";
  }
  out << "  </profiles>\n";
}

void write_rules(const Report& report, std::ostream& out) {
  if (report.rules.empty()) {
    out << "  <rules/>\n";
    return;
  }
  out << "  <rules>\n";
  for (const auto& rule : report.rules) {
    out << "    <rule" << attribute("id", rule.id)
        << attribute("severity", to_string(rule.default_severity)) << ">\n"
        << text_element("      ", "title", rule.title)
        << text_element("      ", "titleDe", rule.title_de)
        << text_element("      ", "source", rule.source) << "    </rule>\n";
  }
  out << "  </rules>\n";
}

void write_finding(const Finding& finding, std::ostream& out) {
  out << "        <finding" << attribute("ruleId", finding.rule_id)
      << attribute("severity", to_string(finding.severity)) << ">\n"
      << text_element("          ", "message", finding.message);
  if (!finding.message_de.empty()) {
    out << text_element("          ", "messageDe", finding.message_de);
  }
  out << "          <location" << attribute("line", std::to_string(finding.location.line))
      << attribute("column", std::to_string(finding.location.column))
      << attribute("xpath", finding.location.xpath) << "/>\n"
      << "          <origin" << attribute("profile", finding.origin.profile)
      << attribute("version", finding.origin.version) << attribute("level", finding.origin.level)
      << "/>\n"
      << text_element("          ", "source", finding.source);
  if (finding.waiver) {
    out << "          <waiver" << attribute("reason", finding.waiver->reason)
        << attribute("author", finding.waiver->author)
        << attribute("expires", finding.waiver->expires) << "/>\n";
  }
  out << "        </finding>\n";
}

void write_input(const InputResult& input, std::ostream& out) {
  out << "    <input" << attribute("path", input.path)
      << attribute("documentType", input.document_type)
      << attribute("verdict", to_string(input.verdict)) << ">\n";
  if (input.stages.empty()) {
    out << "      <stages/>\n";
  } else {
    out << "      <stages>\n";
    for (const auto& stage : input.stages) {
      out << "        <stage" << attribute("name", stage.name)
          << attribute("status", to_string(stage.status))
          << attribute("ms", number_text(reported_ms(stage.ms))) << "/>\n";
    }
    out << "      </stages>\n";
  }
  if (input.findings.empty()) {
    out << "      <findings/>\n";
  } else {
    out << "      <findings>\n";
    for (const auto& finding : input.findings) write_finding(finding, out);
    out << "      </findings>\n";
  }
  out << "    </input>\n";
}

}  // namespace

void render_xml(const Report& report, const RenderOptions& /*options*/, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<report xmlns=\"urn:konform:report:1\">\n"
      << "  <tool" << attribute("name", report.tool_name)
      << attribute("version", report.tool_version) << "/>\n";
  write_profiles(report, out);
  out << "  <verdict>" << to_string(report.verdict) << "</verdict>\n"
      << "  <summary" << attribute("inputs", std::to_string(report.summary.inputs))
      << attribute("errors", std::to_string(report.summary.errors))
      << attribute("warnings", std::to_string(report.summary.warnings))
      << attribute("infos", std::to_string(report.summary.infos))
      << attribute("waived", std::to_string(report.summary.waived)) << "/>\n";
  // The validation date decides which dated artefacts apply; reports say which one was used.
  if (!report.as_of.empty()) out << text_element("  ", "asOf", report.as_of);
  if (!report.lock.empty()) out << text_element("  ", "lock", report.lock);
  if (!report.waivers.empty()) out << text_element("  ", "waivers", report.waivers);
  if (!report.notices.empty()) {
    out << "  <notices>\n";
    for (const auto& notice : report.notices) {
      out << "    <notice" << attribute("code", notice.code) << ">\n"
          << text_element("      ", "message", notice.message)
          << text_element("      ", "messageDe", notice.message_de) << "    </notice>\n";
    }
    out << "  </notices>\n";
  }
  write_rules(report, out);
  if (report.inputs.empty()) {
    out << "  <inputs/>\n";
  } else {
    out << "  <inputs>\n";
    for (const auto& input : report.inputs) write_input(input, out);
    out << "  </inputs>\n";
  }
  out << "</report>\n";
}

}  // namespace konform::reports
