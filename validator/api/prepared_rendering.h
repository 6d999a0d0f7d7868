// What a compiled chain prepares once for rendering every report it makes: its rule catalogue in
// each format that lists it whole, the same for all of them (reports/rule_catalogue_text.h). A
// service renders one report per request; without it, each would write the chain's whole
// catalogue again (in json, xml and sarif more instructions than checking an XRechnung invoice).
#pragma once

#include "konform/report.h"
#include "reports/json_rule_catalogue.h"
#include "reports/sarif_rule_catalogue.h"
#include "reports/xml_rule_catalogue.h"

namespace konform::api {

struct Report::Prepared {
  explicit Prepared(const RuleList& rules)
      : json_rules(rules), xml_rules(rules), sarif_rules(rules) {}

  reports::JsonRuleCatalogue json_rules;
  reports::XmlRuleCatalogue xml_rules;
  reports::SarifRuleCatalogue sarif_rules;
};

}  // namespace konform::api
