// The `rules` element of the xml format, written once for a compiled chain
// (rule_catalogue_text.h).
#pragma once

#include <string>

#include "reports/rendered_pieces.h"
#include "reports/renderer.h"
#include "reports/rule_catalogue_text.h"
#include "validator/core/report.h"

namespace konform::reports {

class XmlRuleCatalogue : public RuleCatalogueText {
 public:
  /// The element as the report's child, on lines of its own.
  explicit XmlRuleCatalogue(RuleList rules);
};

/// What render_xml() writes, the rules element from `catalogue` when it lists the report's rules.
RenderedPieces render_xml_with(const Report& report, const XmlRuleCatalogue& catalogue);

}  // namespace konform::reports
