// The `xml` format: the JSON report (xsd/report-1.schema.json) as XML in the namespace
// urn:konform:report:1, described by xsd/report-1.xsd. Same content, same order: tool, profiles,
// verdict, summary, asOf, lock, waivers, notices, rules, inputs (with stages and findings).
// Scalars of small objects are attributes; free text (titles, messages, sources) is element
// content so line breaks survive. Like the JSON report it always carries both languages and
// ignores the RenderOptions.
#include <span>
#include <sstream>

#include "reports/catalogue_placement.h"
#include "reports/formats.h"
#include "reports/number_text.h"
#include "reports/text_rule_catalogues.h"
#include "reports/wording.h"
#include "validator/core/xml_writer.h"

namespace konform::reports {
namespace {

using Element = XmlWriter::Element;

/// The report's lists: a <`list`> element with one <`item`> per entry of `entries`, whose
/// attributes and content `write` writes.
template <typename Entries, typename Write>
void write_list(XmlWriter& xml, std::string_view list, std::string_view item,
                const Entries& entries, Write write) {
  const Element list_element(xml, list);
  for (const auto& entry : entries) {
    const Element element(xml, item);
    write(entry);
  }
}

void write_profiles(const Report& report, XmlWriter& xml) {
  write_list(xml, "profiles", "profile", report.profiles, [&xml](const ProfileSummary& profile) {
    xml.attribute("id", profile.id);
    xml.attribute("version", profile.version);
    xml.attribute("level", profile.level);
    xml.attribute("sha256", profile.sha256);
    xml.optional_attribute("publisher", profile.publisher);
  });
}

void write_rules(std::span<const RuleInfo> listed, XmlWriter& xml) {
  write_list(xml, "rules", "rule", listed, [&xml](const RuleInfo& rule) {
    xml.attribute("id", rule.id);
    xml.attribute("severity", to_string(rule.default_severity));
    xml.text_element("title", rule.title);
    xml.text_element("titleDe", rule.title_de);
    xml.text_element("source", rule.source);
  });
}

void write_finding(const Finding& finding, XmlWriter& xml) {
  const Element element(xml, "finding");
  xml.attribute("ruleId", finding.rule_id);
  xml.attribute("severity", to_string(finding.severity));
  xml.text_element("message", finding.message);
  if (!finding.message_de.empty()) xml.text_element("messageDe", finding.message_de);
  {
    const Element location(xml, "location");
    xml.attribute("line", std::to_string(finding.location.line));
    xml.attribute("column", std::to_string(finding.location.column));
    xml.attribute("xpath", finding.location.xpath);
  }
  {
    const Element origin(xml, "origin");
    xml.attribute("profile", finding.origin.profile);
    xml.attribute("version", finding.origin.version);
    xml.attribute("level", finding.origin.level);
  }
  xml.text_element("source", finding.source);
  if (finding.waiver) {
    const Element waiver(xml, "waiver");
    xml.attribute("reason", finding.waiver->reason);
    xml.attribute("author", finding.waiver->author);
    xml.attribute("expires", finding.waiver->expires);
  }
}

void write_input(const InputResult& input, XmlWriter& xml) {
  const Element element(xml, "input");
  xml.attribute("path", input.path);
  xml.attribute("documentType", input.document_type);
  xml.attribute("verdict", to_string(input.verdict));
  write_list(xml, "stages", "stage", input.stages, [&xml](const StageResult& stage) {
    xml.attribute("name", stage.name);
    xml.attribute("status", to_string(stage.status));
    xml.attribute("ms", number_text(reported_ms(stage.ms)));
  });
  const Element findings(xml, "findings");
  for (const auto& finding : input.findings) write_finding(finding, xml);
}

void write_notices(const Report& report, XmlWriter& xml) {
  write_list(xml, "notices", "notice", report.notices, [&xml](const Notice& notice) {
    xml.attribute("code", notice.code);
    xml.text_element("message", notice.message);
    xml.text_element("messageDe", notice.message_de);
  });
}

/// The report, listing `rules` (empty: the placeholder a catalogue replaces).
void write_report(const Report& report, std::span<const RuleInfo> rules, std::ostream& out) {
  XmlWriter xml(out);
  xml.declaration();
  {
    const Element root(xml, "report");
    xml.namespace_declaration("urn:konform:report:1");
    {
      const Element tool(xml, "tool");
      xml.attribute("name", report.tool_name);
      xml.attribute("version", report.tool_version);
    }
    write_profiles(report, xml);
    xml.text_element("verdict", to_string(report.verdict));
    {
      const Element summary(xml, "summary");
      xml.attribute("inputs", std::to_string(report.summary.inputs));
      xml.attribute("errors", std::to_string(report.summary.errors));
      xml.attribute("warnings", std::to_string(report.summary.warnings));
      xml.attribute("infos", std::to_string(report.summary.infos));
      xml.attribute("waived", std::to_string(report.summary.waived));
    }
    // The validation date decides which dated artefacts apply; reports say which one was used.
    if (!report.as_of.empty()) xml.text_element("asOf", report.as_of);
    if (!report.lock.empty()) xml.text_element("lock", report.lock);
    if (!report.waivers.empty()) xml.text_element("waivers", report.waivers);
    if (!report.notices.empty()) write_notices(report, xml);
    write_rules(rules, xml);
    const Element inputs(xml, "inputs");
    for (const auto& input : report.inputs) write_input(input, xml);
  }
  xml.finish();
}

/// The root's child every element of which is escaped: no other line can be this one.
constexpr std::string_view kRulesPlaceholder = "\n  <rules/>\n";

/// The rules element as write_report() writes it, from the line break before it to the one
/// after it: written under a root of its own, which is then cut off.
std::string rules_element(std::span<const RuleInfo> rules) {
  std::ostringstream out;
  XmlWriter xml(out);
  {
    const Element root(xml, "report");
    write_rules(rules, xml);
  }
  xml.finish();
  constexpr std::string_view kStart = "<report>";
  constexpr std::string_view kEnd = "</report>\n";
  const std::string_view written = out.view();
  return std::string(written.substr(kStart.size(), written.size() - kStart.size() - kEnd.size()));
}

}  // namespace

void render_xml(const Report& report, const RenderOptions& /*options*/, std::ostream& out) {
  write_report(report, report.rules, out);
}

std::string XmlRules::write(const RuleList& rules) { return rules_element(rules); }

RenderedPieces render_xml_with(const Report& report, const XmlRuleCatalogue& catalogue) {
  auto without_rules = [&] {
    std::ostringstream out;
    write_report(report, {}, out);
    return std::move(out).str();
  };
  return place_catalogue(report, catalogue, kRulesPlaceholder, {}, without_rules, render_xml);
}

}  // namespace konform::reports
