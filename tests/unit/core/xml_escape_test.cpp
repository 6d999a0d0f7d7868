// xml_escape (core/xml_escape.h): the escaping behind XmlWriter, including hostile and invalid
// input, and the markup entities the HTML and Markdown escapers share.
#include <boost/test/unit_test.hpp>

#include <string>

#include "validator/core/xml_escape.h"

namespace konform {
namespace {

BOOST_AUTO_TEST_SUITE(xml_escaping)

BOOST_AUTO_TEST_CASE(markup_entity_spells_only_the_three_markup_characters) {
  BOOST_TEST(markup_entity('&') == "&amp;");
  BOOST_TEST(markup_entity('<') == "&lt;");
  BOOST_TEST(markup_entity('>') == "&gt;");
  BOOST_TEST(markup_entity('"').empty());
  BOOST_TEST(markup_entity(U'\u00e4').empty());
}

BOOST_AUTO_TEST_CASE(xml_text_escapes_markup_and_keeps_quotes) {
  BOOST_TEST(xml_escape_text("a<b>&\"'\n\t") == "a&lt;b&gt;&amp;\"'\n\t");
  BOOST_TEST(xml_escape_text("cr\r") == "cr&#13;");
}

BOOST_AUTO_TEST_CASE(xml_attribute_escapes_quotes_and_whitespace) {
  BOOST_TEST(xml_escape_attribute("<\"'&>\n\r\t") == "&lt;&quot;&apos;&amp;&gt;&#10;&#13;&#9;");
}

BOOST_AUTO_TEST_CASE(xml_replaces_forbidden_characters_and_invalid_utf8) {
  using namespace std::string_literals;
  BOOST_TEST(xml_escape_text("a\x01"s + '\0' + "b") == "a\uFFFD\uFFFDb");
  BOOST_TEST(xml_escape_text("\xEF\xBF\xBE") == "\uFFFD");              // U+FFFE is not an XML Char
  BOOST_TEST(xml_escape_text("\xC3") == "\uFFFD");                      // truncated sequence
  BOOST_TEST(xml_escape_text("\xC0\xAF") == "\uFFFD\uFFFD");            // overlong '/'
  BOOST_TEST(xml_escape_text("\xED\xA0\x80") == "\uFFFD\uFFFD\uFFFD");  // surrogate
  BOOST_TEST(xml_escape_attribute("\u00e4\u00f6\u00fc\u00df\U0001F600") ==
             "\u00e4\u00f6\u00fc\u00df\U0001F600");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform
