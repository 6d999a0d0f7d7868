// xs:pattern facets matched by RE2: the translated patterns accept exactly what Xerces-C's own
// regex engine accepts (the DIN SPEC 91379 datatypes of the corpus and hand-picked XSD regex
// features, on generated strings), and schemas validate through it, fresh and after a grammar
// round trip, with Xerces-C's messages.
#include <boost/test/unit_test.hpp>

#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/regx/RegularExpression.hpp>

#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/test_paths.h"
#include "tests/support/thread_cpu_time.h"
#include "tests/unit/xml/facet_test_support.h"
#include "validator/xml/pattern_validator.h"
#include "validator/xml/schema_set.h"
#include "validator/xml/utf.h"
#include "validator/xml/xerces_platform.h"
#include "validator/xml/xml_reader.h"

using namespace konform;
using namespace konform::xml;

namespace {

/// Compares both engines on `texts`; returns how many matched.
int compare(const std::string& pattern, const std::vector<std::u16string>& texts) {
  const auto ours = compile_xsd_pattern(pattern);
  BOOST_REQUIRE_MESSAGE(ours, "not translated: " + pattern.substr(0, 80));
  const std::u16string pattern16 = to_utf16(pattern);
  xercesc::RegularExpression regex(pattern16.c_str(), u"X",
                                   xercesc::XMLPlatformUtils::fgMemoryManager);
  int matched = 0;
  for (const auto& text : texts) {
    const bool expected = regex.matches(text.c_str(), xercesc::XMLPlatformUtils::fgMemoryManager);
    const bool actual = RE2::FullMatch(to_utf8(text.c_str()), *ours);
    BOOST_TEST_CONTEXT(pattern.substr(0, 60) << " on '" << to_utf8(text.c_str()) << "'") {
      BOOST_TEST_REQUIRE(actual == expected);
    }
    matched += expected ? 1 : 0;
  }
  return matched;
}

/// Strings mostly made of `alphabet`, with now and then a character from anywhere (no lone
/// surrogates: XML text cannot hold them).
std::vector<std::u16string> generate(const std::u32string& alphabet, int count, unsigned seed) {
  std::mt19937 random(seed);
  std::vector<std::u16string> out;
  for (int n = 0; n < count; ++n) {
    std::u16string text;
    const int length = static_cast<int>(random() % 9);
    for (int i = 0; i < length; ++i) {
      char32_t c = alphabet[random() % alphabet.size()];
      if (random() % 16 == 0) c = static_cast<char32_t>(0x20 + random() % 0x2FE0);
      if (c >= 0x10000) {
        text += static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10));
        text += static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF));
      } else {
        text += static_cast<char16_t>(c);
      }
    }
    out.push_back(text);
  }
  return out;
}

const char* kPatternSchema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="urn:p" targetNamespace="urn:p" elementFormDefault="qualified">
  <xs:simpleType name="code"><xs:restriction base="xs:string">
    <xs:pattern value="[A-Z]{2}-[0-9]{3}"/><xs:pattern value="x$^"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="shortCode"><xs:restriction base="code">
    <xs:maxLength value="5"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="backtracking"><xs:restriction base="xs:string">
    <xs:pattern value="(a|a)*b"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="colour"><xs:restriction base="xs:string">
    <xs:enumeration value="rot"/><xs:enumeration value="blau"/></xs:restriction></xs:simpleType>
  <xs:element name="doc"><xs:complexType><xs:sequence>
    <xs:element name="code" type="code" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="short" type="shortCode" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="colour" type="colour" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="ab" type="backtracking" minOccurs="0"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>)";

std::vector<ReadError> validate_pattern_doc(const std::shared_ptr<const SchemaSet>& schema,
                                            const std::string& body) {
  return test::validate_doc(schema, "urn:p", body);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pattern_validator)

BOOST_AUTO_TEST_CASE(xsd_regex_features_match_as_in_xerces) {
  ensure_initialized();
  const std::u32string alphabet = U"aZ09-_.$^[]\\ \u00e4\u00df\u0308\U0001F600";
  const std::vector<std::string> patterns = {
      "[A-Z]{2}-[0-9]{3}", "a$b",          "^a",           "[^a-z]+",  "[a-z-[aeiou]]*",
      "(ab|a)(c|bcd)?",    ".{1,3}",       "[\\-\\[\\]]*", "\\s?\\S+", "[$^]+",
      "a?b*c{2,}",         "[\\^\\.]\\|x",
  };
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    compare(patterns[i], generate(alphabet, 3000, 17 + static_cast<unsigned>(i)));
  }
}

BOOST_AUTO_TEST_CASE(table_based_escapes_stay_with_xerces) {
  // Name characters and Unicode categories differ between the engines' tables at the edges.
  for (const char* pattern : {"\\i\\c*", "\\p{Lu}", "\\P{L}", "\\w", "\\d{5}", "[\\D]"}) {
    BOOST_TEST(!compile_xsd_pattern(pattern), pattern);
  }
  BOOST_TEST(compile_xsd_pattern("\\\\d"));  // an escaped backslash, then d
}

BOOST_AUTO_TEST_CASE(din_91379_datatypes_match_as_in_xerces) {
  ensure_initialized();
  // The XÖV datatypes for names and texts: unions of ranges and base + combining sequences.
  const auto file =
      test::corpus_dir() / "xbau/artifacts/xbau/2.6/specs/din-norm-91379-datatypes.xsd";
  std::ifstream in(file);
  BOOST_REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  const std::string xsd = text.str();
  const std::regex pattern_element("<xs:pattern value=\"([^\"]*)\"");
  int patterns = 0;
  for (auto it = std::sregex_iterator(xsd.begin(), xsd.end(), pattern_element);
       it != std::sregex_iterator(); ++it) {
    std::string pattern = (*it)[1].str();
    // The schema writes three characters as references.
    for (const auto& [reference, character] : {std::pair<std::string, std::string>{"&#x9;", "\t"},
                                               {"&#xA;", "\n"},
                                               {"&#xD;", "\r"},
                                               {"&amp;", "&"},
                                               {"&lt;", "<"},
                                               {"&gt;", ">"},
                                               {"&quot;", "\""},
                                               {"&apos;", "'"}}) {
      for (std::size_t at; (at = pattern.find(reference)) != std::string::npos;) {
        pattern.replace(at, reference.size(), character);
      }
    }
    // Letters of the datatypes, combining marks, and characters they exclude.
    const std::u32string alphabet =
        U"aZ 09'-.,~\u00c4\u00e4\u00df\u0141\u0308\u0327\u0104\u01b7\u1e9e\u0416\u03a9\u00a0"
        U"\u0080\u00ad\t\n\r\u2019\u20ac";
    const int matched = compare(pattern, generate(alphabet, 4000, 91379 + patterns));
    BOOST_TEST(matched > 100);
    ++patterns;
  }
  BOOST_TEST(patterns == 5);
}

BOOST_AUTO_TEST_CASE(schemas_validate_through_it_also_after_a_round_trip) {
  for (const auto& schema : test::compiled_and_restored("pattern-schema", kPatternSchema)) {
    BOOST_TEST(
        validate_pattern_doc(
            schema, "<code>AB-123</code><code>x$^</code><short>x$^</short><colour>rot</colour>")
            .empty());
    const auto bad = validate_pattern_doc(
        schema,
        "<code>ab-123</code><code>AB-1234</code><short>AB-123</short><colour>gelb</colour>");
    BOOST_REQUIRE_EQUAL(bad.size(), 4u);
    for (const auto& finding : bad) BOOST_TEST((finding.kind == ReadError::Kind::kNotSchemaValid));
    BOOST_TEST(bad[0].message.find("regular expression") != std::string::npos);
    BOOST_TEST(bad[2].message.find("length") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(a_large_enumeration_accepts_exactly_its_values_also_when_inherited) {
  // More values than a linear search is used for; `narrow` inherits them and adds a length.
  std::string values;
  for (int i = 0; i < 40; ++i) values += "<xs:enumeration value='c" + std::to_string(i) + "'/>";
  values += "<xs:enumeration value='a  b'/><xs:enumeration value=''/>";
  const std::string schema_text =
      R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="urn:p" targetNamespace="urn:p" elementFormDefault="qualified">
  <xs:simpleType name="listed"><xs:restriction base="xs:string">)" +
      values + R"(</xs:restriction></xs:simpleType>
  <xs:simpleType name="narrow"><xs:restriction base="listed">
    <xs:maxLength value="2"/></xs:restriction></xs:simpleType>
  <xs:element name="doc"><xs:complexType><xs:sequence>
    <xs:element name="listed" type="listed" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="narrow" type="narrow" minOccurs="0" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>)";
  for (const auto& schema : test::compiled_and_restored("enumeration-schema", schema_text)) {
    BOOST_TEST(validate_pattern_doc(schema,
                                    "<listed>c0</listed><listed>c39</listed><listed>a  b</listed>"
                                    "<listed></listed><narrow>c7</narrow>")
                   .empty());
    // Not enumerated: a prefix, a longer value, other white space, other case; too long for
    // `narrow` though enumerated; not enumerated in `narrow` either.
    const auto bad =
        validate_pattern_doc(schema,
                             "<listed>c</listed><listed>c40</listed><listed>a b</listed>"
                             "<listed>C1</listed><narrow>c10</narrow><narrow>x</narrow>");
    BOOST_REQUIRE_EQUAL(bad.size(), 6u);
    for (const auto& finding : bad) BOOST_TEST((finding.kind == ReadError::Kind::kNotSchemaValid));
  }
}

BOOST_AUTO_TEST_CASE(a_backtracking_pattern_stays_linear) {
  // Xerces-C's engine tries 2^32 ways to match (a|a)* here before it fails; RE2 reads the value
  // once. This is a denial of service that a schema (or a message against it) could cause.
  const auto schema = SchemaSet::compile_embedded(kPatternSchema, "p.xsd");
  const double start = konform::test::thread_cpu_seconds();
  const auto findings = validate_pattern_doc(schema, "<ab>" + std::string(32, 'a') + "</ab>");
  const double cpu_seconds = konform::test::thread_cpu_seconds() - start;
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings[0].message.find("regular expression") != std::string::npos);
  BOOST_TEST(cpu_seconds < 2.0);
}

BOOST_AUTO_TEST_SUITE_END()
