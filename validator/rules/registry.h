// The catalogue of konform's built-in rule kinds: the checks that need code (well-formedness,
// XSD validity, document matching, input handling). Rules that are data — Schematron asserts,
// code-list bindings — come from profiles and bring their own RuleInfo.
#pragma once

#include <span>
#include <string_view>

#include "validator/core/rule_info.h"

namespace konform::rules {

/// Every built-in rule, sorted by id.
std::span<const RuleInfo> builtin_rules();

/// The built-in rule with this id. REQUIRES: the id exists (a typo is a programming error).
const RuleInfo& builtin_rule(std::string_view id);

// The ids, so call sites cannot misspell them.
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

/// True for the findings after which the XML reader stops (not well-formed, a DOCTYPE, an
/// external reference, a limit): nothing after them was checked, so no stage of that read can
/// vouch for the rest of the document.
constexpr bool stops_reading(std::string_view id) {
  return id == kXmlWellformed || id == kXmlDoctypeForbidden || id == kXmlExternalReferenceBlocked ||
         id == kXmlLimitExceeded;
}

/// True for the rules about the check itself rather than the candidate's content: an input
/// that could not be read, matched or evaluated, a safety limit, an expired waiver. They decide
/// whether a verdict could be reached, not what a product offers, so a comparison of products
/// shows them apart and only where they fired.
constexpr bool is_engine_rule(std::string_view id) {
  return id == kDocumentTypeAmbiguous || id == kDocumentTypeUnmatched || id == kInputUnreadable ||
         id == kInputTooLarge || id == kInternalError || id == kSchemaRootAmbiguous ||
         id == kSchemaRootUnmatched || id == kSchematronBudgetExceeded ||
         id == kSchematronEvaluationError || id == kWaiverExpired || id == kXmlDoctypeForbidden ||
         id == kXmlExternalReferenceBlocked || id == kXmlLimitExceeded;
}

/// True for the built-in rules an input may give nothing to look at, and which the check then
/// leaves out of InputResult::assessed_rules: xml-wellformed (an input that is no XML document)
/// and the code-list rules (an input without a coded value). Schematron rules track it too.
constexpr bool tracks_context(std::string_view id) {
  return id == kXmlWellformed || id.starts_with("codelist-");
}

}  // namespace konform::rules
