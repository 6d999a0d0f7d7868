#include "validator/cli/api_output.h"

#include <algorithm>

#include "validator/cli/exit_code.h"

namespace konform::cli {
namespace {

std::vector<std::string> with_pdf(std::vector<std::string> formats) {
  formats.emplace_back(kPdfFormat);
  return formats;
}

/// An incomplete run wins over findings: it must never pass for a checked one.
int exit_code_of(api::Verdict verdict, bool failing) {
  if (verdict == api::Verdict::kIncomplete) return kExitIncomplete;
  return failing ? kExitFindings : kExitOk;
}

/// --fail-on's value (CLI11 admits only these three) as the API's severity.
api::Severity fail_on_severity(const std::string& name) {
  if (name == "info") return api::Severity::kInfo;
  return name == "warning" ? api::Severity::kWarning : api::Severity::kError;
}

/// A report's pieces one after another, as write_rendered() writes bytes: its chain's catalogue
/// goes out as it is instead of being copied into one string first.
void write_pieces(const std::string& file, const api::ReportPieces& pieces) {
  write_output("", file, [&](std::ostream& out) {
    out << pieces.head;
    if (pieces.catalogue) out << *pieces.catalogue;
    out << pieces.tail;
  });
}

}  // namespace

std::vector<std::string> validation_formats() {
  auto formats = with_pdf(api::report_formats());
  std::sort(formats.begin(), formats.end());
  return formats;
}

std::vector<std::string> compare_formats() { return with_pdf(api::comparison_formats()); }

api::Language language_of(const std::string& lang) {
  if (lang == "en") return api::Language::kEnglish;
  if (lang == "de") return api::Language::kGerman;
  return api::Language::kFormatDefault;
}

std::vector<OutputRequest> report_outputs(const ReportOptions& options) {
  return pair_outputs(options.formats, options.outputs, validation_formats(), "text");
}

int write_report_and_exit(const api::Report& report, const std::vector<OutputRequest>& requests,
                          const ReportOptions& options) {
  for (const auto& request : requests) {
    api::RenderOptions render_options{language_of(options.lang), options.quiet, false};
    render_options.color = request.format != kPdfFormat && colours_shown(request.file);
    write_pieces(request.file, report.render_pieces(request.format, render_options));
  }
  return exit_code_of(report.verdict(),
                      report.has_finding_at_or_above(fail_on_severity(options.fail_on)));
}

int write_comparison_and_exit(const api::Comparison& comparison,
                              const std::vector<OutputRequest>& requests, const std::string& lang) {
  for (const auto& request : requests) {
    write_rendered(request.file, comparison.render(request.format, language_of(lang)));
  }
  return exit_code_of(comparison.verdict(), comparison.verdict() == api::Verdict::kNotConformant);
}

}  // namespace konform::cli
