#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "tests/support/files.h"
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
  auto lists = code_lists_named_by_schema(*schemas);
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
  auto lists = code_lists_named_by_schema(*schemas);
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

// XÖV code types 3 and 4 may name their list and version as default values rather than fixed
// ones: a message that omits the attributes means those, so the list is as much in use (and as
// much missing from a profile that lacks it) as a fixed one.
BOOST_AUTO_TEST_CASE(default_list_attributes_name_the_list_as_fixed_ones_do) {
  const fs::path dir = test::output_dir("schema-code-lists-default");
  test::write_text(dir / "codes.xsd", R"(<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:codes"
           xmlns="urn:test:codes" elementFormDefault="qualified">
  <xs:complexType name="Code.Staat">
    <xs:sequence><xs:element name="code" type="xs:token" form="unqualified"/></xs:sequence>
    <xs:attribute name="listURI" type="xs:anyURI" default="urn:test:codeliste:staat"/>
    <xs:attribute name="listVersionID" type="xs:normalizedString" default="2024-01"/>
  </xs:complexType>
  <xs:complexType name="Code.Offen">
    <xs:sequence><xs:element name="code" type="xs:token" form="unqualified"/></xs:sequence>
    <xs:attribute name="listURI" type="xs:anyURI" use="required"/>
    <xs:attribute name="listVersionID" type="xs:normalizedString" use="required"/>
  </xs:complexType>
  <xs:element name="antrag">
    <xs:complexType><xs:sequence>
      <xs:element name="staat" type="Code.Staat"/>
      <xs:element name="sonstiges" type="Code.Offen"/>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>
)");
  ResourcePolicy policy({dir}, {});
  auto lists = code_lists_named_by_schema(*SchemaSet::compile(dir / "codes.xsd", policy));
  const SchemaCodeList* state = find(lists, "staat");
  BOOST_REQUIRE(state != nullptr);
  BOOST_TEST(state->list_uri == "urn:test:codeliste:staat");
  BOOST_TEST(state->list_version == "2024-01");
  BOOST_TEST(find(lists, "sonstiges") == nullptr);  // nothing named: the message must say
  BOOST_TEST(lists.bindings.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
