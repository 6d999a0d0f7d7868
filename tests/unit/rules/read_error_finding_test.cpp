// rules::finding_of, the one conversion of the XML reader's errors into findings: which built-in
// rule each kind of reading problem breaks, and what a validity error keeps.
#include <boost/test/unit_test.hpp>

#include <string>
#include <utility>
#include <vector>

#include "validator/rules/read_error_finding.h"
#include "validator/rules/registry.h"

using namespace konform;

namespace {

ReadError error_of(ReadError::Kind kind) {
  ReadError error;
  error.kind = kind;
  error.message = "what the reader said";
  error.location = Location{2, 5, "/Q{urn:t}order[1]"};
  return error;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rules_read_error_finding)

BOOST_AUTO_TEST_CASE(each_kind_breaks_its_rule) {
  const std::vector<std::pair<ReadError::Kind, rules::RuleId>> expected{
      {ReadError::Kind::kNotWellFormed, rules::kXmlWellformed},
      {ReadError::Kind::kNotSchemaValid, rules::kXsdValid},
      {ReadError::Kind::kSchemaErrorsUnlisted, rules::kXsdValid},
      {ReadError::Kind::kLimitReached, rules::kXmlLimitExceeded},
      {ReadError::Kind::kDeclarationRefused, rules::kXmlDoctypeForbidden},
      {ReadError::Kind::kExternalReferenceRefused, rules::kXmlExternalReferenceBlocked},
  };
  for (const auto& [kind, rule] : expected) {
    const Finding finding = rules::finding_of(error_of(kind));
    BOOST_TEST(finding.rule_id == rules::builtin_rule(rule).id);
    BOOST_TEST(finding.source == rules::builtin_rule(rule).source);
    BOOST_TEST(finding.message == "what the reader said");
    BOOST_TEST((finding.location == Location{2, 5, "/Q{urn:t}order[1]"}));
  }
}

BOOST_AUTO_TEST_CASE(a_validity_error_keeps_its_severity_and_facts) {
  ReadError error = error_of(ReadError::Kind::kNotSchemaValid);
  error.severity = Severity::kWarning;
  error.facts.kind = SchemaError::Kind::kRequiredAttributeMissing;
  error.facts.attribute = "listVersionID";
  const Finding finding = rules::finding_of(error);
  BOOST_TEST((finding.severity == Severity::kWarning));
  BOOST_REQUIRE(finding.schema_error.has_value());
  BOOST_TEST((*finding.schema_error == error.facts));
}

BOOST_AUTO_TEST_CASE(other_errors_carry_no_schema_error) {
  const Finding finding = rules::finding_of(error_of(ReadError::Kind::kSchemaErrorsUnlisted));
  BOOST_TEST(!finding.schema_error.has_value());
  BOOST_TEST((finding.severity == rules::builtin_rule(rules::kXsdValid).default_severity));
}

BOOST_AUTO_TEST_CASE(findings_are_appended_in_the_errors_order) {
  std::vector<Finding> findings(1);
  rules::add_findings_of(
      {error_of(ReadError::Kind::kNotWellFormed), error_of(ReadError::Kind::kLimitReached)},
      findings);
  BOOST_REQUIRE_EQUAL(findings.size(), 3u);
  BOOST_TEST(findings[1].rule_id == "xml-wellformed");
  BOOST_TEST(findings[2].rule_id == "xml-limit-exceeded");
}

BOOST_AUTO_TEST_SUITE_END()
