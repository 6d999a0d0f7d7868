#include "validator/check/builtin_finding.h"

#include "validator/rules/registry.h"

namespace konform {

Finding builtin_finding(std::string_view rule_id, std::string message, Origin origin) {
  const RuleInfo& rule = rules::builtin_rule(rule_id);
  Finding finding;
  finding.rule_id = rule.id;
  finding.severity = rule.default_severity;
  finding.message = std::move(message);
  finding.origin = std::move(origin);
  finding.source = rule.source;
  return finding;
}

}  // namespace konform
