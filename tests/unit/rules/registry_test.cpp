#include <boost/test/unit_test.hpp>

#include <regex>

#include "validator/rules/registry.h"

using namespace konform;

BOOST_AUTO_TEST_SUITE(rules_registry)

BOOST_AUTO_TEST_CASE(rules_are_sorted_unique_kebab_case_and_documented) {
  const auto rules = rules::builtin_rules();
  BOOST_REQUIRE(!rules.empty());
  const std::regex kebab("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  for (std::size_t i = 0; i < rules.size(); ++i) {
    BOOST_TEST_CONTEXT(rules[i].id) {
      BOOST_TEST(std::regex_match(rules[i].id, kebab));
      BOOST_TEST(!rules[i].title.empty());
      BOOST_TEST(!rules[i].title_de.empty());
      BOOST_TEST(!rules[i].source.empty());
      if (i > 0) BOOST_TEST((rules[i - 1].id < rules[i].id));
    }
  }
}

BOOST_AUTO_TEST_CASE(lookup_finds_each_named_id) {
  for (auto id : {rules::kXmlWellformed, rules::kXsdValid, rules::kXmlDoctypeForbidden,
                  rules::kDocumentTypeUnmatched, rules::kInputUnreadable}) {
    BOOST_TEST(rules::builtin_rule(id).id == id);
  }
}

BOOST_AUTO_TEST_SUITE_END()
