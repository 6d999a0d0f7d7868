// The `rules` array of the json format, written once for a compiled chain. Every report of a
// chain lists the same rule catalogue (1,636 rules for XRechnung, nine tenths of a one-invoice
// report), and writing it cost more than checking the invoice: a service that answers each
// invoice with its own report wrote it per request, where a batch writes it once. The catalogue
// is spliced in only when the report's rules equal it (waivers may add one), so the bytes are
// render_json()'s either way.
#pragma once

#include <string>

#include "reports/renderer.h"
#include "validator/core/report.h"

namespace konform::reports {

class JsonRuleCatalogue {
 public:
  explicit JsonRuleCatalogue(RuleList rules);

  /// Whether this is the catalogue of `rules` (the same rules in the same order): at once when
  /// the report shares the chain's catalogue, by comparing them otherwise.
  bool lists(const RuleList& rules) const { return rules == rules_; }
  /// The array as render_json() writes it under the report's object (indented one level).
  const std::string& text() const { return text_; }

 private:
  RuleList rules_;
  std::string text_;
};

/// What render_json() writes, taking the rules array from `catalogue` when it lists the report's
/// rules.
std::string render_json_with(const Report& report, const JsonRuleCatalogue& catalogue);

}  // namespace konform::reports
