// A chain's rule catalogue written once in one report format, placed into each report of that
// format the chain renders (shared, not copied: rendered_pieces.h). Every report of a chain lists
// the same catalogue (1,636 rules for XRechnung, nine tenths of a one-invoice report), and writing
// it cost more than checking the invoice: a service that answers each invoice with its own report
// wrote it per request, where a batch writes it once. The text is placed only when the report's
// rules equal it (a waiver may add one), so the bytes are the renderer's either way. One kind per
// format: text_rule_catalogues.h (json, xml), sarif_rule_catalogue.h; placing it into a report:
// catalogue_placement.h.
#pragma once

#include <memory>
#include <string>
#include <utility>

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

}  // namespace konform::reports
