#include "validator/cli/api_output.h"

#include <algorithm>

#include "validator/cli/exit_code.h"

namespace konform::cli {
namespace {

std::vector<std::string> with_pdf(std::vector<std::string> formats) {
  formats.emplace_back(kPdfFormat);
  return formats;
}

int exit_code_of(api::Verdict verdict) {
  switch (verdict) {
    case api::Verdict::kConformant:
      return kExitOk;
    case api::Verdict::kNotConformant:
      return kExitFindings;
    case api::Verdict::kIncomplete:
      return kExitIncomplete;
  }
  return kExitIncomplete;
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

int write_report_and_exit(const api::Report& report, const std::vector<OutputRequest>& requests,
                          bool quiet, const std::string& lang, api::Severity fail_on) {
  for (const auto& request : requests) {
    api::RenderOptions options{language_of(lang), quiet, false};
    options.color = request.format != kPdfFormat && colours_shown(request.file);
    write_rendered(request.file, report.render(request.format, options));
  }
  if (report.verdict() == api::Verdict::kIncomplete) return kExitIncomplete;
  return report.has_finding_at_or_above(fail_on) ? kExitFindings : kExitOk;
}

int write_comparison_and_exit(const api::Comparison& comparison,
                              const std::vector<OutputRequest>& requests, const std::string& lang) {
  for (const auto& request : requests) {
    write_rendered(request.file, comparison.render(request.format, language_of(lang)));
  }
  return exit_code_of(comparison.verdict());
}

}  // namespace konform::cli
