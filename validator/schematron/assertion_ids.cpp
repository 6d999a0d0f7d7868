#include "validator/schematron/assertion_ids.h"

#include <algorithm>

namespace konform::schematron {

void rank_assertion_ids(Schema& schema) {
  std::vector<std::string> ids;
  for (const SchemaPattern& pattern : schema.patterns) {
    for (const Rule& rule : pattern.rules) {
      for (const Assertion& a : rule.assertions) ids.push_back(a.id);
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (SchemaPattern& pattern : schema.patterns) {
    for (Rule& rule : pattern.rules) {
      rule.assertion_ranks.clear();
      for (const Assertion& a : rule.assertions) {
        auto at = std::lower_bound(ids.begin(), ids.end(), a.id);
        rule.assertion_ranks.push_back(static_cast<std::uint32_t>(at - ids.begin()));
      }
    }
  }
  schema.assertion_ids = std::move(ids);
}

std::vector<std::string> checked_assertion_ids(const Schema& schema,
                                               const std::vector<std::vector<bool>>& matched) {
  std::vector<bool> checked(schema.assertion_ids.size());
  for (std::size_t p = 0; p < matched.size(); ++p) {
    for (std::size_t r = 0; r < matched[p].size(); ++r) {
      if (!matched[p][r]) continue;
      for (std::uint32_t rank : schema.patterns[p].rules[r].assertion_ranks) checked[rank] = true;
    }
  }
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < checked.size(); ++i) {
    if (checked[i]) ids.push_back(schema.assertion_ids[i]);
  }
  return ids;
}

}  // namespace konform::schematron
