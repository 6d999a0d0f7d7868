// UTF-8 decoding and encoding and the UTF-16 conversions (core/utf8.h), the one implementation
// behind the renderers, XPath's string functions, the regex translator and the XML reader.
#include <boost/test/unit_test.hpp>

#include <string>

#include "validator/core/utf8.h"

using konform::decode_utf8;
using konform::to_code_points;
using konform::to_utf16;
using konform::to_utf8;
using konform::write_utf8;

namespace {

std::string utf8_of(std::u16string_view utf16) {
  std::string out(3 * utf16.size(), '\0');
  out.resize(static_cast<std::size_t>(write_utf8(utf16, out.data()) - out.data()));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(utf8)

BOOST_AUTO_TEST_CASE(code_points_of_german_and_din_91379_text_round_trip) {
  // "Grüße" with ß, a DIN 91379 letter (ḑ, U+1E11) and one beyond the BMP (𝔸, U+1D538).
  const std::string text =
      "Gr\xC3\xBC\xC3\x9F"
      "e \xE1\xB8\x91 \xF0\x9D\x94\xB8";
  const std::u32string code_points = to_code_points(text);
  BOOST_TEST(code_points.size() == 9u);
  BOOST_TEST(static_cast<unsigned>(code_points[2]) == 0xFCu);
  BOOST_TEST(static_cast<unsigned>(code_points[6]) == 0x1E11u);
  BOOST_TEST(static_cast<unsigned>(code_points[8]) == 0x1D538u);
  BOOST_TEST(to_utf8(code_points) == text);
}

BOOST_AUTO_TEST_CASE(invalid_bytes_decode_as_one_replacement_character_each) {
  // A lone continuation byte, a truncated sequence, an overlong '/', an encoded surrogate.
  for (const std::string bad : {"\x80", "\xC3", "\xC0\xAF", "\xED\xA0\x80"}) {
    const std::u32string code_points = to_code_points(bad);
    BOOST_TEST(code_points.size() == bad.size());
    for (char32_t code_point : code_points)
      BOOST_TEST(static_cast<unsigned>(code_point) == 0xFFFDu);
  }
  BOOST_TEST(!decode_utf8("\xC3", 0).valid);
}

BOOST_AUTO_TEST_CASE(utf16_of_german_and_din_91379_text_round_trips) {
  // "Ärger" with Ä, ẞ (U+1E9E), ǅ (U+01C5), A + combining diaeresis, 𝔸 (U+1D538, a pair).
  const std::string text = "\xC3\x84rger \xE1\xBA\x9E \xC7\x85 A\xCC\x88 \xF0\x9D\x94\xB8";
  const std::u16string utf16 = to_utf16(text);
  const std::u16string expected = u"\u00C4rger \u1E9E \u01C5 A\u0308 \U0001D538";
  BOOST_TEST((utf16 == expected));  // parenthesised: Boost.Test cannot print u16string
  BOOST_TEST(utf8_of(utf16) == text);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_becomes_one_replacement_unit_per_byte_in_utf16) {
  // As in to_code_points(): an overlong '/' must not turn into a '/', an encoded surrogate not
  // into a lone surrogate, a sequence beyond U+10FFFF not into anything but replacements.
  for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xC3"}) {
    BOOST_TEST_CONTEXT("byte count " << bad.size()) {
      BOOST_TEST((to_utf16(bad) == std::u16string(bad.size(), u'\uFFFD')));
    }
  }
}

BOOST_AUTO_TEST_CASE(lone_surrogates_in_utf16_become_the_replacement_character) {
  const std::u16string high_then_text = {char16_t(0xD834), u'c'};
  const std::u16string low_alone = {u'a', char16_t(0xDD1E)};
  BOOST_TEST(utf8_of(high_then_text) ==
             "\xEF\xBF\xBD"
             "c");
  BOOST_TEST(utf8_of(low_alone) == "a\xEF\xBF\xBD");
  // Past the eight-unit ASCII fast path, too.
  BOOST_TEST(utf8_of(u"Rechnung-Nr. \u00E4") == "Rechnung-Nr. \xC3\xA4");
}

BOOST_AUTO_TEST_CASE(one_unit_above_ascii_anywhere_in_a_long_ascii_text) {
  // ASCII is converted sixteen and eight units at a time: a unit above U+007F (also one whose low
  // byte is ASCII) is found in every lane of every block and in the tail.
  for (const char16_t other : {u'\u0080', u'\u00E4', u'\u0100', u'\u0141', u'\u8041', u'\uFF21'}) {
    for (std::size_t at = 0; at < 41; ++at) {
      std::u16string utf16(41, u'a');
      std::u32string code_points(41, U'a');
      utf16[at] = other;
      code_points[at] = other;
      BOOST_TEST_CONTEXT("unit " << static_cast<unsigned>(other) << " at " << at) {
        BOOST_TEST(utf8_of(utf16) == to_utf8(code_points));
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
