// What a compiled chain prepares once for rendering every report it makes: the JSON rule
// catalogue, the same for all of them (reports/json_rule_catalogue.h). A service renders one report
// per request; without it, each would write the chain's whole catalogue again.
#pragma once

#include "konform/report.h"
#include "reports/json_rule_catalogue.h"

namespace konform::api {

struct Report::Prepared {
  reports::JsonRuleCatalogue json_rules;
};

}  // namespace konform::api
