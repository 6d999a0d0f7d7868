#include "validator/compile/rule_policy.h"

#include "validator/core/config_error.h"
#include "validator/rules/registry.h"

namespace konform {
namespace {

/// Who binds an error-level rule that no profile declared.
constexpr const char* kBuiltinFloor = "konform (built-in rule)";

}  // namespace

RulePolicy RulePolicy::merge(const std::vector<Profile>& chain, const std::vector<RuleInfo>& known,
                             const std::string& as_of) {
  RulePolicy policy;
  for (const auto& rule : known) {
    EffectiveRule effective;
    effective.severity = rule.default_severity;
    if (rule.default_severity == Severity::kError) {
      effective.floor = Severity::kError;
      effective.floor_set_by = kBuiltinFloor;
    }
    policy.rules_.emplace(rule.id, effective);
  }
  for (const auto& profile : chain) {
    for (const auto& declaration : profile.rules) {
      if (declaration.validity.applies_on(as_of)) policy.declare(profile, declaration, false);
    }
  }
  return policy;
}

RulePolicy RulePolicy::for_document_type(const Profile& profile, const DocumentType& type,
                                         const std::string& as_of) const {
  RulePolicy policy = *this;
  for (const auto& declaration : type.rules) {
    if (declaration.validity.applies_on(as_of)) policy.declare(profile, declaration, true);
  }
  return policy;
}

void RulePolicy::declare(const Profile& profile, const RuleDeclaration& declaration,
                         bool for_one_document_type) {
  const std::string here = profile.id + " " + profile.version;
  const std::string location =
      here + " (" + profile.manifest.string() + ":" + std::to_string(declaration.line) + ")";
  auto it = rules_.find(declaration.rule_id);
  if (it == rules_.end()) {
    throw ConfigError("rule '" + declaration.rule_id + "' is not known to this profile chain",
                      profile.manifest.string(), declaration.line);
  }
  EffectiveRule& rule = it->second;
  const Severity severity = declaration.severity.empty()
                                ? rule.severity
                                : parse_severity(declaration.severity).value_or(rule.severity);
  const bool enabled = declaration.enabled.value_or(rule.enabled);
  const bool lowers = severity < rule.severity || (!enabled && rule.enabled);
  // An error-level Schematron rule is binding by default; once a profile declares it so, that
  // profile's word binds (document types may lower only the default: see below).
  const bool default_floor = rule.floor_set_by == kBuiltinFloor &&
                             rules::find_builtin_rule(declaration.rule_id) == nullptr;
  if (lowers) {
    // The profile that defines a document type sets its own Schematron rules' severities for it
    // (a KoSIT scenario's customLevel); only a floor a profile declared, or konform's own rules,
    // bind it there.
    const bool own_rule_set_default = for_one_document_type && default_floor;
    const bool below_floor =
        rule.floor && (!enabled || severity < *rule.floor) && !own_rule_set_default;
    if (below_floor) {
      throw ConfigError("profile " + here + " weakens rule '" + declaration.rule_id + "', which " +
                            rule.floor_set_by + " made binding at '" +
                            std::string(to_string(*rule.floor)) + "' (not overridable)",
                        profile.manifest.string(), declaration.line);
    }
    if (declaration.reason.empty()) {
      throw ConfigError("profile " + here + " lowers or switches off rule '" + declaration.rule_id +
                            "' without a reason",
                        profile.manifest.string(), declaration.line);
    }
    rule.reason = declaration.reason;
  }
  rule.severity = severity;
  rule.enabled = enabled;
  rule.declared_by = Origin{profile.id, profile.version, profile.level};
  if (!declaration.overridable && enabled &&
      (!rule.floor || *rule.floor < severity || (default_floor && *rule.floor == severity))) {
    rule.floor = severity;
    rule.floor_set_by = location;
  }
}

bool RulePolicy::apply(Finding& finding) const {
  auto it = rules_.find(finding.rule_id);
  if (it == rules_.end()) return true;
  if (!it->second.enabled) return false;
  // Without a declaration in the chain a finding keeps its own severity: one Schematron id may
  // be used by assertions of different roles (a warning and an error branch of one rule).
  if (it->second.declared_by) {
    finding.severity = it->second.severity;
    finding.origin = *it->second.declared_by;
  }
  return true;
}

}  // namespace konform
