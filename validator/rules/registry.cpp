#include "validator/rules/registry.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "validator/core/enum_names.h"

namespace konform::embedded {
extern const std::string_view builtin_rules_xml;  ///< validator/rules/builtin_rules.xml
}  // namespace konform::embedded

namespace konform::rules {
namespace {

constexpr EnumNames<RuleFamily::kEngine> kFamilyNames{"content", "engine"};

/// Stops the program: the embedded catalogue is part of the build, so a fault in it is a bug,
/// which the registry tests report before a release.
[[noreturn]] void catalogue_fault(std::string_view what) {
  std::fprintf(stderr, "konform: built-in rule catalogue: %.*s\n", static_cast<int>(what.size()),
               what.data());
  std::abort();
}

/// The rules of builtin_rules.xml, in the file's order (sorted by id: lookups are binary
/// searches).
std::vector<BuiltinRule> read_catalogue() {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer(embedded::builtin_rules_xml.data(), embedded::builtin_rules_xml.size());
  if (!parsed) catalogue_fault(parsed.description());
  std::vector<BuiltinRule> rules;
  for (const pugi::xml_node rule : document.child("rules").children("rule")) {
    const std::string_view id = rule.attribute("id").value();
    const auto severity = parse_severity(rule.attribute("severity").value());
    const auto stage = parse_stage(rule.attribute("stage").value());
    const auto family = kFamilyNames.parse(rule.attribute("family").value());
    if (!severity || !stage || !family) catalogue_fault(id);
    rules.push_back({{std::string(id), *severity, rule.child_value("title"),
                      rule.child_value("title-de"), rule.child_value("source")},
                     *stage,
                     *family});
  }
  return rules;
}

}  // namespace

std::span<const BuiltinRule> builtin_rules() {
  static const std::vector<BuiltinRule> rules = read_catalogue();
  return rules;
}

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
