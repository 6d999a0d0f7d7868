#include <boost/test/unit_test.hpp>

#include <string>

#include "validator/servicedef/yaml_tree.h"

using namespace konform::servicedef;

BOOST_AUTO_TEST_SUITE(yaml_tree)

BOOST_AUTO_TEST_CASE(plain_scalars_get_their_yaml_1_2_core_schema_type) {
  const std::pair<const char*, const char*> cases[] = {
      {"", "null"},          {"~", "null"},     {"null", "null"}, {"NULL", "null"},
      {"true", "bool"},      {"False", "bool"}, {"yes", "str"},   {"0", "int"},
      {"-12", "int"},        {"+3", "int"},     {"0o17", "int"},  {"0x1F", "int"},
      {"0.4", "float"},      {"1e3", "float"},  {".5", "float"},  {"-.inf", "float"},
      {".nan", "float"},     {"1.", "float"},   {"1e", "str"},    {"0.7.0", "str"},
      {"2023-05-01", "str"}, {"1_000", "str"},  {"v1", "str"},    {".", "str"}};
  for (const auto& [text, type] : cases) {
    BOOST_TEST_CONTEXT(text) { BOOST_TEST(std::string(core_schema_type(text)) == type); }
  }
}

BOOST_AUTO_TEST_CASE(keys_and_values_keep_one_based_positions_and_quoting_makes_strings) {
  const auto doc = read_yaml("a: 0.4\nb: \"0.4\"\nlist:\n  - x\n  - {k: 1}\n");
  BOOST_REQUIRE(doc.root);
  BOOST_TEST(doc.problems.empty());
  const auto& root = *doc.root;
  BOOST_REQUIRE_EQUAL(root.entries.size(), 3u);
  BOOST_TEST(root.entries[1].key == "b");
  BOOST_TEST(root.entries[1].position.line == 2);
  BOOST_TEST(root.entries[1].position.column == 1);
  BOOST_TEST(root.find("a")->type == "float");
  BOOST_TEST(root.find("b")->type == "str");
  const YamlNode* list = root.find("list");
  BOOST_REQUIRE(list);
  BOOST_REQUIRE_EQUAL(list->items.size(), 2u);
  BOOST_TEST(list->items[0]->position.line == 4);
  BOOST_TEST(list->items[0]->position.column == 5);
  BOOST_TEST(list->items[1]->find("k")->type == "int");
}

BOOST_AUTO_TEST_CASE(a_syntax_error_is_located_and_leaves_no_tree) {
  const auto doc = read_yaml("a: [1, 2\nb: c\n");
  BOOST_TEST(!doc.root);
  BOOST_REQUIRE_EQUAL(doc.problems.size(), 1u);
  BOOST_TEST(doc.problems[0].message.find("YAML syntax error") == 0u);
  BOOST_TEST(doc.problems[0].position.line == 2);
}

BOOST_AUTO_TEST_CASE(duplicate_keys_are_reported_and_the_first_value_wins) {
  const auto doc = read_yaml("a: 1\nb: 2\na: 3\n");
  BOOST_REQUIRE(doc.root);
  BOOST_REQUIRE_EQUAL(doc.problems.size(), 1u);
  BOOST_TEST(doc.problems[0].position.line == 3);
  BOOST_TEST(doc.problems[0].message.find("duplicate key 'a'") != std::string::npos);
  BOOST_TEST(doc.root->entries.size() == 2u);
  BOOST_TEST(doc.root->find("a")->value == "1");
}

BOOST_AUTO_TEST_CASE(aliases_are_refused_so_nothing_expands) {
  // The classic "billion laughs" shape: each level doubles the one before.
  std::string yaml = "a0: &a0 [x, x]\n";
  for (int i = 1; i < 30; ++i) {
    yaml += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" + std::to_string(i - 1) +
            ", *a" + std::to_string(i - 1) + "]\n";
  }
  const auto doc = read_yaml(yaml);
  BOOST_REQUIRE(doc.root);
  BOOST_TEST(doc.problems.size() == 58u);  // two aliases per level, each reported
  BOOST_TEST(doc.problems[0].message.find("aliases") != std::string::npos);
  BOOST_TEST(doc.root->find("a29")->items.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_second_document_is_reported_not_read) {
  const auto doc = read_yaml("a: 1\n---\nb: 2\n");
  BOOST_REQUIRE(doc.root);
  BOOST_REQUIRE_EQUAL(doc.problems.size(), 1u);
  BOOST_TEST(doc.problems[0].message.find("more than one YAML document") != std::string::npos);
  BOOST_TEST(doc.root->find("b") == nullptr);
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_refused_before_the_recursive_parser_sees_it) {
  const std::string flow(100000, '[');
  const auto doc = read_yaml("a: " + flow);
  BOOST_TEST(!doc.root);
  BOOST_REQUIRE_EQUAL(doc.problems.size(), 1u);
  BOOST_TEST(doc.problems[0].message.find("nesting deeper") != std::string::npos);
  std::string dashes;
  for (int i = 0; i < 50000; ++i) dashes += "- ";
  BOOST_TEST(!read_yaml(dashes + "x\n").root);
}

BOOST_AUTO_TEST_CASE(nesting_beyond_the_tree_limit_is_reported) {
  std::string yaml = "a: ";
  for (int i = 0; i < 70; ++i) yaml += "[";
  for (int i = 0; i < 70; ++i) yaml += "]";
  const auto doc = read_yaml(yaml);
  BOOST_REQUIRE(doc.root);
  BOOST_REQUIRE_EQUAL(doc.problems.size(), 1u);
  BOOST_TEST(doc.problems[0].message.find("deeper than 64") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_collection_as_key_is_refused) {
  const auto doc = read_yaml("? [a, b]\n: 1\nc: 2\n");
  BOOST_REQUIRE(doc.root);
  BOOST_REQUIRE_EQUAL(doc.problems.size(), 1u);
  BOOST_TEST(doc.root->entries.size() == 1u);
  BOOST_TEST(doc.root->entries[0].key == "c");
}

BOOST_AUTO_TEST_SUITE_END()
