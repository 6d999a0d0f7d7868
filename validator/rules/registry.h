// The one registry of konform's built-in rules: the checks that need code (well-formedness, XSD
// validity, document matching, input handling, code lists, service definitions). Each entry
// carries its metadata (RuleInfo), the stage its findings come from and its family, so callers
// decide by those instead of by the id's text. The entries are data, builtin_rules.xml beside
// registry.cpp, as rules from profiles (Schematron asserts) are; those bring their own RuleInfo.
//
// The ids below are the only place in code a built-in rule id is spelt or a RuleId made;
// tests/build/rule_ids_test.cpp fails when one appears as a string literal, or is compared with an
// id other than through rules::is, anywhere else in validator/ or reports/, or lacks its entry.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "validator/core/rule_info.h"
#include "validator/core/stage.h"
#include "validator/rules/rule_id.h"

namespace konform::rules {

/// What a rule judges.
enum class RuleFamily {
  kContent,  ///< the input itself: a finding says the document is wrong
  /// the check: the input could not be read, matched or evaluated, a safety limit, an expired
  /// waiver. Such rules decide whether a verdict could be reached, not what a product offers, so
  /// a comparison of products shows them apart and only where they fired.
  kEngine,
};

/// One built-in rule.
struct BuiltinRule {
  RuleInfo info;
  /// Where its findings come from. The reading rules (kWellformed) end the XML read when they
  /// fire: nothing after them was checked.
  Stage stage = Stage::kInternal;
  RuleFamily family = RuleFamily::kContent;
};

/// Every built-in rule, sorted by id.
std::span<const BuiltinRule> builtin_rules();

/// The built-in rule with this id; nullptr for any other id (a rule from a profile).
const BuiltinRule* find_builtin_rule(std::string_view id);

/// The metadata of the built-in rule with this id.
const RuleInfo& builtin_rule(RuleId id);

/// The stage a built-in rule's findings come from; empty for rules from profiles.
std::optional<Stage> stage_of(std::string_view id);

/// Whether the id is a built-in rule of the engine family (RuleFamily::kEngine).
bool is_engine_rule(std::string_view id);

/// True for the built-in rules an input may give nothing to look at, and which the check then
/// leaves out of InputResult::assessed_rules: xml-wellformed (an input that is no XML document)
/// and the code-list rules (an input without a coded value). Schematron rules track it too.
bool tracks_context(std::string_view id);

// The ids, typed (rule_id.h), so call sites can neither misspell them nor compare them with text.
inline constexpr RuleId kCodelistMissingVersion{"codelist-missing-version"};
inline constexpr RuleId kCodelistNameMismatch{"codelist-name-mismatch"};
inline constexpr RuleId kCodelistNotValidAtDate{"codelist-not-valid-at-date"};
inline constexpr RuleId kCodelistUnknownCode{"codelist-unknown-code"};
inline constexpr RuleId kCodelistUnknownList{"codelist-unknown-list"};
inline constexpr RuleId kDocumentTypeAmbiguous{"document-type-ambiguous"};
inline constexpr RuleId kDocumentTypeUnmatched{"document-type-unmatched"};
inline constexpr RuleId kInputUnreadable{"input-unreadable"};
inline constexpr RuleId kInputTooLarge{"input-too-large"};
inline constexpr RuleId kInternalError{"internal-error"};
inline constexpr RuleId kSchemaRootAmbiguous{"schema-root-ambiguous"};
inline constexpr RuleId kSchemaRootUnmatched{"schema-root-unmatched"};
inline constexpr RuleId kSchematronBudgetExceeded{"schematron-budget-exceeded"};
inline constexpr RuleId kSchematronEvaluationError{"schematron-evaluation-error"};
inline constexpr RuleId kServicedefSampleMissing{"servicedef-sample-missing"};
inline constexpr RuleId kServicedefSampleUndeclared{"servicedef-sample-undeclared"};
inline constexpr RuleId kServicedefStandardNotAllowed{"servicedef-standard-not-allowed"};
inline constexpr RuleId kServicedefUnknownKey{"servicedef-unknown-key"};
inline constexpr RuleId kWaiverExpired{"waiver-expired"};
inline constexpr RuleId kXmlDoctypeForbidden{"xml-doctype-forbidden"};
inline constexpr RuleId kXmlExternalReferenceBlocked{"xml-external-reference-blocked"};
inline constexpr RuleId kXmlLimitExceeded{"xml-limit-exceeded"};
inline constexpr RuleId kXmlWellformed{"xml-wellformed"};
inline constexpr RuleId kXsdValid{"xsd-valid"};
inline constexpr RuleId kYamlWellformed{"yaml-wellformed"};

}  // namespace konform::rules
