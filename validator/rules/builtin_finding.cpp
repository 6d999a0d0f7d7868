#include "validator/rules/builtin_finding.h"

#include "validator/rules/registry.h"

namespace konform::rules {

Finding builtin_finding(RuleId rule_id, std::string message, std::string message_de,
                        Location location) {
  const RuleInfo& rule = builtin_rule(rule_id);
  Finding finding;
  finding.rule_id = rule.id;
  finding.severity = rule.default_severity;
  finding.message = std::move(message);
  finding.message_de = std::move(message_de);
  finding.location = std::move(location);
  finding.source = rule.source;
  return finding;
}

}  // namespace konform::rules
