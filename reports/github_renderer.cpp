// The `github` format: GitHub Actions workflow commands, one annotation per finding
//   ::error file=F,line=L,col=C,title=rule-id::message
// (warning and notice for the other severities), plus an error annotation per incomplete input
// so a half-checked file cannot look clean. A waived finding is a notice whose title says
// "(waived)" and whose text names the waiver, never an error annotation; report-level notices
// (expired or unused waivers) are annotations without a file. Values are percent-escaped as the
// runner requires: `%` CR LF everywhere, `:` `,` in properties as well.
#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/wording.h"
#include "validator/core/severity.h"

namespace konform::reports {
namespace {

// The workflow command of a severity: GitHub's words are konform's, except "notice" for info.
std::string_view command_of(Severity severity) {
  return severity == Severity::kInfo ? "notice" : to_string(severity);
}

}  // namespace

void render_github(const Report& report, const RenderOptions& options, std::ostream& out) {
  for (const auto& input : report.inputs) {
    const std::string file = github_escape_property(input.path);
    for (const auto& finding : input.findings) {
      out << "::" << (finding.waiver ? "notice" : command_of(finding.severity)) << " file=" << file;
      // Like location_text(): a column without a line points nowhere.
      if (finding.location.line > 0) {
        out << ",line=" << finding.location.line;
        if (finding.location.column > 0) out << ",col=" << finding.location.column;
      }
      std::string text = displayed_message(finding, options);
      if (finding.waiver) text += " (" + waiver_text(*finding.waiver, options) + ")";
      out << ",title=" << github_escape_property(finding.rule_id)
          << (finding.waiver ? " (waived)" : "") << "::" << github_escape_data(text) << '\n';
    }
    if (input.verdict == Verdict::kIncomplete) {
      out << "::error file=" << file << ",title=incomplete::"
          << github_escape_data(input.path + " is incomplete: " + incomplete_reason(input)) << '\n';
    }
  }
  for (const auto& notice : report.notices) {
    // An expired waiver lets findings count again: worth a warning, the rest are notices.
    out << "::" << (is_warning(notice) ? "warning" : "notice")
        << " title=" << github_escape_property(notice.code)
        << "::" << github_escape_data(displayed_notice(notice, options)) << '\n';
  }
}

}  // namespace konform::reports
