#include <boost/test/unit_test.hpp>
#include <pugixml.hpp>

#include "tests/support/test_paths.h"
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

// The table generated at build time (validator/rules/builtin_rules_table.cmake) holds, row by row,
// what an XML parser reads in builtin_rules.xml: entities decoded, nothing escaped twice.
BOOST_AUTO_TEST_CASE(the_table_is_the_xml_as_a_parser_reads_it) {
  pugi::xml_document document;
  const auto file = test::source_dir() / "validator/rules/builtin_rules.xml";
  BOOST_REQUIRE(document.load_file(file.c_str()));
  const auto rules = rules::builtin_rules();
  std::size_t row = 0;
  for (const pugi::xml_node rule : document.child("rules").children("rule")) {
    BOOST_REQUIRE(row < rules.size());
    const rules::BuiltinRule& built = rules[row++];
    const std::string_view family = rule.attribute("family").value();
    BOOST_TEST_CONTEXT(rule.attribute("id").value()) {
      const RuleInfo read{
          rule.attribute("id").value(), parse_severity(rule.attribute("severity").value()).value(),
          rule.child_value("title"), rule.child_value("title-de"), rule.child_value("source")};
      BOOST_TEST((built.info == read));
      BOOST_TEST((built.stage == parse_stage(rule.attribute("stage").value())));
      BOOST_TEST(((built.family == rules::RuleFamily::kEngine) == (family == "engine")));
    }
  }
  BOOST_TEST(row == rules.size());
}

BOOST_AUTO_TEST_SUITE_END()
