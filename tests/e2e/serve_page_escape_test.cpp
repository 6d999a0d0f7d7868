// User-supplied names on the service's own pages go through the reports' HTML escape: a file name
// with a C1 control character and a byte that is no UTF-8, echoed by a refusal of the validate
// and the compare form, shows as U+FFFD and leaves the page free of what HTML forbids.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <string>

#include "tests/e2e/serve_process.h"

using konform::test::HttpAnswer;
using konform::test::multipart_body;
using konform::test::multipart_headers;
using konform::test::musterstadt_sample;
using konform::test::ServeProcess;

namespace {

/// NEL (U+0085, a C1 control), then a lone 0xFF; a name the service accepts as a file name.
const std::string kHostileName = "Rechnung\u0085\xff";

/// Where `page` holds what an HTML parser reports as an error in the input stream: invalid
/// UTF-8 or a control character other than tab and line feed (C0, DEL, C1); empty when none.
std::string forbidden_text(const std::string& page) {
  try {
    (void)nlohmann::json(page).dump();  // throws on invalid UTF-8
  } catch (const nlohmann::json::exception& error) {
    return error.what();
  }
  for (std::size_t at = 0; at < page.size(); ++at) {
    const auto byte = static_cast<unsigned char>(page[at]);
    const bool c0 = (byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7f;
    const bool c1 = byte == 0xc2 && at + 1 < page.size() &&
                    static_cast<unsigned char>(page[at + 1]) >= 0x80 &&
                    static_cast<unsigned char>(page[at + 1]) <= 0x9f;
    if (c0 || c1) return "a control character at byte " + std::to_string(at);
  }
  return "";
}

void check_refusal_page(const HttpAnswer& answer) {
  BOOST_TEST(answer.status == 400);
  BOOST_TEST(answer.header("content-type") == "text/html; charset=utf-8");
  BOOST_TEST(answer.body.find("Rechnung\uFFFD\uFFFD") != std::string::npos, answer.body);
  BOOST_TEST(forbidden_text(answer.body) == "");
  BOOST_TEST(answer.body.find("</html>") != std::string::npos);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_page_escape)

BOOST_AUTO_TEST_CASE(names_on_the_validate_and_compare_pages_are_escaped_as_reports_escape) {
  ServeProcess serve({"--profile", "de.sn.musterstadt"}, "serve_page_escape");
  const std::string sample = musterstadt_sample("gewerbe-anmeldung-konform.xml");
  // Two files of one name: the refusal names it.
  check_refusal_page(serve.request("POST", "/ui/validate",
                                   multipart_body({{"lang", "", "en"},
                                                   {"files", kHostileName + ".xml", sample},
                                                   {"files", kHostileName + ".xml", sample}}),
                                   multipart_headers()));
  // A candidate that is no zip: the refusal names the candidate (its file name without .zip).
  check_refusal_page(serve.request(
      "POST", "/ui/compare",
      multipart_body({{"lang", "", "en"}, {"candidates", kHostileName + ".zip", "no zip"}}),
      multipart_headers()));
}

BOOST_AUTO_TEST_SUITE_END()
