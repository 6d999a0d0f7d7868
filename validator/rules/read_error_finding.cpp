#include "validator/rules/read_error_finding.h"

#include <utility>

#include "validator/rules/builtin_finding.h"
#include "validator/rules/registry.h"

namespace konform::rules {
namespace {

/// The built-in rule each kind of reading problem breaks.
constexpr std::pair<ReadError::Kind, const RuleId*> kRuleOfKind[] = {
    {ReadError::Kind::kNotWellFormed, &kXmlWellformed},
    {ReadError::Kind::kNotSchemaValid, &kXsdValid},
    {ReadError::Kind::kSchemaErrorsUnlisted, &kXsdValid},
    {ReadError::Kind::kLimitReached, &kXmlLimitExceeded},
    {ReadError::Kind::kDeclarationRefused, &kXmlDoctypeForbidden},
    {ReadError::Kind::kExternalReferenceRefused, &kXmlExternalReferenceBlocked},
};

const RuleId& rule_of(ReadError::Kind kind) {
  for (const auto& [listed, rule] : kRuleOfKind) {
    if (listed == kind) return *rule;
  }
  return kXmlWellformed;  // not reached: every kind is listed
}

}  // namespace

Finding finding_of(const ReadError& error) {
  Finding finding = builtin_finding(rule_of(error.kind), error.message, {}, error.location);
  if (error.kind == ReadError::Kind::kNotSchemaValid) {
    finding.severity = error.severity;
    finding.schema_error = error.facts;
  }
  return finding;
}

void add_findings_of(const std::vector<ReadError>& errors, std::vector<Finding>& findings) {
  findings.reserve(findings.size() + errors.size());
  for (const ReadError& error : errors) findings.push_back(finding_of(error));
}

}  // namespace konform::rules
