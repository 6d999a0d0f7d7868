#include "konform/comparison.h"

#include <sstream>
#include <utility>

#include "konform/error.h"
#include "reports/compare_renderers.h"
#include "validator/api/engine_language.h"
#include "validator/api/engine_verdict.h"
#include "validator/api/printed_page.h"
#include "validator/core/compare_matrix.h"

namespace konform::api {

Comparison::Comparison(std::shared_ptr<const konform::CompareMatrix> matrix)
    : matrix_(std::move(matrix)) {}
Comparison::~Comparison() = default;
Comparison::Comparison(const Comparison&) = default;
Comparison& Comparison::operator=(const Comparison&) = default;

Verdict Comparison::verdict() const noexcept { return public_verdict(matrix_->verdict); }

std::string Comparison::render(std::string_view format, Language language) const {
  const reports::CompareRenderer& renderer =
      renderer_for(format, reports::find_compare_renderer, "comparison format", "Vergleichsformat");
  reports::RenderOptions options;
  options.lang = engine_language(language);
  std::ostringstream out;
  renderer.render(*matrix_, options, out);
  return finished(format, std::move(out));
}

std::vector<std::string> comparison_formats() {
  std::vector<std::string> names;
  for (const auto& renderer : reports::compare_renderers()) names.emplace_back(renderer.name);
  return names;
}

}  // namespace konform::api
