// The waive stage as a pure function over finished reports.
#include "validator/waive/apply_waivers.h"

#include <boost/test/unit_test.hpp>

using namespace konform;
using namespace konform::waive;

namespace {

Finding finding(std::string rule, Severity severity, std::string xpath, int line = 1) {
  Finding f;
  f.rule_id = std::move(rule);
  f.severity = severity;
  f.message = "m";
  f.location = {line, 1, std::move(xpath)};
  return f;
}

Report report_of(std::vector<std::pair<std::string, std::vector<Finding>>> inputs) {
  Report report;
  for (auto& [path, findings] : inputs) {
    InputResult input;
    input.path = path;
    input.stages = {{"xsd", StageStatus::kFailed, 1}};
    input.findings = std::move(findings);
    report.inputs.push_back(std::move(input));
  }
  finish(report);
  return report;
}

WaiverEntry entry(std::string rule, std::string input, std::string xpath = "",
                  std::string expires = "2026-12-31", int line = 3) {
  return {std::move(rule),
          std::move(input),
          std::move(xpath),
          "reason",
          "author",
          std::move(expires),
          line};
}

const WaiveOptions kOptions{"2026-06-01", Severity::kWarning};

}  // namespace

BOOST_AUTO_TEST_SUITE(apply_waivers_stage)

BOOST_AUTO_TEST_CASE(a_waived_error_no_longer_decides_the_verdict) {
  Report report = report_of({{"in/a.xml", {finding("xsd-valid", Severity::kError, "/a")}}});
  BOOST_TEST(to_string(report.verdict) == "not-conformant");
  Report waived = apply_waivers(report, {"w.xml", {entry("xsd-valid", "in/*.xml")}}, kOptions);
  BOOST_TEST(to_string(waived.verdict) == "conformant");
  BOOST_TEST(waived.waivers == "w.xml");
  BOOST_TEST(waived.summary.errors == 0);
  BOOST_TEST(waived.summary.waived == 1);
  const Finding& f = waived.inputs[0].findings.at(0);
  BOOST_TEST((f.severity == Severity::kError));
  BOOST_REQUIRE(f.waiver.has_value());
  BOOST_TEST(f.waiver->reason == "reason");
  BOOST_TEST(f.waiver->expires == "2026-12-31");
  BOOST_TEST(!has_finding_at_or_above(waived, Severity::kInfo));
  BOOST_TEST(waived.notices.empty());
  // The input report is untouched: the stage is a pure function.
  BOOST_TEST(!report.inputs[0].findings[0].waiver.has_value());
}

BOOST_AUTO_TEST_CASE(rule_input_and_xpath_must_all_match) {
  Report report = report_of({{"in/a.xml",
                              {finding("xsd-valid", Severity::kError, "/a/b[1]"),
                               finding("xsd-valid", Severity::kError, "/a/bc[1]", 2),
                               finding("other", Severity::kError, "/a/b[1]", 3)}},
                             {"in/b.xml", {finding("xsd-valid", Severity::kError, "/a/b[1]")}}});
  Report waived =
      apply_waivers(report, {"w.xml", {entry("xsd-valid", "in/a.xml", "/a/b[1]")}}, kOptions);
  const auto& a = waived.inputs[0].findings;
  BOOST_TEST(a[0].waiver.has_value());                           // the node itself
  BOOST_TEST(!a[1].waiver.has_value());                          // /a/bc[1] is not below /a/b[1]
  BOOST_TEST(!a[2].waiver.has_value());                          // another rule
  BOOST_TEST(!waived.inputs[1].findings[0].waiver.has_value());  // another input
  Report below = apply_waivers(report, {"w.xml", {entry("xsd-valid", "in/a.xml", "/a")}}, kOptions);
  BOOST_TEST(below.inputs[0].findings[0].waiver.has_value());
  BOOST_TEST(below.inputs[0].findings[1].waiver.has_value());
}

BOOST_AUTO_TEST_CASE(an_expired_waiver_adds_a_finding_per_input_and_a_notice) {
  Report report = report_of({{"in/a.xml",
                              {finding("xsd-valid", Severity::kError, "/a", 5),
                               finding("xsd-valid", Severity::kError, "/a", 9)}},
                             {"in/b.xml", {}}});
  Report waived = apply_waivers(
      report, {"w.xml", {entry("xsd-valid", "in/**", "", "2026-05-31", 7)}}, kOptions);
  BOOST_TEST(to_string(waived.verdict) == "not-conformant");
  BOOST_TEST(waived.summary.errors == 2);
  BOOST_TEST(waived.summary.warnings == 1);
  const auto& a = waived.inputs[0].findings;
  BOOST_REQUIRE_EQUAL(a.size(), 3u);
  const auto expired = std::find_if(a.begin(), a.end(),
                                    [](const Finding& f) { return f.rule_id == "waiver-expired"; });
  BOOST_REQUIRE(expired != a.end());
  BOOST_TEST((expired->severity == Severity::kWarning));
  BOOST_TEST(expired->location.line == 5);  // at the first finding it would have covered
  BOOST_TEST(expired->source == "w.xml:7");
  BOOST_TEST(expired->message.find("2 findings it covered count again") != std::string::npos);
  BOOST_TEST(!expired->message_de.empty());
  BOOST_TEST(waived.inputs[1].findings.empty());  // it would have covered nothing there
  BOOST_REQUIRE_EQUAL(waived.notices.size(), 1u);
  BOOST_TEST(waived.notices[0].code == "waiver-expired");
  BOOST_TEST(std::any_of(waived.rules.begin(), waived.rules.end(),
                         [](const RuleInfo& r) { return r.id == "waiver-expired"; }));

  // Switched off by the profile: the findings still count, but no waiver-expired finding.
  Report quiet = apply_waivers(report, {"w.xml", {entry("xsd-valid", "in/**", "", "2026-05-31")}},
                               {"2026-06-01", std::nullopt});
  BOOST_TEST(quiet.inputs[0].findings.size() == 2u);
  BOOST_TEST(quiet.notices.size() == 1u);
}

BOOST_AUTO_TEST_CASE(an_expired_waiver_is_silent_on_findings_another_waiver_covers) {
  Report report = report_of({{"in/a.xml", {finding("xsd-valid", Severity::kError, "/a")}}});
  Report waived = apply_waivers(report,
                                {"w.xml",
                                 {entry("xsd-valid", "in/**", "", "2026-01-01", 3),
                                  entry("xsd-valid", "in/a.xml", "", "2026-12-31", 4)}},
                                kOptions);
  BOOST_TEST(waived.inputs[0].findings.size() == 1u);
  BOOST_TEST(waived.inputs[0].findings[0].waiver.has_value());
  BOOST_REQUIRE_EQUAL(waived.notices.size(), 1u);
  BOOST_TEST(waived.notices[0].code == "waiver-expired");
}

BOOST_AUTO_TEST_CASE(an_unused_waiver_gets_a_notice_and_the_first_matching_waiver_wins) {
  Report report = report_of({{"in/a.xml", {finding("xsd-valid", Severity::kError, "/a")}}});
  WaiverEntry first = entry("xsd-valid", "in/a.xml", "", "2026-12-31", 3);
  WaiverEntry second = entry("xsd-valid", "**", "", "2027-12-31", 4);
  second.reason = "second";
  Report waived = apply_waivers(report, {"w.xml", {first, second}}, kOptions);
  BOOST_TEST(waived.inputs[0].findings[0].waiver->reason == "reason");
  BOOST_REQUIRE_EQUAL(waived.notices.size(), 1u);
  BOOST_TEST(waived.notices[0].code == "waiver-unused");
  BOOST_TEST(waived.notices[0].message.find("w.xml:4") != std::string::npos);
  BOOST_TEST(!waived.notices[0].message_de.empty());
}

BOOST_AUTO_TEST_SUITE_END()
