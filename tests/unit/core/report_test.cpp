#include <boost/test/unit_test.hpp>

#include "validator/core/config_error.h"
#include "validator/core/report.h"

using namespace konform;

namespace {

InputResult input_with(std::vector<StageStatus> statuses, std::vector<Severity> severities) {
  InputResult input;
  for (auto status : statuses) input.stages.push_back({"stage", status, 0});
  for (auto severity : severities) {
    Finding finding;
    finding.rule_id = "r";
    finding.severity = severity;
    input.findings.push_back(finding);
  }
  return input;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(core_report)

BOOST_AUTO_TEST_CASE(verdict_follows_stages_and_error_findings) {
  BOOST_TEST(to_string(verdict_of(input_with({StageStatus::kPassed}, {}))) == "conformant");
  BOOST_TEST(to_string(verdict_of(input_with(
                 {StageStatus::kPassed}, {Severity::kWarning, Severity::kInfo}))) == "conformant");
  BOOST_TEST(to_string(verdict_of(input_with({StageStatus::kFailed}, {Severity::kError}))) ==
             "not-conformant");
  // An aborted stage makes the input incomplete even when an error was found before.
  BOOST_TEST(to_string(verdict_of(input_with({StageStatus::kPassed, StageStatus::kAborted},
                                             {Severity::kError}))) == "incomplete");
  // No stage ran: never conformant.
  BOOST_TEST(to_string(verdict_of(input_with({}, {}))) == "incomplete");
}

BOOST_AUTO_TEST_CASE(finish_counts_sorts_and_decides_the_run) {
  Report report;
  auto a = input_with({StageStatus::kFailed}, {Severity::kError, Severity::kWarning});
  a.findings[0].location.line = 9;
  a.findings[1].location.line = 3;
  report.inputs.push_back(a);
  report.inputs.push_back(input_with({StageStatus::kPassed}, {Severity::kInfo}));
  finish(report);
  BOOST_TEST(report.summary.inputs == 2);
  BOOST_TEST(report.summary.errors == 1);
  BOOST_TEST(report.summary.warnings == 1);
  BOOST_TEST(report.summary.infos == 1);
  BOOST_TEST(report.inputs[0].findings[0].location.line == 3);
  BOOST_TEST(to_string(report.verdict) == "not-conformant");
  BOOST_TEST(has_finding_at_or_above(report, Severity::kError));
  BOOST_TEST(has_finding_at_or_above(report, Severity::kInfo));

  report.inputs.push_back(input_with({StageStatus::kAborted}, {}));
  finish(report);
  BOOST_TEST(to_string(report.verdict) == "incomplete");
}

BOOST_AUTO_TEST_CASE(an_empty_run_is_incomplete) {
  Report report;
  finish(report);
  BOOST_TEST(to_string(report.verdict) == "incomplete");
}

BOOST_AUTO_TEST_CASE(severity_parses_and_orders) {
  BOOST_TEST(to_string(parse_severity("warning").value()) == "warning");
  BOOST_TEST(!parse_severity("fatal").has_value());
  BOOST_TEST((Severity::kError > Severity::kWarning && Severity::kWarning > Severity::kInfo));
}

BOOST_AUTO_TEST_CASE(config_errors_print_like_compilers) {
  BOOST_TEST(ConfigError("bad", "p.xml", 3, 7).located() == "p.xml:3:7: bad");
  BOOST_TEST(ConfigError("bad", "p.xml").located() == "p.xml: bad");
  BOOST_TEST(ConfigError("bad").located() == "bad");
}

BOOST_AUTO_TEST_SUITE_END()
