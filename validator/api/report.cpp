#include "konform/report.h"

#include <sstream>
#include <utility>

#include "konform/error.h"
#include "reports/formats.h"
#include "reports/renderer.h"
#include "validator/api/engine_language.h"
#include "validator/api/engine_verdict.h"
#include "validator/api/prepared_rendering.h"
#include "validator/api/printed_page.h"
#include "validator/core/report.h"

namespace konform::api {

Report::Report(std::shared_ptr<const konform::Report> report) : report_(std::move(report)) {}
Report::Report(std::shared_ptr<const konform::Report> report,
               std::shared_ptr<const Prepared> prepared)
    : report_(std::move(report)), prepared_(std::move(prepared)) {}
Report::~Report() = default;
Report::Report(const Report&) = default;
Report& Report::operator=(const Report&) = default;

Verdict Report::verdict() const noexcept { return public_verdict(report_->verdict); }
int Report::errors() const noexcept { return report_->summary.errors; }
int Report::warnings() const noexcept { return report_->summary.warnings; }
int Report::infos() const noexcept { return report_->summary.infos; }
int Report::waived() const noexcept { return report_->summary.waived; }

std::vector<Finding> Report::findings() const {
  std::vector<Finding> out;
  for (const auto& input : report_->inputs) {
    for (const auto& finding : input.findings) {
      out.push_back({input.path, finding.rule_id, public_severity(finding.severity),
                     finding.message, finding.message_de, finding.location.line,
                     finding.location.column, finding.location.xpath, finding.waiver.has_value()});
    }
  }
  return out;
}

bool Report::has_finding_at_or_above(Severity threshold) const noexcept {
  return konform::has_finding_at_or_above(*report_, engine_severity(threshold));
}

namespace {

reports::RenderOptions engine_options_of(const RenderOptions& options) {
  reports::RenderOptions engine_options;
  engine_options.quiet = options.quiet;
  engine_options.color = options.color;
  engine_options.lang = engine_language(options.language);
  return engine_options;
}

}  // namespace

std::string Report::render(std::string_view format, const RenderOptions& options) const {
  const reports::Renderer& renderer =
      renderer_for(format, reports::find_renderer, "report format", "Berichtsformat");
  const reports::RenderOptions engine_options = engine_options_of(options);
  if (prepared_ && renderer.render_with) {
    return finished(format, reports::joined(renderer.render_with(*report_, engine_options,
                                                                 prepared_->catalogues)));
  }
  std::ostringstream out;
  renderer.render(*report_, engine_options, out);
  return finished(format, std::move(out));
}

ReportPieces Report::render_pieces(std::string_view format, const RenderOptions& options) const {
  const reports::Renderer& renderer =
      renderer_for(format, reports::find_renderer, "report format", "Berichtsformat");
  if (!prepared_ || !renderer.render_with || !bytes_are_renderers_own(format)) {
    return {render(format, options)};
  }
  auto pieces = renderer.render_with(*report_, engine_options_of(options), prepared_->catalogues);
  return {std::move(pieces.head), std::move(pieces.catalogue), std::move(pieces.tail)};
}

// The engine's names: one spelling for reports, the CLI and the service.
std::string_view to_string(Verdict verdict) noexcept {
  return konform::to_string(engine_verdict(verdict));
}

std::string_view to_string(Severity severity) noexcept {
  return konform::to_string(engine_severity(severity));
}

std::vector<std::string> report_formats() {
  std::vector<std::string> names;
  for (const auto& renderer : reports::renderers()) names.emplace_back(renderer.name);
  return names;
}

}  // namespace konform::api
