// A finding of one of konform's built-in rules (registry.h), with the rule's id, default severity
// and source from the registry: the one way the engine makes them (the XML reader, the check
// stages, the code-list check, expired waivers), so none of them fills a Finding field by field.
#pragma once

#include <string>
#include <string_view>

#include "validator/core/finding.h"
#include "validator/rules/rule_id.h"

namespace konform::rules {

/// A finding of the built-in rule `rule_id`. Callers add what only they know (an origin,
/// properties) and override the severity or source where the rule's use calls for it.
Finding builtin_finding(RuleId rule_id, std::string message, std::string message_de = {},
                        Location location = {});

}  // namespace konform::rules
