// xs:base64Binary's lexical space (XML Schema 1.0 Part 2 §3.2.16 with erratum E2-54), the one
// check that the XSD validator (UTF-16) and XPath casts (UTF-8) share.
#include <boost/test/unit_test.hpp>

#include <string>

#include "validator/xsdtypes/base64.h"

using konform::xsdtypes::base64_decoded_length;

namespace {

long utf8_length(const std::string& text) {
  return base64_decoded_length(text.data(), text.data() + text.size());
}

long utf16_length(const std::u16string& text) {
  return base64_decoded_length(text.data(), text.data() + text.size());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xsdtypes_base64)

BOOST_AUTO_TEST_CASE(lengths_of_lexical_forms) {
  BOOST_TEST(utf8_length("SGVsbG8=") == 5);
  BOOST_TEST(utf8_length("SGVsbG8h") == 6);
  BOOST_TEST(utf8_length("YQ==") == 1);
  BOOST_TEST(utf8_length("SGVs bG8=") == 5);  // single spaces between characters
  BOOST_TEST(utf8_length("Y Q = =") == 1);    // also inside the padding quad
  BOOST_TEST(utf16_length(u"SGVsbG8=") == 5);
}

BOOST_AUTO_TEST_CASE(what_is_not_a_lexical_form) {
  for (const char* bad : {"", " YQ==", "YQ== ", "SGVs  bG8=", "YR==", "YWJ=", "SGVsbG8",
                          "SG=sbG8=", "Y===", "YQ=a", "YQ-_", "\xc5\x81QQ="}) {
    BOOST_TEST(utf8_length(bad) == -1, "'" << bad << "'");
  }
  // Xerces-C truncated characters above U+007F to bytes, so "ŁQQ=" passed as "AQQ=".
  BOOST_TEST(utf16_length(u"\u0141QQ=") == -1);
  BOOST_TEST(utf16_length(u"YR==") == -1);
}

BOOST_AUTO_TEST_CASE(one_stray_character_anywhere_in_a_long_text) {
  // Long runs are tested many characters at a time: a stray character is refused wherever it
  // falls in a block, also one just outside a range, and a UTF-16 unit whose low byte is 'A'.
  const std::string valid(64, 'A');
  const std::u16string valid16(64, u'A');
  BOOST_TEST(utf8_length(valid) == 48);
  BOOST_TEST(utf16_length(valid16) == 48);
  for (std::size_t at = 0; at < valid.size(); ++at) {
    for (const char stray : {'@', '[', '`', '{', '.', ':', '*', ',', '\x80', '\0'}) {
      std::string text = valid;
      text[at] = stray;
      BOOST_TEST(utf8_length(text) == -1, "byte " << int(stray) << " at " << at);
      std::u16string text16 = valid16;
      text16[at] = static_cast<unsigned char>(stray);
      BOOST_TEST(utf16_length(text16) == -1, "unit " << int(stray) << " at " << at);
    }
    for (const char16_t stray : {u'\u0141', u'\u8041', u'\uFF41'}) {
      std::u16string text16 = valid16;
      text16[at] = stray;
      BOOST_TEST(utf16_length(text16) == -1, "unit " << int(stray) << " at " << at);
    }
  }
  // Every base64 character passes in every lane, and the length counts them all.
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  BOOST_TEST(utf8_length(alphabet + alphabet.substr(1) + "A") == 96);
  BOOST_TEST(utf16_length(std::u16string(alphabet.begin(), alphabet.end())) == 48);
  BOOST_TEST(utf8_length(valid + " " + valid.substr(0, 36) + "Q Q==") == 76);
}

BOOST_AUTO_TEST_SUITE_END()
