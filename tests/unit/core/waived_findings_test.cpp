// Waived findings (Finding::waiver) count toward no verdict, no summary count and no exit code.
#include <boost/test/unit_test.hpp>

#include "validator/core/report.h"

using namespace konform;

BOOST_AUTO_TEST_SUITE(core_waived_findings)

BOOST_AUTO_TEST_CASE(a_waived_error_leaves_the_input_conformant_and_is_counted_apart) {
  Report report;
  InputResult input;
  input.path = "a.xml";
  input.stages = {{"xsd", StageStatus::kFailed, 0}};
  Finding error;
  error.rule_id = "xsd-valid";
  error.severity = Severity::kError;
  error.waiver = Waiver{"reason", "author", "2026-12-31"};
  Finding warning;
  warning.rule_id = "w";
  warning.severity = Severity::kWarning;
  input.findings = {error, warning};
  report.inputs.push_back(input);
  finish(report);
  BOOST_TEST(to_string(report.verdict) == "conformant");
  BOOST_TEST(report.summary.errors == 0);
  BOOST_TEST(report.summary.warnings == 1);
  BOOST_TEST(report.summary.waived == 1);
  BOOST_TEST(!has_finding_at_or_above(report, Severity::kError));
  BOOST_TEST(has_finding_at_or_above(report, Severity::kWarning));

  for (auto& finding : report.inputs[0].findings) finding.waiver.reset();
  finish(report);
  BOOST_TEST(to_string(report.verdict) == "not-conformant");
  BOOST_TEST(report.summary.waived == 0);
}

BOOST_AUTO_TEST_CASE(a_waiver_does_not_hide_an_incomplete_input) {
  Report report;
  InputResult input;
  input.stages = {{"xsd", StageStatus::kAborted, 0}};
  Finding finding;
  finding.waiver = Waiver{"r", "a", "2026-12-31"};
  input.findings = {finding};
  report.inputs.push_back(input);
  finish(report);
  BOOST_TEST(to_string(report.verdict) == "incomplete");
}

BOOST_AUTO_TEST_SUITE_END()
