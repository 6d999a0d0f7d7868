// Comparing a sample's findings with its expectation: multiset semantics, optional line and
// severity, info findings only on request, the verdict.
#include <boost/test/unit_test.hpp>

#include "validator/profiletest/comparison.h"

using namespace konform;
using namespace konform::profiletest;

namespace {

Finding finding(std::string rule, int line, Severity severity) {
  Finding f;
  f.rule_id = std::move(rule);
  f.location.line = line;
  f.severity = severity;
  f.message = "message of " + f.rule_id;
  return f;
}

InputResult result(Verdict verdict, std::vector<Finding> findings) {
  InputResult r;
  r.verdict = verdict;
  r.findings = std::move(findings);
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(comparison)

BOOST_AUTO_TEST_CASE(equal_multisets_agree) {
  Expectation expected;
  expected.verdict = "failed";
  expected.findings = {{"xsd-valid", 3, Severity::kError}, {"xsd-valid", 0, std::nullopt}};
  const auto actual = result(Verdict::kNotConformant, {finding("xsd-valid", 3, Severity::kError),
                                                       finding("xsd-valid", 9, Severity::kError)});
  BOOST_TEST(compare(expected, actual).empty());
}

BOOST_AUTO_TEST_CASE(a_loose_expectation_does_not_steal_the_precise_ones_finding) {
  // Greedy matching would give line 5 to the rule-only entry first and then miss it.
  Expectation expected;
  expected.findings = {{"r", 0, Severity::kError}, {"r", 5, std::nullopt}};
  const auto actual = result(Verdict::kNotConformant, {finding("r", 5, Severity::kError),
                                                       finding("r", 7, Severity::kError)});
  BOOST_TEST(compare(expected, actual).empty());
}

BOOST_AUTO_TEST_CASE(missing_and_unexpected_findings_are_both_listed) {
  Expectation expected;
  expected.findings = {{"a", 1, Severity::kError}};
  const auto differences =
      compare(expected, result(Verdict::kNotConformant, {finding("b", 2, Severity::kWarning)}));
  BOOST_REQUIRE_EQUAL(differences.size(), 2u);
  BOOST_TEST(differences[0] == "missing expected finding a at line 1 (error)");
  BOOST_TEST(differences[1] == "unexpected finding b (warning) at line 2: message of b");
}

BOOST_AUTO_TEST_CASE(counts_matter) {
  Expectation expected;
  expected.findings = {{"a", 0, std::nullopt}};
  const auto differences = compare(
      expected, result(Verdict::kNotConformant,
                       {finding("a", 1, Severity::kError), finding("a", 2, Severity::kError)}));
  BOOST_REQUIRE_EQUAL(differences.size(), 1u);
  BOOST_TEST(differences[0].starts_with("unexpected finding a (error) at line 2"));
}

BOOST_AUTO_TEST_CASE(severity_and_line_when_given_must_match) {
  Expectation expected;
  expected.findings = {{"a", 4, Severity::kWarning}};
  BOOST_TEST(
      compare(expected, result(Verdict::kConformant, {finding("a", 4, Severity::kError)})).size() ==
      2u);
  BOOST_TEST(compare(expected, result(Verdict::kConformant, {finding("a", 5, Severity::kWarning)}))
                 .size() == 2u);
}

BOOST_AUTO_TEST_CASE(info_findings_count_only_with_include_info) {
  Expectation expected;
  const auto actual = result(Verdict::kConformant, {finding("i", 1, Severity::kInfo)});
  BOOST_TEST(compare(expected, actual).empty());
  expected.include_info = true;
  BOOST_TEST(compare(expected, actual).size() == 1u);
  expected.findings = {{"i", 1, Severity::kInfo}};
  BOOST_TEST(compare(expected, actual).empty());
}

BOOST_AUTO_TEST_CASE(the_verdict_is_compared_when_given) {
  Expectation expected;
  expected.verdict = "passed";
  const auto differences = compare(expected, result(Verdict::kIncomplete, {}));
  BOOST_REQUIRE_EQUAL(differences.size(), 1u);
  BOOST_TEST(differences[0] == "verdict is incomplete, expected passed");
  expected.verdict.clear();
  BOOST_TEST(compare(expected, result(Verdict::kIncomplete, {})).empty());
}

BOOST_AUTO_TEST_SUITE_END()
