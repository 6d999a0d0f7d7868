// tool.driver.rules of the sarif format, written once for a compiled chain
// (rule_catalogue_text.h), with the index results refer to rules by.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "reports/rendered_pieces.h"
#include "reports/renderer.h"
#include "reports/rule_catalogue_text.h"
#include "validator/core/report.h"

namespace konform::reports {

/// A rule's position in tool.driver.rules, by id (the first of an id listed twice).
using SarifRuleIndex = std::map<std::string_view, std::size_t>;

class SarifRuleCatalogue : public RuleCatalogueText {
 public:
  /// The array under the driver's object, after its key, with the index of its rules.
  explicit SarifRuleCatalogue(RuleList rules);
  /// Ids viewed in the catalogue's own rules, which live as long as it does.
  const SarifRuleIndex& index() const { return index_; }

 private:
  SarifRuleIndex index_;
};

/// What render_sarif() writes, the rules array and their index from `catalogue` when it lists
/// the report's rules.
RenderedPieces render_sarif_with(const Report& report, const SarifRuleCatalogue& catalogue);

}  // namespace konform::reports
