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

BOOST_AUTO_TEST_SUITE_END()
