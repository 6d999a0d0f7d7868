#include "reports/compare_renderers.h"

#include <algorithm>
#include <array>

namespace konform::reports {
namespace {

// Sorted by name: find_compare_renderer() relies on it.
constexpr std::array kCompareRenderers = {
    CompareRenderer{"html", "self-contained HTML page: rules x candidates (German; --lang en)",
                    render_compare_html},
    CompareRenderer{"json", "the matrix for machines (schema: xsd/compare-1.schema.json)",
                    render_compare_json},
};

static_assert(std::is_sorted(kCompareRenderers.begin(), kCompareRenderers.end(),
                             [](const CompareRenderer& a, const CompareRenderer& b) {
                               return a.name < b.name;
                             }),
              "keep the registry sorted by name");

}  // namespace

std::span<const CompareRenderer> compare_renderers() { return kCompareRenderers; }

const CompareRenderer* find_compare_renderer(std::string_view name) {
  for (const auto& renderer : kCompareRenderers) {
    if (renderer.name == name) return &renderer;
  }
  return nullptr;
}

}  // namespace konform::reports
