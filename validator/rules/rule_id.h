// The identity of a built-in rule as a type (#24 item 1): a RuleId is made only from the constants
// of registry.h, compares only with another RuleId, and a finding, a rule's metadata or a notice is
// asked whether it is of a rule through rules::is, so no engine source can decide by comparing an
// id with text of its own. The report keeps the id as text (Finding::rule_id): renderers and the
// JSON report read it, and rules from profiles have ids no constant names.
#pragma once

#include <string_view>

#include "validator/core/finding.h"
#include "validator/core/report.h"
#include "validator/core/rule_info.h"

namespace konform::rules {

class RuleId {
 public:
  /// Only registry.h spells an id (tests/build/rule_ids_test.cpp checks it); consteval keeps the
  /// text a literal that outlives every use.
  consteval explicit RuleId(std::string_view text) : text_(text) {}

  /// The id as it appears in reports, for building them and for looking the rule up.
  constexpr std::string_view text() const { return text_; }

  friend constexpr bool operator==(RuleId, RuleId) = default;

 private:
  std::string_view text_;
};

/// Whether the finding is one of the built-in rule `id`.
inline bool is(const Finding& finding, RuleId id) { return finding.rule_id == id.text(); }

/// Whether the metadata describes the built-in rule `id`.
inline bool is(const RuleInfo& rule, RuleId id) { return rule.id == id.text(); }

/// Whether the notice is one the built-in rule `id` gave.
inline bool is(const Notice& notice, RuleId id) { return notice.code == id.text(); }

}  // namespace konform::rules
