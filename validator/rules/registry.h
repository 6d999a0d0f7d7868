// The one registry of konform's built-in rules: the checks that need code (well-formedness, XSD
// validity, document matching, input handling, code lists, service definitions). Each entry
// carries its metadata (RuleInfo), the stage its findings come from and its family, so callers
// decide by those instead of by the id's text. Rules that are data — Schematron asserts — come
// from profiles and bring their own RuleInfo.
//
// The ids below are the only place a built-in rule id is spelt; tests/build/rule_literal_test.cpp
// fails when one appears as a string literal anywhere else in validator/ or reports/.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "validator/core/rule_info.h"
#include "validator/core/stage.h"

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

/// The metadata of the built-in rule with this id. REQUIRES: the id exists (a typo is a
/// programming error).
const RuleInfo& builtin_rule(std::string_view id);

/// The stage a built-in rule's findings come from; empty for rules from profiles.
std::optional<Stage> stage_of(std::string_view id);

/// Whether the id is a built-in rule of the engine family (RuleFamily::kEngine).
bool is_engine_rule(std::string_view id);

/// True for the built-in rules an input may give nothing to look at, and which the check then
/// leaves out of InputResult::assessed_rules: xml-wellformed (an input that is no XML document)
/// and the code-list rules (an input without a coded value). Schematron rules track it too.
bool tracks_context(std::string_view id);

// The ids, so call sites cannot misspell them.
inline constexpr std::string_view kCodelistMissingVersion = "codelist-missing-version";
inline constexpr std::string_view kCodelistNameMismatch = "codelist-name-mismatch";
inline constexpr std::string_view kCodelistNotValidAtDate = "codelist-not-valid-at-date";
inline constexpr std::string_view kCodelistUnknownCode = "codelist-unknown-code";
inline constexpr std::string_view kCodelistUnknownList = "codelist-unknown-list";
inline constexpr std::string_view kDocumentTypeAmbiguous = "document-type-ambiguous";
inline constexpr std::string_view kDocumentTypeUnmatched = "document-type-unmatched";
inline constexpr std::string_view kInputUnreadable = "input-unreadable";
inline constexpr std::string_view kInputTooLarge = "input-too-large";
inline constexpr std::string_view kInternalError = "internal-error";
inline constexpr std::string_view kSchemaRootAmbiguous = "schema-root-ambiguous";
inline constexpr std::string_view kSchemaRootUnmatched = "schema-root-unmatched";
inline constexpr std::string_view kSchematronBudgetExceeded = "schematron-budget-exceeded";
inline constexpr std::string_view kSchematronEvaluationError = "schematron-evaluation-error";
inline constexpr std::string_view kServicedefSampleMissing = "servicedef-sample-missing";
inline constexpr std::string_view kServicedefSampleUndeclared = "servicedef-sample-undeclared";
inline constexpr std::string_view kServicedefStandardNotAllowed = "servicedef-standard-not-allowed";
inline constexpr std::string_view kServicedefUnknownKey = "servicedef-unknown-key";
inline constexpr std::string_view kWaiverExpired = "waiver-expired";
inline constexpr std::string_view kXmlDoctypeForbidden = "xml-doctype-forbidden";
inline constexpr std::string_view kXmlExternalReferenceBlocked = "xml-external-reference-blocked";
inline constexpr std::string_view kXmlLimitExceeded = "xml-limit-exceeded";
inline constexpr std::string_view kXmlWellformed = "xml-wellformed";
inline constexpr std::string_view kXsdValid = "xsd-valid";
inline constexpr std::string_view kYamlWellformed = "yaml-wellformed";

}  // namespace konform::rules
