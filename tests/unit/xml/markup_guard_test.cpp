// MarkupGuard: counts nesting, attributes and value lengths on raw bytes, ignores markup-like
// text inside values, comments, CDATA and processing instructions, and gives the same answer
// however the document is cut into chunks.
#include "validator/xml/markup_guard.h"

#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>

using konform::xml::MarkupGuard;
using konform::xml::MarkupLimits;
using konform::xml::MarkupStop;

namespace {

constexpr MarkupLimits kSmall{3, 2, 5};

std::optional<MarkupStop> scan(const std::string& document, MarkupLimits limits = kSmall) {
  MarkupGuard guard(document, limits);
  return guard.scan_to(document.size());
}

/// The same scan in steps of `chunk` bytes.
std::optional<MarkupStop> scan_in_chunks(const std::string& document, std::size_t chunk,
                                         MarkupLimits limits = kSmall) {
  MarkupGuard guard(document, limits);
  std::optional<MarkupStop> stop;
  for (std::size_t end = chunk; !stop; end += chunk) {
    stop = guard.scan_to(end);
    if (end >= document.size()) break;
  }
  return stop;
}

std::string utf16(const std::string& ascii, bool big_endian) {
  std::string out;
  for (char c : ascii) {
    if (big_endian) out += '\0';
    out += c;
    if (!big_endian) out += '\0';
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(markup_guard)

BOOST_AUTO_TEST_CASE(documents_within_the_limits_pass) {
  BOOST_TEST(!scan("<a x='1' y=\"2\"><b><c/></b><b/></a>"));
  BOOST_TEST(!scan("<?xml version='1.0'?>\n<a><b><c>text</c></b></a>\n"));
}

BOOST_AUTO_TEST_CASE(nesting_deeper_than_the_limit_stops_at_its_start_tag) {
  const auto stop = scan("<a>\n <b>\n  <c><d/></c></b></a>");
  BOOST_TEST_REQUIRE(stop.has_value());
  BOOST_TEST(stop->line == 3);
  BOOST_TEST(stop->column == 6);
  BOOST_TEST(stop->problem.find("--max-depth") != std::string::npos);
  // Siblings do not add up: empty elements and end tags close their level.
  BOOST_TEST(!scan("<a><b><c/><c/><c></c></b><b><c/></b></a>"));
}

BOOST_AUTO_TEST_CASE(too_many_attributes_stop_at_the_first_one_over) {
  const auto stop = scan("<a x='1' y='2' z='3'/>");
  BOOST_TEST_REQUIRE(stop.has_value());
  BOOST_TEST(stop->column == 17);  // the '=' of z
  BOOST_TEST(stop->problem.find("--max-attributes") != std::string::npos);
  BOOST_TEST(!scan("<a x='1' y='2'><b x='1' y='2'/></a>"));  // per element
}

BOOST_AUTO_TEST_CASE(a_value_longer_than_the_limit_stops_at_its_first_character_over) {
  const auto stop = scan("<a x='123456'/>");
  BOOST_TEST_REQUIRE(stop.has_value());
  BOOST_TEST(stop->column == 12);  // '6', the sixth character
  BOOST_TEST(stop->problem.find("--max-attribute-size") != std::string::npos);
  // Characters, not bytes: five umlauts are ten bytes of UTF-8.
  BOOST_TEST(!scan("<a x='\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4'/>"));
}

BOOST_AUTO_TEST_CASE(markup_inside_values_comments_cdata_and_pis_is_not_counted) {
  BOOST_TEST(!scan("<a x='<b><c><d>' y=\"a=b=c\"/>", {3, 2, 100}));
  BOOST_TEST(!scan("<a><!-- <b><c><d><e> x='1' y='2' z='3' --></a>"));
  BOOST_TEST(!scan("<a><![CDATA[<b><c><d><e x='1' y='2' z='3'>]]></a>"));
  BOOST_TEST(!scan("<a><?pi <b><c><d><e x='1' y='2' z='3'> ?></a>"));
  // ... and markup after them is counted again.
  BOOST_TEST(scan("<a><!-- - -- ---><b><c><d/></c></b></a>").has_value());
  BOOST_TEST(scan("<a><![CDATA[ ] ]] ]]]><b><c><d/></c></b></a>").has_value());
}

BOOST_AUTO_TEST_CASE(a_doctype_stops_the_read_at_its_start) {
  // The scanner konform uses would skip a DTD silently; the guard refuses it before it is read.
  const auto stop = scan("<?xml version='1.0'?>\n  <!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>");
  BOOST_REQUIRE(stop.has_value());
  BOOST_TEST(static_cast<int>(stop->reason) == static_cast<int>(MarkupStop::Reason::kDeclaration));
  BOOST_TEST(stop->offset == 24u);
  BOOST_TEST(stop->line == 2);
  BOOST_TEST(stop->column == 3);
  // Comments and CDATA sections are not declarations, in any chunking.
  BOOST_TEST(!scan("<a><!-- x --><![CDATA[<!DOCTYPE a>]]></a>"));
  for (std::size_t chunk = 1; chunk < 8; ++chunk) {
    const auto chunked = scan_in_chunks("<a><![CDAT<b/></a>", chunk);
    BOOST_REQUIRE(chunked.has_value());
    BOOST_TEST(chunked->offset == 3u);
  }
}

BOOST_AUTO_TEST_CASE(a_doctype_in_utf16_is_found_too) {
  const std::string utf8 = "<!DOCTYPE a><a/>";
  std::string utf16 = "\xFF\xFE";
  for (char c : utf8) utf16 += std::string{c, '\0'};
  const auto stop = scan(utf16);
  BOOST_REQUIRE(stop.has_value());
  BOOST_TEST(static_cast<int>(stop->reason) == static_cast<int>(MarkupStop::Reason::kDeclaration));
  BOOST_TEST(stop->offset == 2u);
  BOOST_TEST(stop->column == 1);
}

BOOST_AUTO_TEST_CASE(chunk_boundaries_do_not_change_the_result) {
  const std::string document =
      "<?xml version='1.0'?><!-- c --><a x='1'><![CDATA[<z>]]><b y=\"12345\"><c>\n<d/></c></b></a>";
  const auto whole = scan(document);
  BOOST_TEST_REQUIRE(whole.has_value());
  for (std::size_t chunk : {1, 2, 3, 7, 64}) {
    const auto cut = scan_in_chunks(document, chunk);
    BOOST_TEST_REQUIRE(cut.has_value(), "chunk " << chunk);
    BOOST_TEST(cut->offset == whole->offset, "chunk " << chunk);
    BOOST_TEST(cut->line == whole->line);
    BOOST_TEST(cut->column == whole->column);
  }
  BOOST_TEST(!scan_in_chunks("<a x='12'><b/></a>", 1));
}

BOOST_AUTO_TEST_CASE(long_comments_sections_pis_and_tags_end_exactly_where_they_end) {
  // Near-closers inside ("-- >", "->", "]>", "? >") and stretches longer than 16 bytes, so the
  // jumps to the next '>' and the 16-byte tag scan are both taken, in every chunking.
  const std::string filler(40, 'x');
  const std::string prefix = "<a><!-- " + filler + " -> -- > --- " + filler + " --><b" + filler +
                             " q='>' w" + filler + "=\"'\"><![CDATA[ ] ]> ]] > " + filler +
                             " ]]><?pi ? > " + filler + " ?><c " + filler + "='1'>";
  const std::string document = prefix + "<d/></c></b></a>";
  const auto whole = scan(document);
  BOOST_TEST_REQUIRE(whole.has_value());
  BOOST_TEST(whole->offset == prefix.size());  // the start tag one level too deep
  for (std::size_t chunk = 1; chunk <= 50; ++chunk) {
    const auto cut = scan_in_chunks(document, chunk);
    BOOST_TEST_REQUIRE(cut.has_value(), "chunk " << chunk);
    BOOST_TEST(cut->offset == whole->offset, "chunk " << chunk);
  }
}

BOOST_AUTO_TEST_CASE(utf16_in_both_byte_orders_is_scanned_by_code_unit) {
  for (bool big_endian : {true, false}) {
    const std::string bom = big_endian ? std::string("\xFE\xFF", 2) : std::string("\xFF\xFE", 2);
    const std::string deep = utf16("<a>\n<b><c><d/></c></b></a>", big_endian);
    for (const std::string& document : {deep, bom + deep}) {
      const auto stop = scan(document);
      BOOST_TEST_REQUIRE(stop.has_value());
      BOOST_TEST(stop->line == 2);
      BOOST_TEST(stop->column == 7);
    }
    BOOST_TEST(!scan(utf16("<a x='1' y='2'><b/></a>", big_endian)));
    BOOST_TEST(scan(utf16("<a x='123456'/>", big_endian)).has_value());
  }
}

BOOST_AUTO_TEST_CASE(a_stop_is_final) {
  const std::string document = "<a><b><c><d/></c></b></a>";
  MarkupGuard guard(document, kSmall);
  const auto first = guard.scan_to(document.size());
  BOOST_TEST_REQUIRE(first.has_value());
  const auto again = guard.scan_to(document.size());
  BOOST_TEST_REQUIRE(again.has_value());
  BOOST_TEST(again->offset == first->offset);
}

BOOST_AUTO_TEST_SUITE_END()
