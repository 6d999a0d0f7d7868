// What a compiled chain prepares for rendering every report it makes: its rule catalogue in each
// format that lists it whole (reports/rule_catalogues.h), shared by all of its reports.
#pragma once

#include "konform/report.h"
#include "reports/rule_catalogues.h"

namespace konform::api {

struct Report::Prepared {
  explicit Prepared(RuleList rules) : catalogues(std::move(rules)) {}

  reports::RuleCatalogues catalogues;
};

}  // namespace konform::api
