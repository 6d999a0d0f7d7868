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
    BOOST_TEST_CONTEXT(rules[i].id) {
      BOOST_TEST(kebab(rules[i].id));
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
