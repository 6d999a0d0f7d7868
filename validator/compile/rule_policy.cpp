#include "validator/compile/rule_policy.h"

#include "validator/core/config_error.h"

namespace konform {

RulePolicy RulePolicy::merge(const std::vector<Profile>& chain, const std::vector<RuleInfo>& known,
                             const std::string& as_of) {
  RulePolicy policy;
  for (const auto& rule : known) {
    EffectiveRule effective;
    effective.severity = rule.default_severity;
    if (rule.default_severity == Severity::kError) {
      effective.floor = Severity::kError;
      effective.floor_set_by = "konform (built-in rule)";
    }
    policy.rules_.emplace(rule.id, effective);
  }
  for (const auto& profile : chain) {
    const std::string here = profile.id + " " + profile.version;
    for (const auto& declaration : profile.rules) {
      if (!declaration.validity.applies_on(as_of)) continue;
      const std::string location =
          here + " (" + profile.manifest.string() + ":" + std::to_string(declaration.line) + ")";
      auto it = policy.rules_.find(declaration.rule_id);
      if (it == policy.rules_.end()) {
        throw ConfigError("rule '" + declaration.rule_id + "' is not known to this profile chain",
                          profile.manifest.string(), declaration.line);
      }
      EffectiveRule& rule = it->second;
      const Severity severity = declaration.severity.empty()
                                    ? rule.severity
                                    : parse_severity(declaration.severity).value_or(rule.severity);
      const bool enabled = declaration.enabled.value_or(rule.enabled);
      const bool lowers = severity < rule.severity || (!enabled && rule.enabled);
      if (lowers) {
        const bool below_floor = rule.floor && (!enabled || severity < *rule.floor);
        if (below_floor) {
          throw ConfigError("profile " + here + " weakens rule '" + declaration.rule_id +
                                "', which " + rule.floor_set_by + " made binding at '" +
                                std::string(to_string(*rule.floor)) + "' (not overridable)",
                            profile.manifest.string(), declaration.line);
        }
        if (declaration.reason.empty()) {
          throw ConfigError("profile " + here + " lowers or switches off rule '" +
                                declaration.rule_id + "' without a reason",
                            profile.manifest.string(), declaration.line);
        }
        rule.reason = declaration.reason;
      }
      rule.severity = severity;
      rule.enabled = enabled;
      rule.declared_by = Origin{profile.id, profile.version, profile.level};
      if (!declaration.overridable && enabled && (!rule.floor || *rule.floor < severity)) {
        rule.floor = severity;
        rule.floor_set_by = location;
      }
    }
  }
  return policy;
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
