#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "tests/support/test_paths.h"
#include "validator/xml/catalog.h"
#include "validator/xml/schema_code_lists.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::xml;

namespace {

const SchemaCodeList* find(const SchemaCodeLists& lists, std::string_view local) {
  for (const auto& binding : lists.bindings) {
    if (binding.local_name == local) return &binding;
  }
  return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xml_schema_code_lists)

BOOST_AUTO_TEST_CASE(the_example_schema_fixes_the_legal_form_list) {
  const fs::path profile = test::source_dir() / "profiles/de/sn/musterstadt";
  ResourcePolicy policy({profile}, {Catalog::load(profile / "catalog.xml")});
  auto schemas = SchemaSet::compile(profile / "xsd/xdemo-gewerbe.xsd", policy);
  auto lists = code_lists_fixed_by_schema(*schemas);
  const SchemaCodeList* legal_form = find(lists, "rechtsform");
  BOOST_REQUIRE(legal_form != nullptr);
  BOOST_TEST(legal_form->namespace_uri == "urn:xoev-de:musterstadt:standard:xdemo-gewerbe:1.0");
  BOOST_TEST(legal_form->list_uri == "urn:xoev-de:musterstadt:codeliste:rechtsform");
  BOOST_TEST(legal_form->list_version.empty());  // code type 3: the sender names the version
  BOOST_TEST(lists.bindings.size() == 1u);
}

BOOST_AUTO_TEST_CASE(xbau_code_types_1_to_3_are_read_from_the_grammar) {
  const fs::path corpus = test::corpus_dir();
  ResourcePolicy policy({corpus}, {Catalog::load(corpus / "catalog.xml")});
  auto schemas = SchemaSet::compile(
      corpus / "xbau/artifacts/xbau/2.6/specs/xbau-nachrichten-baugenehmigung.xsd", policy);
  auto lists = code_lists_fixed_by_schema(*schemas);
  BOOST_TEST_MESSAGE("bindings: " << lists.bindings.size()
                                  << ", ambiguous names: " << lists.ambiguous.size());
  BOOST_TEST(lists.bindings.size() >= 50u);
  // Every binding names a list; a fixed version only comes with a fixed list (types 1 and 2).
  for (const auto& binding : lists.bindings) {
    BOOST_TEST(!binding.list_uri.empty());
    BOOST_TEST(binding.list_uri.starts_with("urn:"), binding.list_uri);
  }
  const bool has_fixed_version =
      std::any_of(lists.bindings.begin(), lists.bindings.end(),
                  [](const SchemaCodeList& b) { return !b.list_version.empty(); });
  BOOST_TEST(has_fixed_version);
  const bool reads_code_column =
      std::any_of(lists.bindings.begin(), lists.bindings.end(),
                  [](const SchemaCodeList& b) { return b.code_column == "code"; });
  BOOST_TEST(reads_code_column);
}

BOOST_AUTO_TEST_SUITE_END()
