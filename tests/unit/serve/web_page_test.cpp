// The web page's pieces that need no running service: the language it speaks, its templates,
// its Content-Security-Policy, and who may post its forms.
#include <boost/test/unit_test.hpp>

#include <string>

#include "validator/serve/form_request.h"
#include "validator/serve/html_text.h"
#include "validator/serve/page_language.h"
#include "validator/serve/web_answer.h"
#include "validator/serve/web_page.h"

using namespace konform::serve;
using konform::api::Language;

namespace {

constexpr const char* kToken = "0123456789abcdef0123";

Request form_post(const std::string& token_field) {
  Request request{http::verb::post, "/ui/validate", 11};
  request.set(http::field::host, "127.0.0.1:8080");
  request.set(http::field::content_type, "multipart/form-data; boundary=b");
  request.body() = "--b\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + token_field +
                   "\r\n--b--\r\n";
  return request;
}

bool authorized(Request request) {
  auto form = read_form_post(request);
  BOOST_REQUIRE(std::holds_alternative<FormPost>(form));
  return form_authorized(request, std::get<FormPost>(form), kToken);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_web_page)

BOOST_AUTO_TEST_CASE(the_language_is_the_choice_else_the_browsers_else_german) {
  BOOST_TEST((page_language("en", "de-DE") == Language::kEnglish));
  BOOST_TEST((page_language("de", "en") == Language::kGerman));
  BOOST_TEST((page_language("", "en-GB,en;q=0.9,de;q=0.8") == Language::kEnglish));
  BOOST_TEST((page_language("", "fr-FR, de;q=0.5, en;q=0.4") == Language::kGerman));
  BOOST_TEST((page_language("", "de;q=0.3, EN-us;q=0.7") == Language::kEnglish));
  BOOST_TEST((page_language("", "fr") == Language::kGerman));
  BOOST_TEST((page_language("xx", "") == Language::kGerman));
  BOOST_TEST((page_language("", "en;q=nonsense, de;q=0.1") == Language::kGerman));
}

BOOST_AUTO_TEST_CASE(templates_are_filled_completely_or_not_at_all) {
  BOOST_TEST(fill_template("<p>{{a}} {{b}}</p>", {{"a", "1"}, {"b", "&lt;"}}) == "<p>1 &lt;</p>");
  BOOST_CHECK_THROW(fill_template("<p>{{a}} {{c}}</p>", {{"a", "1"}}), std::logic_error);
  BOOST_CHECK_THROW(fill_template("<p>{{a</p>", {{"a", "1"}}), std::logic_error);
  BOOST_TEST(konform::api::html_escape("<a href=\"x\">'&'</a>") ==
             "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  // The reports' escape: what HTML forbids (a C1 control, a noncharacter, a byte that is no
  // UTF-8) becomes U+FFFD rather than a parse error in the page.
  BOOST_TEST(konform::api::html_escape("a\u0085b\uFDD0c\xff") == "a\uFFFDb\uFFFDc\uFFFD");
}

BOOST_AUTO_TEST_CASE(both_pages_in_both_languages_load_nothing_from_elsewhere) {
  for (const Page page : {Page::kValidate, Page::kCompare}) {
    for (const Language language : {Language::kGerman, Language::kEnglish}) {
      const Response response = page_response(11, page, language, {nullptr, true});
      const std::string& html = response.body();
      BOOST_TEST(
          html.find(language == Language::kGerman ? "<html lang=\"de\">" : "<html lang=\"en\">") !=
          std::string::npos);
      BOOST_TEST(html.find("{{") == std::string::npos);
      BOOST_TEST(html.find("//") == std::string::npos);
      BOOST_TEST(html.find("name=\"token\"") != std::string::npos);
      BOOST_TEST(std::string(response["Content-Security-Policy"]).find("default-src 'none'") == 0u);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_report_page_allows_the_reports_own_style_by_hash_and_nothing_else) {
  const std::string report =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<style>\nbody{}\n</style>\n</head>\n"
      "<body>\n<main>report</main>\n</body>\n</html>\n";
  const Response page = report_page(11, report, {{"JSON", "r.json", "application/json", "{}"}},
                                    Page::kValidate, Language::kEnglish);
  const std::string csp(page["Content-Security-Policy"]);
  // printf '\nbody{}\n' | openssl dgst -sha256 -binary | base64
  BOOST_TEST(csp.find("style-src 'sha256-OrBoaOgHKpM7E5sdbFVzvg4GOwbS7qyojeZwhuKtGDM='") !=
             std::string::npos);
  BOOST_TEST(page.body().find("<body>\n<nav") != std::string::npos);
  BOOST_TEST(page.body().find("href=\"data:application/json;base64,e30=\"") != std::string::npos);
  BOOST_TEST(page.body().find("<main>report</main>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_token_field_counts_only_from_the_services_own_page) {
  Request same_site = form_post(kToken);
  same_site.set("Sec-Fetch-Site", "same-origin");
  BOOST_TEST(authorized(same_site));

  Request cross_site = form_post(kToken);
  cross_site.set("Sec-Fetch-Site", "cross-site");
  BOOST_TEST(!authorized(cross_site));

  Request same_origin = form_post(kToken);
  same_origin.set(http::field::origin, "http://127.0.0.1:8080");
  BOOST_TEST(authorized(same_origin));

  Request other_origin = form_post(kToken);
  other_origin.set(http::field::origin, "http://evil.example");
  BOOST_TEST(!authorized(other_origin));

  BOOST_TEST(!authorized(form_post(kToken)));  // neither header: a script, not the page

  Request wrong = form_post("0123456789abcdef0124");
  wrong.set("Sec-Fetch-Site", "same-origin");
  BOOST_TEST(!authorized(wrong));

  Request bearer = form_post("");
  bearer.set(http::field::authorization, std::string("Bearer ") + kToken);
  BOOST_TEST(authorized(bearer));
}

BOOST_AUTO_TEST_SUITE_END()
