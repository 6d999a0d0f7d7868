// The base64Binary validator that replaces Xerces-C's: its lexical checks agree with Xerces-C's own
// decoder on every ASCII text (hand-picked edge cases and 200,000 generated ones), it rejects what
// Xerces-C wrongly accepts, and schemas validate through it, also after a grammar round trip.
#include <boost/test/unit_test.hpp>

#include <xercesc/util/Base64.hpp>
#include <xercesc/util/PlatformUtils.hpp>

#include <random>
#include <string>

#include "tests/support/base64_texts.h"
#include "tests/support/test_paths.h"
#include "tests/unit/xml/facet_test_support.h"
#include "validator/xml/base64_validator.h"
#include "validator/xml/schema_set.h"
#include "validator/xml/utf.h"
#include "validator/xml/xerces_platform.h"
#include "validator/xml/xml_reader.h"

using namespace konform;
using namespace konform::xml;

namespace {

long ours(const std::u16string& text) { return base64_decoded_length(text.c_str()); }

/// What Xerces-C's decoder says of `text` once whitespace-collapsed, as its validator asked it.
long xerces(const std::u16string& text) {
  std::u16string collapsed;
  bool space = false;
  for (const char16_t c : text) {
    if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
      space = !collapsed.empty();
      continue;
    }
    if (space) collapsed += u' ';
    space = false;
    collapsed += c;
  }
  if (collapsed.empty()) return 0;  // accepted before the decoder is asked
  return xercesc::Base64::getDataLength(
      collapsed.c_str(), xercesc::XMLPlatformUtils::fgMemoryManager, xercesc::Base64::Conf_Schema);
}

const char* kBase64Schema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="urn:b" targetNamespace="urn:b" elementFormDefault="qualified">
  <xs:simpleType name="short"><xs:restriction base="xs:base64Binary">
    <xs:maxLength value="3"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="spaced"><xs:restriction base="xs:base64Binary">
    <xs:pattern value="QU JD"/></xs:restriction></xs:simpleType>
  <xs:element name="doc"><xs:complexType><xs:sequence>
    <xs:element name="any" type="xs:base64Binary" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="spaced" type="spaced" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="fixed" type="xs:base64Binary" fixed="QU JD" minOccurs="0"/>
    <xs:element name="short" type="short" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="object" minOccurs="0"><xs:complexType><xs:simpleContent>
      <xs:extension base="xs:base64Binary"><xs:attribute name="mimeCode" type="xs:string"/>
      </xs:extension></xs:simpleContent></xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>)";

std::vector<ReadError> validate_base64_doc(const std::shared_ptr<const SchemaSet>& schema,
                                           const std::string& body) {
  return test::validate_doc(schema, "urn:b", body);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(base64_validator)

BOOST_AUTO_TEST_CASE(edge_cases_agree_with_xerces_decoder) {
  ensure_initialized();
  const char16_t* cases[] = {
      u"QQ==",
      u"QUI=",
      u"QUJD",
      u"QUJDRA==",
      u"Q Q = =",
      u"QUJD RA==",
      u"QR==",
      u"QUJ=",
      u"Q===",
      u"QQ=A",
      u"=QQQ",
      u"QQ",
      u"QUJDR",
      u" QQ==",
      u"QQ== ",
      u"QU  JD",
      u"QU\tJD",
      u"QUJD====",
      u"QQ==QUJD",
      u"a+/9",
      u"a-_9",
      u"AAAA AAAA",
      u"A",
      u"====",
      u"QUI==",
      // As attachments stand in a document: lines and indentation, which collapsing removes.
      u"QUJD\nRA==",
      u"\n  QUJD\r\n\tRA==\n  ",
      u" \n\t",
      u"QUJD\nRA=\n=",
      u"QUJD\n\nR\nA",
  };
  for (const char16_t* text : cases) {
    const std::u16string value(text);
    BOOST_TEST_CONTEXT(to_utf8(value.c_str())) { BOOST_TEST(ours(value) == xerces(value)); }
  }
}

BOOST_AUTO_TEST_CASE(generated_texts_agree_with_xerces_decoder) {
  ensure_initialized();
  // Mostly valid shapes with a few characters changed, so both outcomes are common.
  const std::u16string alphabet =
      u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const std::u16string noise = u"= =A/Q!";
  std::mt19937 random(20261127);
  int valid = 0;
  for (int round = 0; round < 200000; ++round) {
    std::u16string text;
    const int length = static_cast<int>(random() % 13);
    for (int i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
    for (int pad = static_cast<int>(random() % 3); pad > 0; --pad) text += u'=';
    for (int change = static_cast<int>(random() % 3); change > 0 && !text.empty(); --change) {
      text[random() % text.size()] = noise[random() % noise.size()];
    }
    if (text.empty()) continue;
    if (ours(text) >= 0) ++valid;
    BOOST_TEST_CONTEXT(to_utf8(text.c_str())) { BOOST_TEST_REQUIRE(ours(text) == xerces(text)); }
  }
  BOOST_TEST(valid > 10000);  // about 7 % of them
}

BOOST_AUTO_TEST_CASE(long_texts_agree_with_xerces_decoder) {
  ensure_initialized();
  // Attachments are read 16 characters at a time: lines longer than that, with line breaks,
  // indentation, padding and stray characters ('=' in the middle, non-ASCII) on every lane.
  std::mt19937 random(20261207);
  int valid = 0;
  for (int round = 0; round < 20000; ++round) {
    const int quads = 4 + static_cast<int>(random() % 30);
    const int line = 16 + static_cast<int>(random() % 16) * 4;
    const int pads = static_cast<int>(random() % 3);
    const int changes = static_cast<int>(random() % 2);
    const std::u16string text =
        test::attachment_text(random, quads, line, pads, changes, u"= \n\t!\u00c1");
    if (ours(text) >= 0) ++valid;
    BOOST_TEST_CONTEXT(to_utf8(text.c_str())) { BOOST_TEST_REQUIRE(ours(text) == xerces(text)); }
  }
  BOOST_TEST(valid > 3000);  // about 22 % of them
}

BOOST_AUTO_TEST_CASE(characters_above_ascii_are_not_base64) {
  ensure_initialized();
  // Xerces-C truncates U+0141 to 0x41 ('A') and accepts this; it is not base64.
  const std::u16string text = u"\u0141AAA";
  BOOST_TEST(xerces(text) == 3);
  BOOST_TEST(ours(text) == -1);
}

BOOST_AUTO_TEST_CASE(schemas_validate_through_it_also_after_a_round_trip) {
  for (const auto& schema : test::compiled_and_restored("base64-schema", kBase64Schema)) {
    BOOST_TEST(
        validate_base64_doc(schema, "<any>QUJD</any><short>QUI=</short><object>QQ==</object>")
            .empty());
    // The third: Xerces-C's own class would read "Ł" as "A"; the restricted type read back from
    // the serialized grammar must be konform's class too.
    const auto bad = validate_base64_doc(
        schema,
        "<any>QUJ</any><short>QUJDRA==</short><short>\u0141UJD</short><object>Q=Q=</object>");
    BOOST_REQUIRE_EQUAL(bad.size(), 4u);
    for (const auto& finding : bad) BOOST_TEST((finding.kind == ReadError::Kind::kNotSchemaValid));
  }
}

BOOST_AUTO_TEST_CASE(attachments_are_checked_as_they_stand_with_the_collapsed_value) {
  // The validator checks the text uncollapsed; patterns and fixed values still see it collapsed.
  std::string lines;
  for (int line = 0; line < 40; ++line) lines += "\n      " + std::string(76, 'Q');
  for (const auto& schema : test::compiled_and_restored("base64-schema", kBase64Schema)) {
    const std::string good = "<any>" + lines + "\n    </any><spaced>\n QU\n\t JD </spaced>" +
                             "<fixed> QU\nJD\n</fixed><short>\n Q\tU\r\nI=\n</short>" +
                             "<object>\n</object>";
    BOOST_TEST(validate_base64_doc(schema, good).empty());
    // A stray character after the lines, a pattern and a fixed value not met, a length over 3.
    const std::string bad = "<any>" + lines + "\n    Q!QQ</any><spaced>QUJD</spaced>" +
                            "<fixed>QUJDRA==</fixed><short>QU\nJD\nRA==</short>";
    const auto findings = validate_base64_doc(schema, bad);
    BOOST_REQUIRE_EQUAL(findings.size(), 4u);
    for (const auto& finding : findings)
      BOOST_TEST((finding.kind == ReadError::Kind::kNotSchemaValid));
  }
}

BOOST_AUTO_TEST_SUITE_END()
