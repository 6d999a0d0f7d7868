// A chain's rule catalogue written once in one report format, placed into each report of that
// format the chain renders (shared, not copied: rendered_pieces.h). Every report of a chain lists
// the same catalogue (1,636 rules for XRechnung, nine tenths of a one-invoice report), and writing
// it cost more than checking the invoice: a service that answers each invoice with its own report
// wrote it per request, where a batch writes it once. The text is placed only when the report's
// rules equal it (a waiver may add one), so the bytes are the renderer's either way. One kind per
// format: text_rule_catalogues.h (json, xml), sarif_rule_catalogue.h.
#pragma once

#include <cstddef>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "reports/rendered_pieces.h"
#include "reports/renderer.h"
#include "validator/core/report.h"
#include "validator/core/rule_list.h"

namespace konform::reports {

class RuleCatalogueText {
 public:
  /// Whether this is the catalogue of `rules` (the same rules in the same order): at once when
  /// the report shares the chain's catalogue, by comparing them otherwise.
  bool lists(const RuleList& rules) const { return rules == rules_; }
  /// What replaces the format's placeholder: the catalogue as the renderer writes it in place.
  const std::string& text() const { return *text_; }
  /// text(), to be sent with the reports that place it; it lives as long as any of them.
  const std::shared_ptr<const std::string>& shared_text() const { return text_; }

 protected:
  RuleCatalogueText(RuleList rules, std::string text)
      : rules_(std::move(rules)), text_(std::make_shared<const std::string>(std::move(text))) {}
  const RuleList& rules() const { return rules_; }

 private:
  RuleList rules_;
  std::shared_ptr<const std::string> text_;
};

/// The catalogue of a format whose rules are one block of text and nothing more (json's `rules`
/// array, xml's `rules` element): `Format::write(rules)` writes it. A type per format, so one
/// format's catalogue cannot be placed into another's report.
template <typename Format>
class TextRuleCatalogue : public RuleCatalogueText {
 public:
  explicit TextRuleCatalogue(const RuleList& rules)
      : RuleCatalogueText(rules, Format::write(rules)) {}
};

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
  std::ostringstream out;
  render(report, {}, out);
  return {std::move(out).str()};
}

/// `prefix`, then `json` (dumped alone with dump(2)) as a value nested `indent` spaces deep in a
/// document dumped the same way: each of its lines but the first `indent` spaces further in.
std::string nested_json(std::string_view prefix, std::string_view json, std::size_t indent);

}  // namespace konform::reports
