// Hostile Schematron: expressions built to explode, regular expressions built for catastrophic
// backtracking, and arithmetic on huge numbers. Each rule set runs in ad-hoc mode
// (--schematron) on a small message. Contract: konform ends by itself within kMaxSeconds; an
// explosion ends the input's Schematron stage with a located schematron-budget-exceeded finding
// and the verdict "incomplete" (exit 3), never "conformant".
#include <boost/test/unit_test.hpp>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

/// A message of `elements` empty children under one root (no schema, no document type).
fs::path write_message(const fs::path& dir, int elements) {
  std::string text = "<root>";
  for (int i = 0; i < elements; ++i) text += "<e/>";
  text += "</root>\n";
  write_text(dir / "message.xml", text);
  return dir / "message.xml";
}

RunResult run_rules(const std::string& rules, const fs::path& message,
                    const std::vector<std::string>& extra = {}) {
  std::vector<std::string> arguments{"validate", "--schematron", (cases_dir() / rules).string(),
                                     "--format", "json"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  arguments.push_back(message.string());
  return konform_run(arguments, {}, std::chrono::seconds(20));
}

void expect_ended_in_time(const RunResult& result, const std::string& what) {
  BOOST_TEST((result.timed_out || result.signal == 0),
             what << ": killed by signal " << result.signal);
  BOOST_TEST(!result.timed_out, what << ": did not finish in 20 s");
  BOOST_TEST(within_budget(result), what << " exceeded the budget: " << describe(result));
}

/// The located budget finding, its message, and an incomplete verdict with exit 3.
std::string expect_budget_stop(const RunResult& result, const std::string& what) {
  expect_ended_in_time(result, what);
  BOOST_TEST(result.exit_code == 3, what << ": " << describe(result));
  BOOST_TEST(!claims_conformant(result.out), what);
  auto report = parse_report(result.out);
  auto entry = input_entry(report, "message.xml");
  BOOST_TEST_REQUIRE(entry.is_object(), what << ": input missing from the report");
  BOOST_TEST(entry.value("verdict", "") == "incomplete", what);
  BOOST_TEST(has_located_finding(entry, "schematron-budget-exceeded"),
             what << ": " << rule_ids(entry));
  for (const auto& stage : entry["stages"]) {
    if (stage.value("name", "") == "schematron") {
      BOOST_TEST(stage.value("status", "") != "passed", what);
    }
  }
  for (const auto& finding : entry["findings"]) {
    if (finding.value("ruleId", "") == "schematron-budget-exceeded")
      return finding.value("message", "");
  }
  return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xpath_budget)

BOOST_AUTO_TEST_CASE(nested_for_over_large_sequences_ends_with_a_budget_finding) {
  const fs::path dir = output_dir("security/xpath-explosion");
  expect_budget_stop(run_rules("xpath-explosion.sch", write_message(dir, 1)),
                     "nested for-expressions (10^15 iterations)");
}

BOOST_AUTO_TEST_CASE(costly_rule_on_every_node_is_bounded_by_the_document_step_budget) {
  const fs::path dir = output_dir("security/xpath-document-steps");
  const std::string message = expect_budget_stop(
      // A generous time budget, so that on a slow or busy machine the steps still end it first.
      run_rules("xpath-many-costly.sch", write_message(dir, 200),
                {"--max-xpath-steps", "3000000", "--max-xpath-time", "60000"}),
      "a costly rule on 200 elements, --max-xpath-steps 3000000");
  BOOST_TEST(message.find("--max-xpath-steps") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(costly_rule_on_every_node_is_bounded_by_the_document_time_budget) {
  const fs::path dir = output_dir("security/xpath-document-time");
  const std::string message = expect_budget_stop(
      run_rules("xpath-many-costly.sch", write_message(dir, 2000),
                {"--max-xpath-steps", "1000000000000", "--max-xpath-time", "300"}),
      "a costly rule on 2,000 elements, --max-xpath-time 300");
  BOOST_TEST(message.find("--max-xpath-time") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(the_same_rules_within_budget_are_conformant) {
  // The budget is no verdict of its own: a cheap document under the same rules passes.
  const fs::path dir = output_dir("security/xpath-within-budget");
  // The default step budget; time is left out of it (sanitizer builds on busy machines are slow).
  RunResult result =
      run_rules("xpath-many-costly.sch", write_message(dir, 2), {"--max-xpath-time", "60000"});
  expect_ended_in_time(result, "a costly rule on 2 elements");
  BOOST_TEST(result.exit_code == 0, describe(result));
}

BOOST_AUTO_TEST_CASE(default_budgets_grow_with_the_input_and_explicit_ones_do_not) {
  // One evaluation that visits every element of a two-million-element document needs more than
  // the fixed two million work units of a single evaluation: with the default budgets, which grow
  // with the document (4 units per node for one evaluation, 100 for the input), it ends; a budget
  // given on the command line is exact. Time is left out (sanitizer builds are slow).
  const fs::path dir = output_dir("security/xpath-linear-scan");
  const fs::path message = write_message(dir, 2'000'000);
  RunResult grown = run_rules("xpath-linear-scan.sch", message, {"--max-xpath-time", "60000"});
  BOOST_TEST(grown.exit_code == 0, describe(grown));
  BOOST_TEST(!grown.timed_out);
  const std::string stop =
      expect_budget_stop(run_rules("xpath-linear-scan.sch", message,
                                   {"--max-xpath-steps", "1500000", "--max-xpath-time", "60000"}),
                         "a linear scan of 2,000,000 elements, --max-xpath-steps 1500000");
  BOOST_TEST(stop.find("--max-xpath-steps") != std::string::npos, stop);
}

BOOST_AUTO_TEST_CASE(regex_denial_of_service_patterns_run_in_linear_time) {
  const fs::path dir = output_dir("security/regex-redos");
  RunResult result = run_rules("regex-redos.sch", write_message(dir, 1));
  expect_ended_in_time(result, "catastrophic-backtracking patterns");
  BOOST_TEST(result.exit_code == 1, describe(result));
  auto report = parse_report(result.out);
  auto entry = input_entry(report, "message.xml");
  BOOST_TEST_REQUIRE(entry.is_object());
  BOOST_TEST(entry.value("verdict", "") == "not-conformant");
  for (const std::string id : {"REDOS-1", "REDOS-2", "REDOS-3", "REDOS-4", "REDOS-5", "REDOS-6"})
    BOOST_TEST(has_located_finding(entry, id), id << ": " << rule_ids(entry));
}

BOOST_AUTO_TEST_CASE(huge_numbers_and_pathological_decimals_end_quickly) {
  const fs::path dir = output_dir("security/xpath-huge-numbers");
  RunResult result = run_rules("xpath-huge-numbers.sch", write_message(dir, 1));
  expect_ended_in_time(result, "arithmetic on 100,000-digit numbers");
  // Each assert ends with a finding (false) or an evaluation error (incomplete); none passes
  // silently and nothing crashes.
  BOOST_TEST((result.exit_code == 1 || result.exit_code == 3), describe(result));
  BOOST_TEST(!claims_conformant(result.out));
  auto report = parse_report(result.out);
  auto entry = input_entry(report, "message.xml");
  BOOST_TEST_REQUIRE(entry.is_object());
  BOOST_TEST(entry["findings"].size() >= 1u, rule_ids(entry));
}

BOOST_AUTO_TEST_SUITE_END()
