// The `markdown` format (GitHub flavour), for pull-request comments and job summaries: a verdict
// heading, a summary table, then per input its verdict and a findings table. All report text
// goes through markdown_escape(): a `|` in a message must not split a table cell, and a `<` must
// not open HTML in a comment. Waived findings stay in their table, marked "(waived)" with the
// waiver after the message; notices (expired or unused waivers) follow the summary.
#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/marks.h"
#include "reports/wording.h"

namespace konform::reports {
namespace {

std::string number_or_blank(int value) { return value > 0 ? std::to_string(value) : ""; }

void write_notes(const Report& report, const RenderOptions& options, std::ostream& out) {
  if (report.summary.waived > 0) {
    out << report.summary.waived
        << (report.summary.waived == 1 ? " waived finding is" : " waived findings are")
        << " not counted.\n\n";
  }
  if (!report.lock.empty()) {
    out << "Profiles match the lock file " << markdown_escape(report.lock) << ".\n\n";
  }
  if (report.notices.empty()) return;
  out << "Notes:\n\n";
  for (const auto& notice : report.notices) {
    out << "- " << markdown_escape(notice.code) << ": "
        << markdown_escape(displayed_notice(notice, options)) << '\n';
  }
  out << '\n';
}

void write_summary(const Report& report, std::ostream& out) {
  out << "## " << verdict_marks(report.verdict).emoji << " konform: " << to_string(report.verdict)
      << "\n\n"
      << "| Inputs | Errors | Warnings | Infos |\n"
      << "|---:|---:|---:|---:|\n"
      << "| " << report.summary.inputs << " | " << report.summary.errors << " | "
      << report.summary.warnings << " | " << report.summary.infos << " |\n\n";
  if (report.profiles.empty()) return;
  out << "Profiles:";
  const char* separator = " ";
  for (const auto& profile : report.profiles) {
    out << separator << markdown_escape(profile.id) << ' ' << markdown_escape(profile.version)
        << " (" << markdown_escape(profile.level) << ')';
    separator = ", ";
  }
  out << "\n\n";
}

void write_input(const InputResult& input, const RenderOptions& options, std::ostream& out) {
  out << "### " << verdict_marks(input.verdict).emoji << ' ' << markdown_escape(input.path)
      << " \u2014 " << to_string(input.verdict) << "\n\n";
  if (input.verdict == Verdict::kIncomplete) {
    out << "**Incomplete:** " << markdown_escape(incomplete_reason(input))
        << "; the input was not fully checked.\n\n";
  }
  if (input.findings.empty()) {
    out << "No findings.\n\n";
    return;
  }
  out << "| Severity | Rule | Line | Column | Message | Node |\n"
      << "|---|---|---:|---:|---|---|\n";
  for (const auto& finding : input.findings) {
    std::string message = displayed_message(finding, options);
    if (finding.waiver) message += " \u2014 " + waiver_text(*finding.waiver, options);
    out << "| " << to_string(finding.severity) << (finding.waiver ? " (waived)" : "") << " | "
        << markdown_escape(finding.rule_id) << " | " << number_or_blank(finding.location.line)
        << " | " << number_or_blank(finding.location.column) << " | " << markdown_escape(message)
        << " | " << markdown_escape(finding.location.xpath) << " |\n";
  }
  out << '\n';
}

}  // namespace

void render_markdown(const Report& report, const RenderOptions& options, std::ostream& out) {
  write_summary(report, out);
  write_notes(report, options, out);
  for (const auto& input : report.inputs) write_input(input, options, out);
}

}  // namespace konform::reports
