// rules::builtin_finding, the one factory of built-in rules' findings: what it takes from the
// registry and what it takes from the caller.
#include <boost/test/unit_test.hpp>

#include "validator/rules/builtin_finding.h"
#include "validator/rules/registry.h"

using namespace konform;

BOOST_AUTO_TEST_SUITE(rules_builtin_finding)

BOOST_AUTO_TEST_CASE(severity_and_source_come_from_the_registry) {
  // A warning rule, so a factory that defaulted to Severity::kError (as the XML reader's did)
  // would be caught.
  const RuleInfo& rule = rules::builtin_rule(rules::kCodelistUnknownList);
  BOOST_REQUIRE(rule.default_severity == Severity::kWarning);
  const Finding finding = rules::builtin_finding(
      rules::kCodelistUnknownList, "code list 'urn:x' is not loaded",
      "Codeliste 'urn:x' ist nicht geladen", Location{3, 7, "/Q{}a[1]/Q{}b[1]"});
  BOOST_TEST(finding.rule_id == rule.id);
  BOOST_TEST((finding.severity == Severity::kWarning));
  BOOST_TEST(finding.source == rule.source);
  BOOST_TEST(finding.message == "code list 'urn:x' is not loaded");
  BOOST_TEST(finding.message_de == "Codeliste 'urn:x' ist nicht geladen");
  BOOST_TEST((finding.location == Location{3, 7, "/Q{}a[1]/Q{}b[1]"}));
  BOOST_TEST(!finding.waiver.has_value());
  BOOST_TEST(finding.properties.empty());
}

BOOST_AUTO_TEST_CASE(german_message_and_location_are_optional) {
  const Finding finding = rules::builtin_finding(rules::kInternalError, "out of memory");
  BOOST_TEST((finding.severity == rules::builtin_rule(rules::kInternalError).default_severity));
  BOOST_TEST(finding.message_de.empty());
  BOOST_TEST((finding.location == Location{}));
}

BOOST_AUTO_TEST_SUITE_END()
