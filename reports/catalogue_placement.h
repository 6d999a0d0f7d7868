// How json, xml and sarif render a report in pieces around their chain's rule catalogue
// (rule_catalogue_text.h): the report written with a placeholder where the rules go, cut there.
// Only those renderers place a catalogue, so this, with the renderer's types, stays out of the
// catalogues' header, which the API and the service include.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "reports/rendered_pieces.h"
#include "reports/renderer.h"
#include "reports/rule_catalogue_text.h"
#include "validator/core/report.h"

namespace konform::reports {

/// What `render` writes for `report`, whole, as the head.
RenderedPieces rendered_whole(const Report& report, decltype(Renderer::render) render);

/// `report` in a format that lists the rules whole, as pieces: `without_rules()` (the report
/// written with `placeholder` where the rules go) with the catalogue in the placeholder's place
/// and `tail` after the rest, when the catalogue lists the report's rules; else (a waiver added
/// a rule), or when the placeholder is missing (never: it is the renderer's own), what `render`
/// writes.
template <typename WithoutRules>
RenderedPieces place_catalogue(const Report& report, const RuleCatalogueText& catalogue,
                               std::string_view placeholder, std::string_view tail,
                               WithoutRules without_rules, decltype(Renderer::render) render) {
  if (catalogue.lists(report.rules)) {
    if (auto pieces = cut_at(without_rules(), placeholder, catalogue.shared_text(), tail))
      return std::move(*pieces);
  }
  return rendered_whole(report, render);
}

/// `prefix`, then `json` (dumped alone with dump(2)) as a value nested `indent` spaces deep in a
/// document dumped the same way: each of its lines but the first `indent` spaces further in.
std::string nested_json(std::string_view prefix, std::string_view json, std::size_t indent);

}  // namespace konform::reports
