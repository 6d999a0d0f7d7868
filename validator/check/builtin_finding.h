// A finding of one of konform's built-in rules (rules/registry.h), with the rule's severity and
// source: the check stage's one way to make them.
#pragma once

#include <string>
#include <string_view>

#include "validator/core/finding.h"

namespace konform {

Finding builtin_finding(std::string_view rule_id, std::string message, Origin origin = {});

}  // namespace konform
