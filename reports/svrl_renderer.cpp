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

#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/wording.h"
#include "validator/core/stage.h"
#include "validator/core/version.h"

namespace konform::reports {
namespace {

std::string property(const Finding& finding, std::string_view key) {
  for (const auto& [name, value] : finding.properties) {
    if (name == key) return value;
  }
  return {};
}

bool from_schematron(const Finding& finding) {
  return !property(finding, "schematron.kind").empty();
}

void attribute(std::ostream& out, std::string_view name, const std::string& value) {
  if (!value.empty()) out << ' ' << name << "=\"" << xml_escape_attribute(value) << '"';
}

bool ran_schematron(const InputResult& input) {
  for (const auto& stage : input.stages) {
    if (stage.name == to_string(Stage::kSchematron) && stage.status != StageStatus::kSkipped)
      return true;
  }
  return false;
}

}  // namespace

void render_svrl(const Report& report, const RenderOptions& /*options*/, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<svrl:schematron-output xmlns:svrl=\"http://purl.oclc.org/dsdl/svrl\""
      << " title=\"konform " << kVersion << "\" schemaVersion=\"ISO19757-3\">\n";
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
        out << "  <svrl:active-pattern";
        attribute(out, "document", input.path);
        attribute(out, "id", property(finding, "schematron.pattern"));
        attribute(out, "name", property(finding, "schematron.schema"));
        out << "/>\n";
        pattern_shown = pattern;
        opened = true;
      }
      out << "  <svrl:fired-rule";
      attribute(out, "context", property(finding, "schematron.context"));
      out << "/>\n";
      const bool report_kind = property(finding, "schematron.kind") == "report";
      const bool error_kind = property(finding, "schematron.kind") == "error";
      out << (report_kind ? "  <svrl:successful-report" : "  <svrl:failed-assert");
      attribute(out, "id", finding.rule_id);
      attribute(out, "location", finding.location.xpath);
      attribute(out, "role", property(finding, "schematron.role"));
      attribute(out, "flag", error_kind ? "error" : property(finding, "schematron.flag"));
      attribute(out, "test", property(finding, "schematron.test"));
      out << ">\n";
      if (finding.waiver) {
        out << "    <svrl:diagnostic-reference diagnostic=\"konform-waiver\">\n"
            << "      <svrl:text>" << xml_escape_text(waiver_text(*finding.waiver, RenderOptions{}))
            << "</svrl:text>\n"
            << "    </svrl:diagnostic-reference>\n";
      }
      out << "    <svrl:text>" << xml_escape_text(finding.message) << "</svrl:text>\n"
          << (report_kind ? "  </svrl:successful-report>\n" : "  </svrl:failed-assert>\n");
    }
    if (!opened) {
      out << "  <svrl:active-pattern";
      attribute(out, "document", input.path);
      out << "/>\n";
    }
  }
  out << "</svrl:schematron-output>\n";
}

}  // namespace konform::reports
