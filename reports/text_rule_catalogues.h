// The catalogues of the formats whose rules are one block of text (rule_catalogue_text.h): json's
// `rules` array and xml's `rules` element, each written once for a compiled chain.
#pragma once

#include <string>

#include "reports/rendered_pieces.h"
#include "reports/rule_catalogue_text.h"
#include "validator/core/report.h"

namespace konform::reports {

struct JsonRules {
  /// The array under the report's object, after its key (`"rules": [` on the key's line).
  static std::string write(const RuleList& rules);
};
using JsonRuleCatalogue = TextRuleCatalogue<JsonRules>;
/// What render_json() writes, the rules array from `catalogue` when it lists the report's rules.
RenderedPieces render_json_with(const Report& report, const JsonRuleCatalogue& catalogue);

struct XmlRules {
  /// The element as the report's child, on lines of its own.
  static std::string write(const RuleList& rules);
};
using XmlRuleCatalogue = TextRuleCatalogue<XmlRules>;
/// What render_xml() writes, the rules element from `catalogue` when it lists the report's rules.
RenderedPieces render_xml_with(const Report& report, const XmlRuleCatalogue& catalogue);

}  // namespace konform::reports
