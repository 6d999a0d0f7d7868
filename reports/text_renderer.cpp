// The `text` format, konform's default and a CLI contract (scripts and editors parse it):
//   path:line:col: severity: [rule-id] message
//     continuation line of a multi-line message
//   konform: 3 inputs, 2 errors, 1 warning, 0 infos — not-conformant
//   konform: in/broken.xml is incomplete: stage xsd aborted
// A waived finding reads `path:line:col: error (waived): [rule-id] message`, followed by a line
// with the waiver, so tools matching `error:` skip it; the summary then adds ", 1 waived".
// With --lang de every word the renderer says itself is German (severities, summary, notes),
// as on the html page: `Fehler:`, "konform: 1 Eingabe, 2 Fehler, … — nicht konform".
// Everything printed passes through terminal_safe(): messages quote input data.
#include <string_view>

#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/html_wording.h"
#include "reports/marks.h"
#include "reports/wording.h"

namespace konform::reports {
namespace {

constexpr std::string_view kColorReset = "\x1b[0m";

bool german(const RenderOptions& options) { return options.lang == "de"; }

/// The html page's words in the text's language (the page is German by default, text English).
const HtmlWords& words_of(const RenderOptions& options) {
  return html_words(german(options) ? "de" : "en");
}

std::string_view severity_text(Severity severity, const RenderOptions& options) {
  return german(options) ? severity_word(severity, words_of(options)) : to_string(severity);
}

/// "3 errors" / "3 Fehler", "1 warning" / "1 Warnung".
std::string counted_severity(int count, Severity severity, const RenderOptions& options) {
  if (!german(options)) return counted(count, to_string(severity));
  const HtmlWords& words = words_of(options);
  return counted(count, severity_word(severity, words), severity_plural(severity, words));
}

void write_finding(std::string_view path, const Finding& finding, const RenderOptions& options,
                   std::ostream& out) {
  out << terminal_safe(location_text(path, finding.location)) << ": ";
  if (options.color) out << severity_marks(finding.severity).terminal_color;
  out << severity_text(finding.severity, options);
  if (options.color) out << kColorReset;
  if (finding.waiver) out << " (" << words_of(options).waived << ")";
  out << ": [" << terminal_safe(finding.rule_id) << "] ";
  const auto lines = message_lines(displayed_message(finding, options));
  out << terminal_safe(lines.front()) << '\n';
  for (std::size_t i = 1; i < lines.size(); ++i) out << "  " << terminal_safe(lines[i]) << '\n';
  if (finding.waiver) out << "  " << terminal_safe(waiver_text(*finding.waiver, options)) << '\n';
}

}  // namespace

void render_text(const Report& report, const RenderOptions& options, std::ostream& out) {
  for (const auto& input : report.inputs) {
    for (const auto& finding : input.findings) write_finding(input.path, finding, options, out);
  }
  if (options.quiet) return;

  const Summary& summary = report.summary;
  const HtmlWords& words = words_of(options);
  out << "konform: "
      << (german(options) ? counted(summary.inputs, "Eingabe", "Eingaben")
                          : counted(summary.inputs, "input"))
      << ", " << counted_severity(summary.errors, Severity::kError, options) << ", "
      << counted_severity(summary.warnings, Severity::kWarning, options) << ", "
      << counted_severity(summary.infos, Severity::kInfo, options);
  if (summary.waived > 0) out << ", " << summary.waived << " " << words.waived;
  out << " \u2014 "
      << (german(options) ? verdict_word(report.verdict, words) : to_string(report.verdict))
      << '\n';
  for (const auto& input : report.inputs) {
    if (input.verdict != Verdict::kIncomplete) continue;
    out << "konform: " << terminal_safe(input.path)
        << (german(options) ? " ist unvollst\u00e4ndig: " : " is incomplete: ")
        << terminal_safe(incomplete_reason_words(input, words)) << '\n';
  }
  if (!report.lock.empty()) {
    out << (german(options) ? "konform: Profile entsprechen der Lock-Datei "
                            : "konform: profiles match the lock file ")
        << terminal_safe(report.lock) << '\n';
  }
  for (const auto& notice : report.notices) {
    out << (german(options) ? "konform: Anmerkung: [" : "konform: note: [")
        << terminal_safe(notice.code) << "] " << terminal_safe(displayed_notice(notice, options))
        << '\n';
  }
}

}  // namespace konform::reports
