#include "validator/rules/registry.h"

#include <algorithm>
#include <cstdlib>

namespace konform::rules {

// builtin_rules() is generated from builtin_rules.xml at build time (builtin_rules_table.cmake).

const BuiltinRule* find_builtin_rule(std::string_view id) {
  const auto rules = builtin_rules();
  auto it = std::lower_bound(
      rules.begin(), rules.end(), id,
      [](const BuiltinRule& rule, std::string_view key) { return rule.info.id < key; });
  return it != rules.end() && it->info.id == id ? &*it : nullptr;
}

const RuleInfo& builtin_rule(RuleId id) {
  const BuiltinRule* rule = find_builtin_rule(id.text());
  if (rule == nullptr) std::abort();  // a constant without an entry is a bug (rule_ids_test)
  return rule->info;
}

std::optional<Stage> stage_of(std::string_view id) {
  const BuiltinRule* rule = find_builtin_rule(id);
  return rule ? std::optional<Stage>(rule->stage) : std::nullopt;
}

bool is_engine_rule(std::string_view id) {
  const BuiltinRule* rule = find_builtin_rule(id);
  return rule && rule->family == RuleFamily::kEngine;
}

bool tracks_context(std::string_view id) {
  const BuiltinRule* rule = find_builtin_rule(id);
  return rule && (is(rule->info, kXmlWellformed) || rule->stage == Stage::kCodelist);
}

}  // namespace konform::rules
