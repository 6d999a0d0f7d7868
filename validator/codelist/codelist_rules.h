// The rules of the code-list stage: stable ids (all starting "codelist-") and their metadata,
// as `konform rules`, SARIF and the docs list them.
#pragma once

#include <span>
#include <string_view>

#include "validator/core/rule_info.h"

namespace konform::codelist {

inline constexpr std::string_view kRuleUnknownList = "codelist-unknown-list";
inline constexpr std::string_view kRuleUnknownCode = "codelist-unknown-code";
inline constexpr std::string_view kRuleNameMismatch = "codelist-name-mismatch";
inline constexpr std::string_view kRuleNotValidAtDate = "codelist-not-valid-at-date";
inline constexpr std::string_view kRuleMissingVersion = "codelist-missing-version";

/// Metadata of every code-list rule, in the order above.
std::span<const RuleInfo> codelist_rules();

/// The metadata of one rule id; throws std::out_of_range for an id not listed above.
const RuleInfo& codelist_rule(std::string_view id);

}  // namespace konform::codelist
