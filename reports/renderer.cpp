#include "reports/renderer.h"

#include <algorithm>
#include <array>

#include "reports/formats.h"
#include "reports/rule_catalogues.h"

namespace konform::reports {
namespace {

RenderedPieces html_with(const Report& report, const RenderOptions& options,
                         const RuleCatalogues& catalogues) {
  return render_html_with(report, options, catalogues.html(options.lang));
}

RenderedPieces json_with(const Report& report, const RenderOptions& /*options*/,
                         const RuleCatalogues& catalogues) {
  return render_json_with(report, catalogues.json());
}

RenderedPieces sarif_with(const Report& report, const RenderOptions& /*options*/,
                          const RuleCatalogues& catalogues) {
  return render_sarif_with(report, catalogues.sarif());
}

RenderedPieces xml_with(const Report& report, const RenderOptions& /*options*/,
                        const RuleCatalogues& catalogues) {
  return render_xml_with(report, catalogues.xml());
}

// Sorted by name: `konform --help` lists them in this order and find_renderer() relies on it.
constexpr std::array kRenderers = {
    Renderer{"github", "GitHub Actions annotations (workflow commands)", render_github},
    Renderer{"html", "self-contained HTML page to read, mail and print (German with --lang de)",
             render_html, html_with},
    Renderer{"json", "machine-readable report (schema: xsd/report-1.schema.json)", render_json,
             json_with},
    Renderer{"junit", "JUnit XML for CI test views: a testsuite per input, a testcase per rule",
             render_junit},
    Renderer{"markdown", "Markdown for pull-request comments and job summaries", render_markdown},
    Renderer{"sarif", "SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDEs)", render_sarif,
             sarif_with},
    Renderer{"svrl", "Schematron Validation Report Language (ISO/IEC 19757-3 Annex D)",
             render_svrl},
    Renderer{"text", "one line per finding, like a compiler (default)", render_text},
    Renderer{"xml", "the json report as XML (schema: xsd/report-1.xsd)", render_xml, xml_with},
};

static_assert(std::is_sorted(kRenderers.begin(), kRenderers.end(),
                             [](const Renderer& a, const Renderer& b) { return a.name < b.name; }),
              "keep the registry sorted by name");

}  // namespace

std::span<const Renderer> renderers() { return kRenderers; }

const Renderer* find_renderer(std::string_view name) {
  auto it = std::lower_bound(kRenderers.begin(), kRenderers.end(), name,
                             [](const Renderer& r, std::string_view n) { return r.name < n; });
  if (it == kRenderers.end() || it->name != name) return nullptr;
  return &*it;
}

}  // namespace konform::reports
