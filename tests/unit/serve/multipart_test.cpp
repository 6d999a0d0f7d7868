// The multipart/form-data reader: what browsers and curl send is read part by part; every
// malformed body is refused with the part and byte offset where it went wrong.
#include <boost/test/unit_test.hpp>

#include <string>

#include "validator/serve/header_value.h"
#include "validator/serve/multipart.h"

using namespace konform::serve;

namespace {

// A body as curl -F writes it.
const std::string kTwoFiles =
    "--XyZ\r\n"
    "Content-Disposition: form-data; name=\"file\"; filename=\"a.xml\"\r\n"
    "Content-Type: application/xml\r\n"
    "\r\n"
    "<a/>\r\n"
    "--XyZ\r\n"
    "content-disposition: form-data; name=\"file\"; filename=\"Antrag M\xc3\xbcller.xml\"\r\n"
    "\r\n"
    "<b>\r\n--X</b>\r\n"
    "--XyZ--\r\n";

// The part number and offset of the MultipartError `body` raises.
std::pair<std::size_t, std::size_t> failure_of(const std::string& body,
                                               const MultipartLimits& limits = {}) {
  try {
    parse_multipart(body, "XyZ", limits);
  } catch (const MultipartError& error) {
    BOOST_TEST(!error.reason_de().empty());
    return {error.part(), error.offset()};
  }
  BOOST_FAIL("accepted: " + body);
  return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_multipart)

BOOST_AUTO_TEST_CASE(parts_keep_their_names_file_names_and_bytes) {
  const auto parts = parse_multipart(kTwoFiles, "XyZ");
  BOOST_REQUIRE(parts.size() == 2u);
  BOOST_TEST(parts[0].name == "file");
  BOOST_TEST(parts[0].filename == "a.xml");
  BOOST_TEST(parts[0].content_type == "application/xml");
  BOOST_TEST(parts[0].body == "<a/>");
  BOOST_TEST(parts[1].filename == "Antrag M\xc3\xbcller.xml");
  BOOST_TEST(parts[1].body == "<b>\r\n--X</b>");  // a near-boundary inside the content stays
}

BOOST_AUTO_TEST_CASE(form_fields_have_no_file_name) {
  const auto parts = parse_multipart(
      "--XyZ\r\nContent-Disposition: form-data; name=profile\r\n\r\nde.sn\r\n--XyZ--", "XyZ");
  BOOST_REQUIRE(parts.size() == 1u);
  BOOST_TEST(parts[0].name == "profile");
  BOOST_TEST(!parts[0].has_filename);
  BOOST_TEST(parts[0].body == "de.sn");
}

BOOST_AUTO_TEST_CASE(the_boundary_comes_from_the_content_type) {
  BOOST_TEST(is_multipart_form_data("Multipart/Form-Data; boundary=x"));
  BOOST_TEST(!is_multipart_form_data("application/xml"));
  BOOST_TEST(multipart_boundary("multipart/form-data; boundary=XyZ") == "XyZ");
  BOOST_TEST(multipart_boundary("multipart/form-data; charset=utf-8; BOUNDARY=\"a b'c\"") ==
             "a b'c");
  BOOST_CHECK_THROW(multipart_boundary("multipart/form-data"), MultipartError);
  BOOST_CHECK_THROW(multipart_boundary("multipart/form-data; boundary=\"\""), MultipartError);
  BOOST_CHECK_THROW(multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'a')),
                    MultipartError);
  BOOST_CHECK_THROW(multipart_boundary("multipart/form-data; boundary=\"a b \""), MultipartError);
  BOOST_CHECK_THROW(multipart_boundary("multipart/form-data; boundary=\"a\x01\""), MultipartError);
  BOOST_CHECK_THROW(multipart_boundary("multipart/form-data; boundary=\"unterminated"),
                    MultipartError);
}

BOOST_AUTO_TEST_CASE(a_missing_closing_boundary_is_refused_at_the_end) {
  const std::string body =
      "--XyZ\r\nContent-Disposition: form-data; name=file; filename=a.xml\r\n\r\n<a/>\r\n";
  BOOST_TEST((failure_of(body) == std::pair<std::size_t, std::size_t>{1, body.size()}));
}

BOOST_AUTO_TEST_CASE(a_body_not_starting_with_the_boundary_is_refused) {
  BOOST_TEST(failure_of("preamble\r\n--XyZ\r\n").first == 1u);
  BOOST_TEST(failure_of("--XyZ--").first == 1u);  // no part at all
}

BOOST_AUTO_TEST_CASE(a_boundary_line_must_end_in_crlf) {
  BOOST_TEST(failure_of("--XyZ\nContent-Disposition: form-data; name=a\n\nx\n--XyZ--").second ==
             5u);
  BOOST_TEST(failure_of("--XyZextra\r\n").second == 5u);
}

BOOST_AUTO_TEST_CASE(too_long_part_headers_are_refused) {
  MultipartLimits limits;
  limits.max_header_bytes = 64;
  const std::string body = "--XyZ\r\nContent-Disposition: form-data; name=\"" +
                           std::string(100, 'n') + "\"\r\n\r\nx\r\n--XyZ--";
  BOOST_TEST((failure_of(body, limits) == std::pair<std::size_t, std::size_t>{1, 7}));
  BOOST_TEST(parse_multipart(body, "XyZ").size() == 1u);  // within the default limit
}

BOOST_AUTO_TEST_CASE(more_parts_than_the_limit_are_refused) {
  MultipartLimits limits;
  limits.max_parts = 2;
  std::string body;
  for (int i = 0; i < 3; ++i)
    body += "--XyZ\r\nContent-Disposition: form-data; name=f\r\n\r\nx\r\n";
  body += "--XyZ--";
  BOOST_TEST(failure_of(body, limits).first == 3u);
  BOOST_TEST(parse_multipart(body, "XyZ").size() == 3u);
}

BOOST_AUTO_TEST_CASE(an_empty_part_without_headers_is_refused) {
  BOOST_TEST((failure_of("--XyZ\r\n\r\n\r\n--XyZ--") == std::pair<std::size_t, std::size_t>{1, 7}));
}

BOOST_AUTO_TEST_CASE(malformed_part_headers_are_refused_where_they_are) {
  const std::string first = "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n";
  const std::size_t second_headers = first.size() + 7;
  for (const std::string& header : {
           std::string("Content-Disposition: attachment; name=b"),
           std::string("Content-Disposition: form-data; filename=b.xml"),
           std::string("Content-Disposition: form-data; name=\"b"),
           std::string("Content-Disposition: form-data; name=b; name=c"),
           std::string("no colon here"),
           std::string(" folded: line"),
           std::string("Content-Transfer-Encoding: base64\r\nContent-Disposition: form-data; "
                       "name=b"),
       }) {
    const auto [part, offset] = failure_of(first + "--XyZ\r\n" + header + "\r\n\r\ny\r\n--XyZ--");
    BOOST_TEST(part == 2u, header);
    BOOST_TEST(offset == second_headers, header);
  }
  BOOST_TEST(failure_of(first + "--XyZ\r\nContent-Disposition: form-data; name=b").first == 2u);
}

BOOST_AUTO_TEST_CASE(header_values_split_into_value_and_parameters) {
  const auto parsed = parse_header_value("Form-Data; Name=\"a\\\"b\"; filename=x.xml");
  BOOST_REQUIRE(parsed.has_value());
  BOOST_TEST(parsed->value == "form-data");
  BOOST_TEST(parsed->params.at("name") == "a\"b");
  BOOST_TEST(parsed->params.at("filename") == "x.xml");
  BOOST_TEST(!parse_header_value("form-data; name").has_value());
  BOOST_TEST(!parse_header_value("form-data; name=a b").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
