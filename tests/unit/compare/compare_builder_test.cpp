// The compare stage on hand-built reports: every cell state, the scope of Schematron, stage-bound
// and other built-in rules, waivers, incomplete candidates, unlisted rules, row order and the
// overall verdict; rule_topic() on the id shapes the shipped profiles use.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <ostream>

#include "validator/compare/compare_builder.h"

namespace konform {
// Printable for BOOST_TEST's failure messages.
std::ostream& operator<<(std::ostream& out, CellState state) { return out << to_string(state); }
std::ostream& operator<<(std::ostream& out, Severity severity) {
  return out << to_string(severity);
}
std::ostream& operator<<(std::ostream& out, Verdict verdict) { return out << to_string(verdict); }
}  // namespace konform

namespace konform::compare {
namespace {

Finding finding(const std::string& rule, Severity severity, bool waived = false) {
  Finding f;
  f.rule_id = rule;
  f.severity = severity;
  f.message = "m";
  if (waived) f.waiver = Waiver{"reason", "author", "2099-12-31"};
  return f;
}

InputResult input(const std::string& path, const std::string& type, std::vector<StageResult> stages,
                  std::vector<Finding> findings = {}) {
  InputResult result;
  result.path = path;
  result.document_type = type;
  result.stages = std::move(stages);
  result.findings = std::move(findings);
  return result;
}

/// The input with `rules` as the ones it gave something to look at (InputResult::assessed_rules).
InputResult assessing(InputResult input, std::vector<std::string> rules) {
  std::sort(rules.begin(), rules.end());
  input.assessed_rules = std::move(rules);
  return input;
}

std::vector<StageResult> full_check(StageStatus schematron = StageStatus::kPassed) {
  return {{"read", StageStatus::kPassed, 0},
          {"match", StageStatus::kPassed, 0},
          {"xsd", StageStatus::kPassed, 0},
          {"codelist", StageStatus::kSkipped, 0},
          {"schematron", schematron, 0}};
}

Report report_of(std::vector<InputResult> inputs) {
  Report report;
  report.tool_version = "t";
  report.as_of = "2026-11-01";
  report.inputs = std::move(inputs);
  finish(report);
  return report;
}

RuleScope schematron_rule(const std::string& id, std::vector<std::string> types,
                          RuleLevel level = RuleLevel::kFederal) {
  RuleScope scope;
  scope.rule.id = id;
  scope.level = level;
  scope.profile = "de.bund";
  scope.document_types = std::move(types);
  scope.stage = Stage::kSchematron;
  return scope;
}

RuleScope builtin_rule(const std::string& id, std::optional<Stage> stage = std::nullopt) {
  RuleScope scope;
  scope.rule.id = id;
  scope.stage = stage;
  return scope;
}

BOOST_AUTO_TEST_SUITE(compare_builder)

BOOST_AUTO_TEST_CASE(topics_follow_the_rule_id) {
  BOOST_TEST(rule_topic("FED-OZG-002") == "OZG");
  BOOST_TEST(rule_topic("SN-EGOV-001") == "EGOV");
  BOOST_TEST(rule_topic("MUN-ORG-001") == "ORG");
  BOOST_TEST(rule_topic("PUBLICCODE-VERSION-TYPE") == "PUBLICCODE");
  BOOST_TEST(rule_topic("xsd-valid") == "xsd");
  BOOST_TEST(rule_topic("codelist-unknown-code") == "codelist");
  BOOST_TEST(rule_topic("servicedef-sample-missing") == "servicedef");
  BOOST_TEST(rule_topic("plain") == "plain");
  BOOST_TEST(rule_topic("-odd") == "-odd");
}

BOOST_AUTO_TEST_CASE(a_profile_level_is_a_rule_level_of_government_or_other) {
  BOOST_TEST((rule_level_of_profile("federal") == RuleLevel::kFederal));
  BOOST_TEST((rule_level_of_profile("state") == RuleLevel::kState));
  BOOST_TEST((rule_level_of_profile("municipal") == RuleLevel::kMunicipal));
  BOOST_TEST((rule_level_of_profile("other") == RuleLevel::kOther));
  // "format" names konform's built-in rules, which no profile declares.
  BOOST_TEST((rule_level_of_profile("format") == RuleLevel::kOther));
  BOOST_TEST((rule_level_of_profile("Federal") == RuleLevel::kOther));
  BOOST_TEST((rule_level_of_profile("") == RuleLevel::kOther));
}

BOOST_AUTO_TEST_CASE(schematron_rule_cells) {
  const RuleScope rule = schematron_rule("FED-OZG-002", {"service-definition"});
  // Checked, its context matched, nothing found.
  const Report clean =
      report_of({assessing(input("a.yml", "service-definition", full_check()), {"FED-OZG-002"})});
  BOOST_TEST(compare_cell(rule, clean).state == CellState::kPass);
  // Two findings, the worst a warning.
  const Report failing = report_of({input(
      "a.yml", "service-definition", full_check(StageStatus::kFailed),
      {finding("FED-OZG-002", Severity::kInfo), finding("FED-OZG-002", Severity::kWarning)})});
  const CompareCell cell = compare_cell(rule, failing);
  BOOST_TEST(to_string(cell.state) == "fail");
  BOOST_TEST(cell.findings == 2);
  BOOST_TEST(cell.severity == Severity::kWarning);
  // Only waived findings.
  const Report waived = report_of({input("a.yml", "service-definition", full_check(),
                                         {finding("FED-OZG-002", Severity::kError, true)})});
  BOOST_TEST(compare_cell(rule, waived).state == CellState::kWaived);
  BOOST_TEST(compare_cell(rule, waived).waived == 1);
  BOOST_TEST(compare_cell(rule, waived).findings == 0);
  // A waived and an unwaived finding: still a failure.
  const Report mixed = report_of({input(
      "a.yml", "service-definition", full_check(StageStatus::kFailed),
      {finding("FED-OZG-002", Severity::kError, true), finding("FED-OZG-002", Severity::kError)})});
  BOOST_TEST(compare_cell(rule, mixed).state == CellState::kFail);
  BOOST_TEST(compare_cell(rule, mixed).waived == 1);
}

BOOST_AUTO_TEST_CASE(a_rule_whose_context_matched_nothing_is_not_assessable) {
  const RuleScope rule = schematron_rule("FED-A11Y-001", {"service-definition"});
  // The definition was checked to the end, but declares nothing the rule looks at (no online
  // service): no finding, and no pass either.
  const Report silent =
      report_of({assessing(input("a.yml", "service-definition", full_check()), {"FED-OZG-002"})});
  BOOST_TEST(compare_cell(rule, silent).state == CellState::kNotAssessable);
  // One input that gave the rule something to look at is enough.
  const Report one =
      report_of({assessing(input("a.yml", "service-definition", full_check()), {}),
                 assessing(input("b.yml", "service-definition", full_check()), {"FED-A11Y-001"})});
  BOOST_TEST(compare_cell(rule, one).state == CellState::kPass);
  // A finding wins, and an input of another type stays not applicable.
  const Report failing =
      report_of({input("a.yml", "service-definition", full_check(StageStatus::kFailed),
                       {finding("FED-A11Y-001", Severity::kError)})});
  BOOST_TEST(compare_cell(rule, failing).state == CellState::kFail);
  BOOST_TEST(compare_cell(schematron_rule("X-1", {"xdemo"}), silent).state ==
             CellState::kNotApplicable);
  // xml-wellformed has nothing to look at in a candidate without XML (a service definition).
  BOOST_TEST(compare_cell(builtin_rule("xml-wellformed"), silent).state ==
             CellState::kNotAssessable);
  // Rules that do not track their context pass on any decided input.
  BOOST_TEST(compare_cell(builtin_rule("xsd-valid", Stage::kXsd), silent).state ==
             CellState::kPass);
}

BOOST_AUTO_TEST_CASE(a_failed_cell_keeps_what_was_found_and_where) {
  Finding located = finding("FED-SEC-001", Severity::kWarning);
  located.message_de = "m-de";
  located.location = Location{81, 3, ""};
  const Report report = report_of(
      {input("a/konform-service.yml", "service-definition", full_check(StageStatus::kFailed),
             {located, finding("FED-SEC-001", Severity::kError, true)})});
  const CompareCell cell =
      compare_cell(schematron_rule("FED-SEC-001", {"service-definition"}), report);
  // The waived finding is counted, not explained: it does not make the cell fail.
  BOOST_TEST_REQUIRE(cell.details.size() == 1u);
  BOOST_TEST(cell.details[0].path == "a/konform-service.yml");
  BOOST_TEST(cell.details[0].location.line == 81);
  BOOST_TEST(cell.details[0].location.column == 3);
  BOOST_TEST(cell.details[0].severity == Severity::kWarning);
  BOOST_TEST(cell.details[0].message == "m");
  BOOST_TEST(cell.details[0].message_de == "m-de");
}

BOOST_AUTO_TEST_CASE(engine_rules_are_marked_as_such) {
  CheckedCandidate candidate{"a", "a", "", report_of({input("a.xml", "xdemo", full_check())})};
  const CompareMatrix matrix =
      build_compare_matrix({builtin_rule("internal-error"), builtin_rule("xsd-valid", Stage::kXsd),
                            schematron_rule("FED-OZG-002", {"xdemo"})},
                           {candidate});
  for (const auto& row : matrix.rows) {
    BOOST_TEST_CONTEXT(row.rule_id) { BOOST_TEST(row.engine == (row.rule_id == "internal-error")); }
  }
}

BOOST_AUTO_TEST_CASE(a_rule_of_other_document_types_is_not_applicable) {
  const RuleScope rule = schematron_rule("xdemo-nachrichtentyp", {"xdemo.gewerbe"});
  const Report only_definition = report_of({input("a.yml", "service-definition", full_check())});
  BOOST_TEST(compare_cell(rule, only_definition).state == CellState::kNotApplicable);
  // A message that matched no document type (and was fully read) is not one of its inputs either.
  const Report unmatched = report_of(
      {input("a.yml", "service-definition", full_check()),
       input("x.xml", "", {{"read", StageStatus::kPassed, 0}, {"match", StageStatus::kFailed, 0}},
             {finding("document-type-unmatched", Severity::kError)})});
  BOOST_TEST(compare_cell(rule, unmatched).state == CellState::kNotApplicable);
}

BOOST_AUTO_TEST_CASE(an_incomplete_candidate_never_passes) {
  // An unreadable input of unknown type may be a message the rule checks.
  const Report unreadable = report_of({input("a.yml", "service-definition", full_check()),
                                       input("x.xml", "", {{"read", StageStatus::kAborted, 0}},
                                             {finding("input-unreadable", Severity::kError)})});
  BOOST_TEST(unreadable.verdict == Verdict::kIncomplete);
  BOOST_TEST(compare_cell(schematron_rule("X-A-1", {"xdemo"}), unreadable).state ==
             CellState::kIncomplete);
  // Even a rule decided on a complete input shows no pass for an incomplete candidate.
  BOOST_TEST(compare_cell(schematron_rule("FED-A-1", {"service-definition"}), unreadable).state ==
             CellState::kIncomplete);
  BOOST_TEST(compare_cell(builtin_rule("xml-wellformed"), unreadable).state ==
             CellState::kIncomplete);
  // But a definite failure stays a failure.
  BOOST_TEST(compare_cell(builtin_rule("input-unreadable"), unreadable).state == CellState::kFail);
}

BOOST_AUTO_TEST_CASE(a_schematron_stage_that_did_not_run_leaves_the_rule_undecided) {
  const Report not_run =
      report_of({input("a.yml", "service-definition", full_check(StageStatus::kSkipped),
                       {finding("yaml-wellformed", Severity::kError)})});
  BOOST_TEST(not_run.verdict == Verdict::kNotConformant);
  BOOST_TEST(compare_cell(schematron_rule("FED-A-1", {"service-definition"}), not_run).state ==
             CellState::kIncomplete);
}

BOOST_AUTO_TEST_CASE(stage_bound_builtin_rules_apply_where_their_stage_ran) {
  const RuleScope codelist = builtin_rule("codelist-unknown-code", Stage::kCodelist);
  // full_check() skips the code-list stage: no input of this candidate has code lists, so none
  // gives the rule a code to assess.
  const Report no_lists = report_of({assessing(input("a.xml", "t", full_check()), {})});
  BOOST_TEST(compare_cell(codelist, no_lists).state == CellState::kNotAssessable);
  auto stages = full_check();
  stages[3].status = StageStatus::kPassed;
  BOOST_TEST(compare_cell(codelist, report_of({input("a.xml", "t", stages)})).state ==
             CellState::kNotAssessable);
  BOOST_TEST(compare_cell(codelist, report_of({assessing(input("a.xml", "t", stages),
                                                         {"codelist-unknown-code"})}))
                 .state == CellState::kPass);
  // A stage that aborted leaves the rule undecided.
  stages[3].status = StageStatus::kAborted;
  BOOST_TEST(compare_cell(codelist, report_of({input("a.xml", "t", stages)})).state ==
             CellState::kIncomplete);
  // Rules without a stage are decided by every complete input.
  const Report xml = report_of({assessing(input("a.xml", "t", full_check()), {"xml-wellformed"})});
  BOOST_TEST(compare_cell(builtin_rule("xml-wellformed"), xml).state == CellState::kPass);
  BOOST_TEST(compare_cell(builtin_rule("xml-wellformed"), report_of({})).state ==
             CellState::kNotApplicable);
}

BOOST_AUTO_TEST_CASE(a_read_stopped_on_a_definite_error_leaves_the_reading_pass_undecided) {
  // The XSD stage "failed" and ran to the stop, but the reader ended early (InputResult::read_end):
  // xsd-valid saw only the part before the stop. No finding says so here (the profile may have
  // switched the reading rule off): the reader's end state decides, not the findings.
  const RuleScope xsd = builtin_rule("xsd-valid", Stage::kXsd);
  auto stages = full_check(StageStatus::kSkipped);
  stages[2].status = StageStatus::kFailed;
  InputResult stopped = input("a.xml", "t", stages, {finding("X-A-1", Severity::kError)});
  stopped.read_end = ReadEnd::kRejected;
  BOOST_TEST(compare_cell(xsd, report_of({stopped})).state == CellState::kIncomplete);
  stopped.read_end = ReadEnd::kCompleted;
  BOOST_TEST(compare_cell(xsd, report_of({stopped})).state == CellState::kPass);
}

BOOST_AUTO_TEST_CASE(matrix_rows_candidates_and_verdict) {
  std::vector<CheckedCandidate> candidates;
  candidates.push_back(
      {"good", "dir/good", "Produkt",
       report_of({assessing(input("a.yml", "sd", full_check()), {"MUN-ORG-001"})})});
  candidates.push_back({"bad", "dir/bad", "",
                        report_of({input("b.yml", "sd", full_check(StageStatus::kFailed),
                                         {finding("MUN-ORG-001", Severity::kError),
                                          finding("waiver-expired", Severity::kWarning)})})});
  const std::vector<RuleScope> rules = {
      schematron_rule("MUN-ORG-001", {"sd"}, RuleLevel::kMunicipal),
      schematron_rule("FED-OZG-002", {"sd"}, RuleLevel::kFederal),
      schematron_rule("FED-A11Y-001", {"sd"}, RuleLevel::kFederal),
      schematron_rule("SN-EGOV-001", {"sd"}, RuleLevel::kState),
      builtin_rule("xsd-valid", Stage::kXsd),
  };
  const CompareMatrix matrix = build_compare_matrix(rules, candidates);
  BOOST_TEST(matrix.tool_version == "t");
  BOOST_TEST(matrix.as_of == "2026-11-01");
  BOOST_REQUIRE(matrix.candidates.size() == 2u);
  BOOST_TEST(matrix.candidates[0].product_name == "Produkt");
  BOOST_TEST(matrix.candidates[0].verdict == Verdict::kConformant);
  BOOST_TEST(matrix.candidates[1].verdict == Verdict::kNotConformant);
  BOOST_TEST(matrix.candidates[1].totals.errors == 1);
  BOOST_TEST(matrix.candidates[1].inputs.size() == 1u);
  BOOST_TEST(matrix.verdict == Verdict::kNotConformant);
  // Format rules first, then federal (A11Y before OZG), state, municipal; the unlisted
  // waiver-expired is a format rule.
  std::vector<std::string> ids;
  for (const auto& row : matrix.rows) ids.push_back(row.rule_id);
  const std::vector<std::string> expected = {"waiver-expired", "xsd-valid",   "FED-A11Y-001",
                                             "FED-OZG-002",    "SN-EGOV-001", "MUN-ORG-001"};
  BOOST_TEST(ids == expected, boost::test_tools::per_element());
  const CompareRow& org = matrix.rows.back();
  BOOST_TEST(org.topic == "ORG");
  BOOST_REQUIRE(org.cells.size() == 2u);
  BOOST_TEST(org.cells[0].state == CellState::kPass);
  BOOST_TEST(org.cells[1].state == CellState::kFail);
  BOOST_TEST(matrix.rows.front().cells[1].severity == Severity::kWarning);
}

BOOST_AUTO_TEST_CASE(overall_verdict_prefers_incomplete) {
  std::vector<CompareCandidate> candidates(3);
  candidates[0].verdict = Verdict::kConformant;
  candidates[1].verdict = Verdict::kNotConformant;
  candidates[2].verdict = Verdict::kIncomplete;
  BOOST_TEST(overall_verdict(candidates) == Verdict::kIncomplete);
  candidates.pop_back();
  BOOST_TEST(overall_verdict(candidates) == Verdict::kNotConformant);
  candidates.pop_back();
  BOOST_TEST(overall_verdict(candidates) == Verdict::kConformant);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::compare
