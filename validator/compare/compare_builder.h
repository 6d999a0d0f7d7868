// The compare stage, after check (and waive): the finished reports of several candidates become
// one CompareMatrix (validator/core/compare_matrix.h) of rules × candidates. Pure functions of
// their arguments; the compiled profile is only read to learn each rule's level and scope.
//
// Which inputs a rule decides (its scope):
// - a Schematron rule: the inputs of the document types whose rule sets contain it, once their
//   `schematron` stage ran to the end;
// - a built-in rule whose stage (rules/registry.h) runs only for some inputs (xsd-valid: `xsd`,
//   codelist-*: `codelist`, schematron-evaluation-error and schematron-budget-exceeded:
//   `schematron`, the service-definition cross-checks: `crosscheck`, yaml-wellformed and
//   servicedef-unknown-key: `yaml`): the inputs where that stage ran to the end; an input that did
//   not get that stage (no schema, no code lists, no rule sets, not a service definition) is
//   outside its scope;
// - any other built-in rule (reading, matching, limits): every input that was checked to the end.
// An input in scope that was not checked to the end (incomplete, or its stage never ran), and an
// incomplete input whose document type is unknown, leaves the rule undecided for the candidate.
// A Schematron rule, xml-wellformed and the code-list rules also need something to look at in a
// decided input (InputResult::assessed_rules): a candidate none of whose inputs gave them any is
// not assessable for them, never a pass; for the code-list rules a checked input whose type has
// no code lists is such an input, not one outside their scope.
// And a candidate whose check was incomplete gets no `pass` at all: what would pass is shown as
// incomplete, since an input that was not fully read may hide what the rule looks for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/core/compare_matrix.h"
#include "validator/core/report.h"
#include "validator/core/rule_info.h"
#include "validator/core/stage.h"

namespace konform::compare {

/// A rule as the matrix sees it: its metadata, where it comes from and what it checks.
struct RuleScope {
  RuleInfo rule;  ///< default_severity is the chain's effective severity
  RuleLevel level = RuleLevel::kFormat;
  std::string profile;  ///< the profile whose rule set holds it; empty for format rules
  /// Document types whose Schematron rule sets contain the rule; empty: not a Schematron rule.
  std::vector<std::string> document_types;
  /// The stage that decides the rule (see above); empty: every input's whole check.
  std::optional<Stage> stage;
};

/// Every rule of the chain that can fire (CompiledProfile::rules), with its scope. A Schematron
/// rule's level and profile are those of the first rule set holding it, in chain order
/// (CompiledDocumentType::schematron_origins).
std::vector<RuleScope> rule_scopes(const CompiledProfile& profile);

/// One candidate after checking.
struct CheckedCandidate {
  std::string name;          ///< folder or file name
  std::string path;          ///< as given
  std::string product_name;  ///< publiccode `name`; empty when unknown
  Report report;             ///< finished (waivers applied, if any)
};

/// The matrix of `rules` (plus any rule that fired without being listed, as a format rule) over
/// `candidates`. Tool version, profiles and date come from the first candidate's report.
CompareMatrix build_compare_matrix(const std::vector<RuleScope>& rules,
                                   const std::vector<CheckedCandidate>& candidates);

/// The cell of one rule for one candidate's report (the states are defined in compare_matrix.h).
CompareCell compare_cell(const RuleScope& rule, const Report& report);

}  // namespace konform::compare
