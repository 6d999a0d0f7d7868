// `konform serve`'s web page over HTTP: GET / and GET /compare in German and English under a
// strict Content-Security-Policy, referring to nothing outside the service; the validate form
// posted as a browser without JavaScript posts it, answered by the HTML report with the same
// run's JSON and SARIF as downloads; and the token carried by the form from the page only.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "tests/e2e/serve_process.h"
#include "tests/support/test_paths.h"

using konform::test::FormPart;
using konform::test::HttpAnswer;
using konform::test::multipart_body;
using konform::test::multipart_headers;
using konform::test::musterstadt_sample;
using konform::test::ServeProcess;

namespace {

/// The start of every URL an attribute of `html` loads, links or posts to that leaves the
/// service: absolute (scheme:) or protocol-relative (//), except the data: links of the downloads.
std::vector<std::string> outside_references(const std::string& html) {
  // Scanned by hand: std::regex recurses per character and overflows the stack on a long data:
  // link.
  std::vector<std::string> outside;
  for (const std::string attribute : {"href=\"", "src=\"", "action=\"", "srcset=\""}) {
    for (auto at = html.find(attribute); at != std::string::npos;
         at = html.find(attribute, at + 1)) {
      const std::string url = html.substr(at + attribute.size(), 8);
      const bool relative =
          url.empty() || url[0] == '?' || url[0] == '"' || (url[0] == '/' && url[1] != '/');
      if (!relative && url.rfind("data:", 0) != 0) outside.push_back(url);
    }
  }
  return outside;
}

void check_page_headers(const HttpAnswer& answer) {
  BOOST_TEST(answer.header("content-type") == "text/html; charset=utf-8");
  const std::string csp = answer.header("content-security-policy");
  BOOST_TEST(csp.rfind("default-src 'none';", 0) == 0u, csp);
  BOOST_TEST(csp.find("form-action 'self'") != std::string::npos, csp);
  BOOST_TEST(csp.find("frame-ancestors 'none'") != std::string::npos, csp);
  BOOST_TEST(csp.find("script-src") == std::string::npos, csp);  // default-src 'none' rules
  BOOST_TEST(answer.header("x-content-type-options") == "nosniff");
}

std::map<std::string, std::string> with(std::map<std::string, std::string> headers,
                                        const std::string& name, const std::string& value) {
  headers[name] = value;
  return headers;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_page)

BOOST_AUTO_TEST_CASE(the_pages_speak_german_and_english_and_load_nothing_from_elsewhere) {
  ServeProcess serve({"--profile", "de.sn.musterstadt"}, "serve_page");
  const HttpAnswer german = serve.request("GET", "/", "", {{"Accept-Language", "de-DE,de;q=0.9"}});
  BOOST_TEST(german.status == 200);
  check_page_headers(german);
  BOOST_TEST(german.header("content-language") == "de");
  BOOST_TEST(german.body.find("<html lang=\"de\">") != std::string::npos);
  BOOST_TEST(german.body.find("Nachrichten pr\u00fcfen") != std::string::npos);
  BOOST_TEST(german.body.find("<option value=\"de.sn.musterstadt\">") != std::string::npos);
  BOOST_TEST(german.body.find("action=\"/ui/validate\"") != std::string::npos);
  BOOST_TEST(german.body.find("hreflang=\"en\"") != std::string::npos);  // the language switch

  const HttpAnswer english = serve.request("GET", "/", "", {{"Accept-Language", "en-GB,en"}});
  BOOST_TEST(english.body.find("<html lang=\"en\">") != std::string::npos);
  BOOST_TEST(english.body.find("Validate messages") != std::string::npos);
  BOOST_TEST(serve.request("GET", "/?lang=en", "", {{"Accept-Language", "de"}}).body ==
             english.body);

  const HttpAnswer compare = serve.request("GET", "/compare?lang=de");
  check_page_headers(compare);
  BOOST_TEST(compare.body.find("Angebote vergleichen") != std::string::npos);
  BOOST_TEST(compare.body.find("action=\"/ui/compare\"") != std::string::npos);
  BOOST_TEST(serve.request("GET", "/compare?lang=en").body.find("Compare candidates") !=
             std::string::npos);

  for (const auto* page : {&german, &english, &compare}) {
    BOOST_TEST(page->body.find("http://") == std::string::npos);
    BOOST_TEST(page->body.find("https://") == std::string::npos);
    BOOST_TEST(page->body.find("//") == std::string::npos);
  }
  const HttpAnswer css = serve.request("GET", "/ui/page.css");
  BOOST_TEST(css.status == 200);
  BOOST_TEST(css.header("content-type") == "text/css; charset=utf-8");
  BOOST_TEST(css.body.find(":focus-visible") != std::string::npos);
  BOOST_TEST(css.body.find("url(") == std::string::npos);

  // POST / stays KoSIT's; other methods on / are refused naming both.
  const HttpAnswer kosit =
      serve.request("POST", "/", musterstadt_sample("gewerbe-anmeldung-konform.xml"));
  BOOST_TEST(kosit.status == 200);
  BOOST_TEST(kosit.header("content-type") == "application/xml; charset=utf-8");
  const HttpAnswer put = serve.request("PUT", "/", "<a/>");
  BOOST_TEST(put.status == 405);
  BOOST_TEST(put.header("allow") == "POST, GET");
}

BOOST_AUTO_TEST_CASE(the_form_posted_without_script_answers_the_html_report_with_downloads) {
  ServeProcess serve({"--profile", "de.sn.musterstadt"}, "serve_page_form");
  // As a browser sends the form: fields, the chosen file, and the empty paste field.
  const HttpAnswer faulty =
      serve.request("POST", "/ui/validate",
                    multipart_body({{"lang", "", "en"},
                                    {"files", "antrag-fehlerhaft.xml",
                                     musterstadt_sample("gewerbe-anmeldung-fehlerhaft.xml")},
                                    {"pasted", "", ""},
                                    {"profile", "", "de.sn.musterstadt"}}),
                    multipart_headers());
  BOOST_TEST(faulty.status == 200);
  check_page_headers(faulty);
  BOOST_TEST(faulty.header("x-konform-verdict") == "not-conformant");
  BOOST_TEST(faulty.header("content-security-policy").find("style-src 'sha256-") !=
             std::string::npos);
  BOOST_TEST(faulty.body.find("<html lang=\"en\">") != std::string::npos);
  BOOST_TEST(faulty.body.find("antrag-fehlerhaft.xml") != std::string::npos);
  BOOST_TEST(faulty.body.find("download=\"konform-report.json\" "
                              "href=\"data:application/json;base64,") != std::string::npos);
  BOOST_TEST(faulty.body.find("download=\"konform-report.sarif\" "
                              "href=\"data:application/sarif+json;base64,") != std::string::npos);
  BOOST_TEST(outside_references(faulty.body).empty());

  // Pasted XML, and the file input left empty: a part with an empty filename and body.
  const std::string no_file_chosen =
      "--" + konform::test::kFormBoundary +
      "\r\nContent-Disposition: form-data; name=\"files\"; "
      "filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n";
  const HttpAnswer pasted = serve.request(
      "POST", "/ui/validate",
      no_file_chosen +
          multipart_body({{"lang", "", "de"},
                          {"pasted", "", musterstadt_sample("gewerbe-anmeldung-konform.xml")}}),
      multipart_headers());
  BOOST_TEST(pasted.status == 200);
  BOOST_TEST(pasted.header("x-konform-verdict") == "conformant");
  BOOST_TEST(pasted.body.find("pasted.xml") != std::string::npos);
  BOOST_TEST(pasted.body.find("<html lang=\"de\">") != std::string::npos);

  const HttpAnswer nothing =
      serve.request("POST", "/ui/validate",
                    multipart_body({{"lang", "", "en"}, {"pasted", "", ""}}), multipart_headers());
  BOOST_TEST(nothing.status == 400);
  check_page_headers(nothing);
  BOOST_TEST(nothing.body.find("choose files or paste XML") != std::string::npos);

  const HttpAnswer unknown = serve.request(
      "POST", "/ui/validate",
      multipart_body({{"lang", "", "de"}, {"profile", "", "de.nirgendwo"}, {"pasted", "", "<a/>"}}),
      multipart_headers());
  BOOST_TEST(unknown.status == 404);
  BOOST_TEST(unknown.body.find("de.nirgendwo") != std::string::npos);
  BOOST_TEST(unknown.body.find("<html lang=\"de\">") != std::string::npos);
  // Nothing of the documents reaches the log.
  BOOST_TEST(serve.log().find("Gewerbe") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(with_a_token_the_page_asks_for_it_and_the_form_carries_it_from_the_page_only) {
  const auto token_file = konform::test::output_dir("serve_page_token_file") / "token";
  std::ofstream(token_file) << "s3cr3t-t0ken-0123456789\n";
  ServeProcess serve({"--profile", "de.sn.musterstadt", "--token-file", token_file.string()},
                     "serve_page_token");
  const HttpAnswer page = serve.request("GET", "/?lang=en");
  BOOST_TEST(page.status == 200);
  BOOST_TEST(page.body.find("name=\"token\"") != std::string::npos);
  BOOST_TEST(page.body.find("de.sn.musterstadt") == std::string::npos);  // chains stay private
  BOOST_TEST(serve.request("GET", "/ui/page.css").status == 200);

  const std::string form =
      multipart_body({{"lang", "", "en"},
                      {"token", "", "s3cr3t-t0ken-0123456789"},
                      {"files", "a.xml", musterstadt_sample("gewerbe-anmeldung-konform.xml")}});
  const auto headers = multipart_headers();
  const HttpAnswer from_page =
      serve.request("POST", "/ui/validate", form, with(headers, "Sec-Fetch-Site", "same-origin"));
  BOOST_TEST(from_page.status == 200);
  BOOST_TEST(from_page.header("x-konform-verdict") == "conformant");

  const HttpAnswer from_elsewhere =
      serve.request("POST", "/ui/validate", form, with(headers, "Sec-Fetch-Site", "cross-site"));
  BOOST_TEST(from_elsewhere.status == 401);
  BOOST_TEST(from_elsewhere.header("content-type") == "text/html; charset=utf-8");
  BOOST_TEST(serve.request("POST", "/ui/validate", form, headers).status == 401);  // no origin
  // The API takes the header only, never a form field.
  BOOST_TEST(
      serve.request("POST", "/v1/validate", form, with(headers, "Sec-Fetch-Site", "same-origin"))
          .status == 401);
  BOOST_TEST(serve.log().find("s3cr3t") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
