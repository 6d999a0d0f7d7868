// XmlWriter (core/xml_writer.h): the layout every XML output of konform shares, escaping that no
// caller can skip, and misuse caught as std::logic_error.
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <stdexcept>

#include "validator/core/xml_writer.h"

using konform::XmlWriter;

BOOST_AUTO_TEST_SUITE(xml_writer)

BOOST_AUTO_TEST_CASE(indents_children_and_keeps_text_on_the_line_of_its_element) {
  std::ostringstream out;
  XmlWriter xml(out);
  xml.declaration();
  xml.comment(" written by a test ");
  {
    XmlWriter::Element root(xml, "root");
    xml.namespace_declaration("urn:example");
    xml.namespace_declaration("urn:other", "o");
    xml.text_element("o:title", "two\nlines");
    xml.start_element("empty");
    xml.attribute("a", "1");
    xml.end_element();
    xml.text_element("blank", "");
    XmlWriter::Element kept(xml, "kept", XmlWriter::WhenEmpty::kOpenAndClose);
    xml.optional_attribute("missing", "");
    xml.optional_attribute("present", "yes");
  }
  xml.finish();
  BOOST_TEST(out.str() ==
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<!-- written by a test -->\n"
             "<root xmlns=\"urn:example\" xmlns:o=\"urn:other\">\n"
             "  <o:title>two\nlines</o:title>\n"
             "  <empty a=\"1\"/>\n"
             "  <blank></blank>\n"
             "  <kept present=\"yes\">\n"
             "  </kept>\n"
             "</root>\n");
  BOOST_TEST(xml.line_count() == 10u);
  BOOST_TEST(xml.replacements() == 0u);
}

BOOST_AUTO_TEST_CASE(escapes_markup_in_text_and_attributes) {
  std::ostringstream out;
  XmlWriter xml(out);
  xml.start_element("a");
  xml.attribute("v", "<\"x\" & 'y'>\n\t");
  xml.text("<b> & \"c\"\r");
  xml.end_element();
  BOOST_TEST(out.str() ==
             "<a v=\"&lt;&quot;x&quot; &amp; &apos;y&apos;&gt;&#10;&#9;\">&lt;b&gt; &amp; "
             "\"c\"&#13;</a>\n");
}

BOOST_AUTO_TEST_CASE(replaces_invalid_utf8_and_forbidden_characters_by_u_fffd) {
  std::ostringstream out;
  XmlWriter xml(out);
  xml.start_element("a");
  xml.attribute("bad", "x\xC3(y");  // a lead byte without its continuation
  xml.attribute("ctl", "x\x01y");   // U+0001 is not an XML 1.0 character
  xml.text("\xFF and \x1B[31m");    // an invalid byte and a terminal escape
  xml.end_element();
  BOOST_TEST(out.str().find("<a bad=\"x\xEF\xBF\xBD(y\" ctl=\"x\xEF\xBF\xBDy\">"
                            "\xEF\xBF\xBD and \xEF\xBF\xBD[31m</a>") == 0u);
  BOOST_TEST(xml.replacements() == 3u);
}

BOOST_AUTO_TEST_CASE(keeps_text_on_one_line_when_asked) {
  std::ostringstream out;
  XmlWriter xml(out, XmlWriter::TextLines::kOnOneLine);
  xml.text_element("a", "one\ntwo\t\"three\"");
  BOOST_TEST(out.str() == "<a>one&#10;two&#9;&quot;three&quot;</a>\n");
  BOOST_TEST(xml.line_count() == 1u);
}

BOOST_AUTO_TEST_CASE(comments_cannot_end_early_or_carry_forbidden_characters) {
  std::ostringstream out;
  XmlWriter xml(out);
  XmlWriter::Element root(xml, "root");
  xml.comment(" a --> b \x02 -");
  BOOST_TEST(out.str() == "<root>\n  <!-- a - -> b \xEF\xBF\xBD - -->\n");
  BOOST_TEST(xml.replacements() == 1u);
}

BOOST_AUTO_TEST_CASE(misuse_throws_logic_error) {
  std::ostringstream out;
  XmlWriter xml(out);
  BOOST_CHECK_THROW(xml.end_element(), std::logic_error);
  BOOST_CHECK_THROW(xml.attribute("a", "1"), std::logic_error);
  BOOST_CHECK_THROW(xml.text("loose"), std::logic_error);
  BOOST_CHECK_THROW(xml.start_element("1st"), std::logic_error);
  BOOST_CHECK_THROW(xml.start_element("a b"), std::logic_error);
  xml.start_element("a");
  BOOST_CHECK_THROW(xml.declaration(), std::logic_error);
  BOOST_CHECK_THROW(xml.attribute("x=\"1\" y", "1"), std::logic_error);
  xml.text("text");
  BOOST_CHECK_THROW(xml.attribute("late", "1"), std::logic_error);
  BOOST_CHECK_THROW(xml.start_element("child"), std::logic_error);  // mixed content
  BOOST_CHECK_THROW(xml.finish(), std::logic_error);                // <a> still open
  xml.end_element();
  BOOST_CHECK_NO_THROW(xml.finish());
  BOOST_CHECK_THROW(xml.end_element(), std::logic_error);
  BOOST_CHECK_THROW(xml.start_element("b"), std::logic_error);  // a second root
}

BOOST_AUTO_TEST_SUITE_END()
