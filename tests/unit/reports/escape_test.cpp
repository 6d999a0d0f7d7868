// The escaping functions each format relies on, including hostile and invalid input.
#include <boost/test/unit_test.hpp>

#include "reports/escape.h"
#include "reports/wording.h"
#include "validator/core/utf8.h"

namespace konform::reports {
namespace {

BOOST_AUTO_TEST_SUITE(escape)

BOOST_AUTO_TEST_CASE(github_data_escapes_percent_and_line_breaks_only) {
  BOOST_TEST(github_escape_data("100% a:b,c\r\nd") == "100%25 a:b,c%0D%0Ad");
  BOOST_TEST(github_escape_data("%0A") == "%250A");  // no double decoding possible
}

BOOST_AUTO_TEST_CASE(github_property_also_escapes_colon_and_comma) {
  BOOST_TEST(github_escape_property("in/a:b,c%.xml\n") == "in/a%3Ab%2Cc%25.xml%0A");
}

BOOST_AUTO_TEST_CASE(markdown_escapes_table_breakers_and_markup) {
  BOOST_TEST(markdown_escape("a|b<c>&d") == "a\\|b&lt;c&gt;&amp;d");
  BOOST_TEST(markdown_escape("*_`[x]~\\") == "\\*\\_\\`\\[x\\]\\~\\\\");
  BOOST_TEST(markdown_escape("one\r\ntwo\nthree\rfour") == "one<br>two<br>three<br>four");
  BOOST_TEST(markdown_escape("Stra\u00dfe") == "Stra\u00dfe");
}

BOOST_AUTO_TEST_CASE(uri_path_percent_encodes_what_a_uri_cannot_hold) {
  BOOST_TEST(uri_escape_path("in/a b.xml") == "in/a%20b.xml");
  BOOST_TEST(uri_escape_path("C:/x#y?z%") == "C%3A/x%23y%3Fz%25");
  BOOST_TEST(uri_escape_path("M\u00fcller.xml") == "M%C3%BCller.xml");
  BOOST_TEST(uri_escape_path("a&b,c;d=e") == "a&b,c;d=e");
}

BOOST_AUTO_TEST_CASE(terminal_safe_neutralises_controls) {
  BOOST_TEST(terminal_safe("a\tb") == "a\tb");
  BOOST_TEST(terminal_safe("\x1b]0;title\x07") == "\uFFFD]0;title\uFFFD");
  BOOST_TEST(terminal_safe("\u009b2J\x7f") == "\uFFFD2J\uFFFD");  // C1 CSI, DEL
  BOOST_TEST(terminal_safe("\u00e4") == "\u00e4");
}

BOOST_AUTO_TEST_CASE(utf8_round_trip) {
  for (const char32_t c : {U'a', U'\u00e4', U'\u20ac', U'\U0010FFFF'}) {
    std::string encoded;
    append_utf8(encoded, c);
    const DecodedChar decoded = decode_utf8(encoded, 0);
    BOOST_TEST(decoded.valid);
    BOOST_TEST(static_cast<unsigned>(decoded.code_point) == static_cast<unsigned>(c));
    BOOST_TEST(decoded.length == encoded.size());
  }
  BOOST_TEST(!decode_utf8("\xF4\x90\x80\x80", 0).valid);  // beyond U+10FFFF
}

BOOST_AUTO_TEST_CASE(location_text_like_a_compiler) {
  BOOST_TEST(location_text("f.xml", {0, 0, ""}) == "f.xml");
  BOOST_TEST(location_text("f.xml", {0, 9, ""}) == "f.xml");
  BOOST_TEST(location_text("f.xml", {3, 0, ""}) == "f.xml:3");
  BOOST_TEST(location_text("f.xml", {3, 9, ""}) == "f.xml:3:9");
}

BOOST_AUTO_TEST_CASE(counted_pluralises) {
  BOOST_TEST(counted(0, "info") == "0 infos");
  BOOST_TEST(counted(1, "error") == "1 error");
  BOOST_TEST(counted(2, "warning") == "2 warnings");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
