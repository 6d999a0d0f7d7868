#include <boost/test/unit_test.hpp>

#include "validator/rules/registry.h"

using namespace konform;

BOOST_AUTO_TEST_SUITE(rules_registry)

BOOST_AUTO_TEST_CASE(rules_are_sorted_unique_kebab_case_and_documented) {
  const auto rules = rules::builtin_rules();
  BOOST_REQUIRE(!rules.empty());
  // Kebab case: lower-case words of letters and digits joined by single hyphens.
  auto kebab = [](const std::string& id) {
    if (id.empty() || id.front() < 'a' || id.front() > 'z' || id.back() == '-') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
      const char c = id[i];
      const bool ok =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id[i - 1] != '-');
      if (!ok) return false;
    }
    return true;
  };
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const RuleInfo& rule = rules[i].info;
    BOOST_TEST_CONTEXT(rule.id) {
      BOOST_TEST(kebab(rule.id));
      BOOST_TEST(!rule.title.empty());
      BOOST_TEST(!rule.title_de.empty());
      BOOST_TEST(!rule.source.empty());
      if (i > 0) BOOST_TEST((rules[i - 1].info.id < rule.id));
    }
  }
}

BOOST_AUTO_TEST_CASE(each_rule_knows_its_stage_and_family) {
  BOOST_TEST((rules::stage_of(rules::kXsdValid.text()) == Stage::kXsd));
  BOOST_TEST((rules::stage_of(rules::kCodelistUnknownCode.text()) == Stage::kCodelist));
  BOOST_TEST((rules::stage_of(rules::kServicedefSampleMissing.text()) == Stage::kCrosscheck));
  BOOST_TEST((rules::stage_of("BR-01") == std::nullopt));  // a rule from a profile
  // The reading rules are the ones that end the XML read.
  for (auto id : {rules::kXmlWellformed, rules::kXmlDoctypeForbidden,
                  rules::kXmlExternalReferenceBlocked, rules::kXmlLimitExceeded}) {
    BOOST_TEST((rules::stage_of(id.text()) == Stage::kWellformed), id.text());
  }
  BOOST_TEST(rules::is_engine_rule(rules::kInputUnreadable.text()));
  BOOST_TEST(rules::is_engine_rule(rules::kWaiverExpired.text()));
  BOOST_TEST(!rules::is_engine_rule(rules::kXmlWellformed.text()));
  BOOST_TEST(!rules::is_engine_rule(rules::kCodelistUnknownList.text()));
  BOOST_TEST(!rules::is_engine_rule("BR-01"));
}

BOOST_AUTO_TEST_CASE(lookup_finds_each_named_id) {
  for (auto id : {rules::kXmlWellformed, rules::kXsdValid, rules::kXmlDoctypeForbidden,
                  rules::kDocumentTypeUnmatched, rules::kInputUnreadable}) {
    BOOST_TEST(rules::is(rules::builtin_rule(id), id));
  }
  BOOST_TEST((rules::find_builtin_rule("codelist-nope") == nullptr));
}

BOOST_AUTO_TEST_SUITE_END()
