// The compare model: several candidates (products, each a service definition with its sample
// messages) checked against one profile chain, as a matrix of rules × candidates. Plain values,
// built once by validator/compare (compare_builder.h) and handed to the compare renderers
// (reports/compare_renderers.h), which never see reports, profiles or parsers.
//
// Cell states, per rule and candidate (the README's "Comparing candidates" says the same):
//   fail            at least one finding of the rule that is not waived
//   waived          findings of the rule, every one covered by a waiver
//   incomplete      no finding, but an input the rule checks could not be checked to the end
//   not-applicable  the candidate has no input the rule checks (e.g. no message of the document
//                   types whose Schematron rule sets contain the rule)
//   not-assessable  the candidate has inputs the rule checks, but declares nothing the rule looks
//                   at: its Schematron context matched no node, no coded value for a code-list
//                   rule, no XML document for xml-wellformed (InputResult::assessed_rules)
//   pass            the rule checked at least one input of the candidate that gave it something
//                   to look at, and found nothing
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "validator/core/report.h"
#include "validator/core/severity.h"

namespace konform {

/// The outcome of one rule for one candidate.
enum class CellState {
  kPass,           ///< applicable, checked to the end, no finding
  kFail,           ///< at least one finding that is not waived
  kWaived,         ///< findings, all covered by waivers
  kNotApplicable,  ///< the candidate has no input the rule checks
  kIncomplete,     ///< no finding, but an input the rule checks is incomplete
  kNotAssessable,  ///< inputs in scope, but none gave the rule anything to look at
};
/// "pass", "fail", "waived", "not-applicable", "incomplete", "not-assessable".
std::string_view to_string(CellState state);

/// A finding behind a failed cell: what was wrong and where, so a reader of the comparison need
/// not run `validate` per candidate.
struct CellFinding {
  std::string path;  ///< the input, as in the candidate's report
  Location location;
  Severity severity = Severity::kError;
  std::string message;     ///< English
  std::string message_de;  ///< German; empty where the rule speaks only English

  friend bool operator==(const CellFinding&, const CellFinding&) = default;
};

struct CompareCell {
  CellState state = CellState::kNotApplicable;
  int findings = 0;                     ///< findings that are not waived (state kFail)
  int waived = 0;                       ///< findings covered by a waiver
  Severity severity = Severity::kInfo;  ///< the highest of `findings` (meaningful for kFail)
  std::vector<CellFinding> details;     ///< the `findings`, in report order

  friend bool operator==(const CompareCell&, const CompareCell&) = default;
};

/// Where a rule comes from. Format rules are konform's built-in checks (reading, XSD, code
/// lists, service-definition cross-checks); the others are Schematron rules of a profile level.
enum class RuleLevel { kFormat, kFederal, kState, kMunicipal, kOther };
inline constexpr RuleLevel kRuleLevels[] = {RuleLevel::kFormat, RuleLevel::kFederal,
                                            RuleLevel::kState, RuleLevel::kMunicipal,
                                            RuleLevel::kOther};
/// "format", "federal", "state", "municipal", "other".
std::string_view to_string(RuleLevel level);
/// The level of a profile's `level` attribute (federal, state, municipal; anything else: other).
RuleLevel rule_level_of_profile(std::string_view profile_level);

/// The topic of a rule id: for ids of the form LEVEL-TOPIC-NUMBER (FED-OZG-002, SN-EGOV-001) the
/// middle part; otherwise the part before the first hyphen (xsd-valid: xsd, codelist-unknown-code:
/// codelist, PUBLICCODE-VERSION-TYPE: PUBLICCODE); the whole id when it has no hyphen.
std::string rule_topic(std::string_view rule_id);

/// One rule: a row of the matrix.
struct CompareRow {
  std::string rule_id;
  std::string title;                     ///< English; may be empty
  std::string title_de;                  ///< German; may be empty
  Severity severity = Severity::kError;  ///< effective severity in the chain
  RuleLevel level = RuleLevel::kFormat;
  std::string profile;  ///< the profile the rule comes from; empty for format rules
  std::string topic;    ///< see rule_topic()
  /// A rule about the check itself (rules::is_engine_rule: reading, matching, limits), not about
  /// what the candidate declares; pages show it last and only where it fired.
  bool engine = false;
  std::vector<CompareCell> cells;  ///< one per candidate, in CompareMatrix::candidates order

  friend bool operator==(const CompareRow&, const CompareRow&) = default;
};

/// One input checked for a candidate (its service definition, samples and other messages).
struct CompareInput {
  std::string path;           ///< as in the candidate's report
  std::string document_type;  ///< empty when none matched
  Verdict verdict = Verdict::kIncomplete;

  friend bool operator==(const CompareInput&, const CompareInput&) = default;
};

/// One candidate: a column of the matrix.
struct CompareCandidate {
  std::string name;          ///< the folder's name (or the file's, for a single definition)
  std::string path;          ///< as given on the command line
  std::string product_name;  ///< publiccode `name` of its service definition; empty if unknown
  Verdict verdict = Verdict::kIncomplete;
  Summary totals;  ///< over all its inputs; waived findings count only in `waived`
  std::vector<CompareInput> inputs;

  friend bool operator==(const CompareCandidate&, const CompareCandidate&) = default;
};

struct CompareMatrix {
  std::string tool_name = "konform";
  std::string tool_version;
  std::vector<ProfileSummary> profiles;  ///< the chain every candidate was checked against
  std::string as_of;                     ///< validation date YYYY-MM-DD; empty when none
  std::vector<CompareCandidate> candidates;
  /// Sorted by level (kRuleLevels order), then topic, then rule id.
  std::vector<CompareRow> rows;
  /// incomplete if any candidate is, else not-conformant if any is, else conformant.
  Verdict verdict = Verdict::kIncomplete;
};

/// The overall verdict of a set of candidates (see CompareMatrix::verdict); conformant when
/// there are none.
Verdict overall_verdict(const std::vector<CompareCandidate>& candidates);

}  // namespace konform
