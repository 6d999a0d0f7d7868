// html_escape(): markup characters as references, line breaks normalised, characters HTML
// forbids (and invalid UTF-8) as U+FFFD, everything else byte for byte.
#include <boost/test/unit_test.hpp>

#include "reports/html_escape.h"

namespace konform::reports {
namespace {

BOOST_AUTO_TEST_SUITE(html_escape_suite)

BOOST_AUTO_TEST_CASE(markup_characters_become_references) {
  BOOST_TEST(html_escape("<a href=\"x\">Tom & Jerry's</a>") ==
             "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  BOOST_TEST(html_escape("&amp;") == "&amp;amp;");
}

BOOST_AUTO_TEST_CASE(text_outside_ascii_passes_unchanged) {
  BOOST_TEST(html_escape("\u00c4rger \u201eStra\u00dfe\u201c \U0001F600") ==
             "\u00c4rger \u201eStra\u00dfe\u201c \U0001F600");
}

BOOST_AUTO_TEST_CASE(line_breaks_are_normalised) {
  BOOST_TEST(html_escape("a\r\nb\rc\nd\te\ff") == "a\nb\nc\nd\te f");
}

BOOST_AUTO_TEST_CASE(forbidden_characters_become_replacement_characters) {
  using namespace std::string_literals;
  BOOST_TEST(html_escape("a"s + '\0' + "b") == "a\ufffdb");
  BOOST_TEST(html_escape("\x01\x1b\x7f") == "\ufffd\ufffd\ufffd");
  BOOST_TEST(html_escape("\xc2\x85") == "\ufffd");  // C1 control NEL
  BOOST_TEST(html_escape("\xef\xb7\x90 \xef\xbf\xbe \xf0\x9f\xbf\xbf") ==
             "\ufffd \ufffd \ufffd");  // U+FDD0, U+FFFE, U+1FFFF
  BOOST_TEST(html_escape("\xff\xc3(") == "\ufffd\ufffd(");
  BOOST_TEST(html_escape("\xed\xa0\x80") == "\ufffd\ufffd\ufffd");  // surrogate: 3 bad bytes
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
