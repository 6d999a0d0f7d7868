// The svrl format: Schematron Validation Report Language (ISO/IEC 19757-3:2016, Annex D), for
// tooling that consumes Schematron results. It carries the Schematron findings only (XSD and
// code-list findings have no SVRL form): per input an svrl:active-pattern whose `document` names
// the input, then for each failed assert or successful report the svrl:fired-rule that produced
// it and the result with id, location (fn:path form), role/flag, test and svrl:text. Rules that
// fired without a result are not recorded by konform, so they do not appear. Evaluation errors
// appear as failed asserts with id "schematron-evaluation-error" and flag "error". A waived
// finding stays a failed assert (SVRL has no notion of waivers) and carries a
// svrl:diagnostic-reference named "konform-waiver" whose text gives the waiver.
#include <algorithm>
#include <ostream>

#include "reports/formats.h"
#include "reports/wording.h"
#include "validator/core/stage.h"
#include "validator/core/version.h"
#include "validator/core/xml_writer.h"

namespace konform::reports {
namespace {

using Element = XmlWriter::Element;

std::string property(const Finding& finding, std::string_view key) {
  for (const auto& [name, value] : finding.properties) {
    if (name == key) return value;
  }
  return {};
}

bool from_schematron(const Finding& finding) {
  return !property(finding, "schematron.kind").empty();
}

bool ran_schematron(const InputResult& input) {
  for (const auto& stage : input.stages) {
    if (stage.name == to_string(Stage::kSchematron) && stage.status != StageStatus::kSkipped)
      return true;
  }
  return false;
}

void write_active_pattern(const InputResult& input, const Finding* finding, XmlWriter& xml) {
  const Element pattern(xml, "svrl:active-pattern");
  xml.optional_attribute("document", input.path);
  if (finding == nullptr) return;
  xml.optional_attribute("id", property(*finding, "schematron.pattern"));
  xml.optional_attribute("name", property(*finding, "schematron.schema"));
}

void write_result(const Finding& finding, XmlWriter& xml) {
  {
    const Element fired(xml, "svrl:fired-rule");
    xml.optional_attribute("context", property(finding, "schematron.context"));
  }
  const bool report_kind = property(finding, "schematron.kind") == "report";
  const bool error_kind = property(finding, "schematron.kind") == "error";
  const Element result(xml, report_kind ? "svrl:successful-report" : "svrl:failed-assert");
  xml.optional_attribute("id", finding.rule_id);
  xml.optional_attribute("location", finding.location.xpath);
  xml.optional_attribute("role", property(finding, "schematron.role"));
  xml.optional_attribute("flag", error_kind ? "error" : property(finding, "schematron.flag"));
  xml.optional_attribute("test", property(finding, "schematron.test"));
  if (finding.waiver) {
    const Element reference(xml, "svrl:diagnostic-reference");
    xml.attribute("diagnostic", "konform-waiver");
    xml.text_element("svrl:text", waiver_text(*finding.waiver, RenderOptions{}));
  }
  xml.text_element("svrl:text", finding.message);
}

}  // namespace

void render_svrl(const Report& report, const RenderOptions& /*options*/, std::ostream& out) {
  XmlWriter xml(out);
  xml.declaration();
  {
    const Element root(xml, "svrl:schematron-output");
    xml.namespace_declaration("http://purl.oclc.org/dsdl/svrl", "svrl");
    xml.attribute("title", "konform " + std::string(kVersion));
    xml.attribute("schemaVersion", "ISO19757-3");
    for (const auto& input : report.inputs) {
      const bool any = std::any_of(input.findings.begin(), input.findings.end(), from_schematron);
      if (!any && !ran_schematron(input)) continue;
      std::string pattern_shown;
      bool opened = false;
      for (const auto& finding : input.findings) {
        if (!from_schematron(finding)) continue;
        const std::string pattern =
            property(finding, "schematron.schema") + "#" + property(finding, "schematron.pattern");
        if (!opened || pattern != pattern_shown) {
          write_active_pattern(input, &finding, xml);
          pattern_shown = pattern;
          opened = true;
        }
        write_result(finding, xml);
      }
      if (!opened) write_active_pattern(input, nullptr, xml);
    }
  }
  xml.finish();
}

}  // namespace konform::reports
