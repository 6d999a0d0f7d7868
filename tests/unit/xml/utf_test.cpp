#include <boost/test/unit_test.hpp>

#include <string>

#include "validator/xml/utf.h"

using namespace konform::xml;

namespace {

std::string utf8_of(const std::u16string& text, std::string out = "") {
  append_utf8(text.data(), text.size(), out);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xml_utf)

BOOST_AUTO_TEST_CASE(ascii_and_every_utf8_length_are_encoded) {
  BOOST_TEST(utf8_of(u"") == "");
  BOOST_TEST(utf8_of(u"Rechnung") == "Rechnung");
  BOOST_TEST(utf8_of(u"Stra\u00dfe") ==
             "Stra\xc3\x9f"
             "e");                                             // 2 bytes
  BOOST_TEST(utf8_of(u"\u20ac 12") == "\xe2\x82\xac 12");      // 3 bytes
  BOOST_TEST(utf8_of(u"\U0001D11E!") == "\xf0\x9d\x84\x9e!");  // a surrogate pair: 4 bytes
  BOOST_TEST(utf8_of(u"\uffff") == "\xef\xbf\xbf");            // the largest BMP unit
}

BOOST_AUTO_TEST_CASE(appends_to_what_is_there) {
  BOOST_TEST(utf8_of(u"\u00e4b", "xy") ==
             "xy\xc3\xa4"
             "b");
}

BOOST_AUTO_TEST_CASE(lone_surrogates_become_the_replacement_character) {
  const std::u16string high_at_end = {u'a', char16_t(0xD834)};
  const std::u16string low_alone = {char16_t(0xDD1E), u'b'};
  const std::u16string high_then_text = {char16_t(0xD834), u'c'};
  BOOST_TEST(utf8_of(high_at_end) == "a\xef\xbf\xbd");
  BOOST_TEST(utf8_of(low_alone) ==
             "\xef\xbf\xbd"
             "b");
  BOOST_TEST(utf8_of(high_then_text) ==
             "\xef\xbf\xbd"
             "c");
}

BOOST_AUTO_TEST_CASE(long_mixed_text_survives_a_round_trip) {
  std::u16string text;
  for (int i = 0; i < 2000; ++i) {
    text += u"Gr\u00fc\u00dfe \u20ac";
    text += u"\U0001F600";
    text += static_cast<char16_t>(u'A' + i % 26);
  }
  const std::string utf8 = utf8_of(text);
  BOOST_TEST(
      (konform::to_utf16(utf8) == text));  // parenthesised: Boost.Test cannot print u16string
  // Exact size: per round 5 ASCII bytes, ü and ß (2 each), € (3) and the emoji (4).
  BOOST_TEST(utf8.size() == 2000u * (5 + 2 + 2 + 3 + 4));
}

BOOST_AUTO_TEST_SUITE_END()
