// The xs:anyURI validator that remembers the values that passed: it agrees with Xerces-C's own
// validator on hand-picked and 20,000 generated texts, asked once and asked again, and a value it
// remembers is still held to the facets of the type it is checked against.
#include <boost/test/unit_test.hpp>

#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/validators/datatype/AnyURIDatatypeValidator.hpp>
#include <xercesc/validators/datatype/DatatypeValidatorFactory.hpp>
#include <xercesc/validators/datatype/InvalidDatatypeValueException.hpp>
#include <xercesc/validators/schema/SchemaSymbols.hpp>

#include <random>
#include <string>

#include "tests/unit/xml/facet_test_support.h"
#include "validator/xml/builtin_registry.h"
#include "validator/xml/utf.h"
#include "validator/xml/xerces_platform.h"

using namespace konform;
using namespace konform::xml;

namespace {

bool passes(xercesc::DatatypeValidator& validator, const std::u16string& text) {
  try {
    validator.validate(text.c_str(), nullptr, xercesc::XMLPlatformUtils::fgMemoryManager);
    return true;
  } catch (const xercesc::InvalidDatatypeValueException&) {
    return false;
  }
}

/// Xerces-C's own verdict, from a validator of its own class (konform's is in the registry).
bool xerces_passes(const std::u16string& text) {
  static xercesc::AnyURIDatatypeValidator plain(xercesc::XMLPlatformUtils::fgMemoryManager);
  return passes(plain, text);
}

bool ours_passes(const std::u16string& text) {
  auto* registered = BuiltInRegistry::get()->get(xercesc::SchemaSymbols::fgDT_ANYURI);
  return passes(*registered, text);
}

const char* kAnyUriSchema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="urn:u" targetNamespace="urn:u" elementFormDefault="qualified">
  <xs:simpleType name="short"><xs:restriction base="xs:anyURI">
    <xs:maxLength value="10"/></xs:restriction></xs:simpleType>
  <xs:element name="doc"><xs:complexType><xs:sequence>
    <xs:element name="code" minOccurs="0" maxOccurs="unbounded"><xs:complexType>
      <xs:attribute name="listURI" type="xs:anyURI"/>
      <xs:attribute name="shortURI" type="short"/>
    </xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>)";

}  // namespace

BOOST_AUTO_TEST_SUITE(any_uri_validator)

BOOST_AUTO_TEST_CASE(edge_cases_agree_with_xerces_asked_once_and_again) {
  ensure_initialized();
  const char16_t* cases[] = {
      u"urn:xoev-de:xschule:codeliste:schulform",
      u"http://example.org/a b",
      u"http://[::1]/",
      u"http://[::1/",
      u"%zz",
      u"%41",
      u"a#b#c",
      u"#",
      u"",
      u"http://a:b@c:99/d?e#f",
      u"mailto:x@y",
      u"\u00e4/\u00f6",
      u"a\\b",
      u"http://exa mple.org",
      u"1a:b",
      u"::",
      u"http://a/%",
      u"a|b",
      u"{x}",
      u"urn:a:b:c?+=",
      u"//host/path",
  };
  for (int round = 0; round < 2; ++round) {
    for (const char16_t* text : cases) {
      const std::u16string value(text);
      BOOST_TEST_CONTEXT(to_utf8(value.c_str()) << " round " << round) {
        BOOST_TEST(ours_passes(value) == xerces_passes(value));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(generated_texts_agree_with_xerces_asked_once_and_again) {
  ensure_initialized();
  const std::u16string alphabet = u"abz09:/?#[]@!$&'()*+,;=%-._~ \\|{}^`\"<>\u00e4";
  std::mt19937 random(20261127);
  std::vector<std::u16string> texts;
  for (int i = 0; i < 10000; ++i) {
    std::u16string text = random() % 2 ? u"http://" : u"";
    const int length = static_cast<int>(random() % 12);
    for (int k = 0; k < length; ++k) text += alphabet[random() % alphabet.size()];
    texts.push_back(text);
  }
  int valid = 0;
  for (int round = 0; round < 2; ++round) {
    for (const auto& text : texts) {
      const bool expected = xerces_passes(text);
      valid += expected ? 1 : 0;
      BOOST_TEST_CONTEXT(to_utf8(text.c_str())) {
        BOOST_TEST_REQUIRE(ours_passes(text) == expected);
      }
    }
  }
  BOOST_TEST(valid > 2000);  // both outcomes are common
  BOOST_TEST(valid < 18000);
}

BOOST_AUTO_TEST_CASE(a_remembered_value_still_meets_the_facets_of_its_type) {
  for (const auto& schema : test::compiled_and_restored("any-uri-schema", kAnyUriSchema)) {
    // The first code makes the long URI known as valid; as a `short` it is still too long.
    const auto findings = test::validate_doc(schema, "urn:u",
                                             "<code listURI='urn:a:long:list'/>"
                                             "<code shortURI='urn:a:long:list'/>"
                                             "<code shortURI='urn:a:b'/>");
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings[0].location.line == 1);
  }
}

BOOST_AUTO_TEST_CASE(an_invalid_value_is_reported_every_time_it_occurs) {
  for (const auto& schema : test::compiled_and_restored("any-uri-repeat", kAnyUriSchema)) {
    const auto findings =
        test::validate_doc(schema, "urn:u",
                           "<code listURI='http://[::1'/><code listURI='urn:ok'/>"
                           "<code listURI='http://[::1'/><code listURI='urn:ok'/>");
    BOOST_REQUIRE_EQUAL(findings.size(), 2u);
    for (const auto& finding : findings)
      BOOST_TEST((finding.kind == ReadError::Kind::kNotSchemaValid));
  }
}

BOOST_AUTO_TEST_SUITE_END()
