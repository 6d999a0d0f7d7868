// The `text` format, konform's default and a CLI contract (scripts and editors parse it):
//   path:line:col: severity: [rule-id] message
//     continuation line of a multi-line message
//   konform: 3 inputs, 2 errors, 1 warning, 0 infos — not-conformant
//   konform: in/broken.xml is incomplete: stage xsd aborted
// Everything printed passes through terminal_safe(): messages quote input data.
#include <string_view>

#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/wording.h"

namespace konform::reports {
namespace {

// The colours GCC uses for the same words.
std::string_view color_of(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "\x1b[1;31m";
    case Severity::kWarning:
      return "\x1b[1;35m";
    case Severity::kInfo:
      return "\x1b[1;36m";
  }
  return "";
}
constexpr std::string_view kColorReset = "\x1b[0m";

void write_finding(std::string_view path, const Finding& finding, const RenderOptions& options,
                   std::ostream& out) {
  out << terminal_safe(location_text(path, finding.location)) << ": ";
  if (options.color) out << color_of(finding.severity);
  out << to_string(finding.severity);
  if (options.color) out << kColorReset;
  out << ": [" << terminal_safe(finding.rule_id) << "] ";
  const auto lines = message_lines(displayed_message(finding, options));
  out << terminal_safe(lines.front()) << '\n';
  for (std::size_t i = 1; i < lines.size(); ++i) out << "  " << terminal_safe(lines[i]) << '\n';
}

}  // namespace

void render_text(const Report& report, const RenderOptions& options, std::ostream& out) {
  for (const auto& input : report.inputs) {
    for (const auto& finding : input.findings) write_finding(input.path, finding, options, out);
  }
  if (options.quiet) return;

  const Summary& summary = report.summary;
  out << "konform: " << counted(summary.inputs, "input") << ", " << counted(summary.errors, "error")
      << ", " << counted(summary.warnings, "warning") << ", " << counted(summary.infos, "info")
      << " \u2014 " << to_string(report.verdict) << '\n';
  for (const auto& input : report.inputs) {
    if (input.verdict != Verdict::kIncomplete) continue;
    out << "konform: " << terminal_safe(input.path)
        << " is incomplete: " << terminal_safe(incomplete_reason(input)) << '\n';
  }
}

}  // namespace konform::reports
