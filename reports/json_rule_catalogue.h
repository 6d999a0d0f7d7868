// The `rules` array of the json format, written once for a compiled chain (rule_catalogue_text.h).
#pragma once

#include <string>

#include "reports/rendered_pieces.h"
#include "reports/renderer.h"
#include "reports/rule_catalogue_text.h"
#include "validator/core/report.h"

namespace konform::reports {

class JsonRuleCatalogue : public RuleCatalogueText {
 public:
  /// The array under the report's object, after its key (`"rules": [` on the key's line).
  explicit JsonRuleCatalogue(RuleList rules);
};

/// What render_json() writes, the rules array from `catalogue` when it lists the report's rules.
RenderedPieces render_json_with(const Report& report, const JsonRuleCatalogue& catalogue);

}  // namespace konform::reports
