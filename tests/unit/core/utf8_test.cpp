// UTF-8 decoding and encoding (core/utf8.h), the one implementation behind the renderers, XPath's
// string functions and the regex translator.
#include <boost/test/unit_test.hpp>

#include <string>

#include "validator/core/utf8.h"

using konform::decode_utf8;
using konform::to_code_points;
using konform::to_utf8;

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

BOOST_AUTO_TEST_SUITE_END()
