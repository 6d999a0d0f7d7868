#include "validator/serve/web_answer.h"

#include <openssl/sha.h>

#include <map>

#include <nlohmann/json.hpp>

#include "validator/core/base64.h"
#include "validator/serve/html_text.h"
#include "validator/serve/page_words.h"

namespace konform::embedded {
extern const std::string_view refusal_html;
}

namespace konform::serve {
namespace {

/// The CSP sources allowing each `<style>` element of `html` by its content's SHA-256.
std::string style_hashes(std::string_view html) {
  std::string sources;
  std::size_t at = 0;
  while ((at = html.find("<style", at)) != std::string_view::npos) {
    const std::size_t open_end = html.find('>', at);
    const std::size_t close = html.find("</style>", open_end);
    if (open_end == std::string_view::npos || close == std::string_view::npos) break;
    const std::string_view content = html.substr(open_end + 1, close - open_end - 1);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(content.data()), content.size(), digest);
    sources += (sources.empty() ? "'sha256-" : " 'sha256-") +
               base64_encode({reinterpret_cast<const char*>(digest), sizeof digest}) + "'";
    at = close;
  }
  return sources.empty() ? "'none'" : sources;
}

std::string back_href(Page back, api::Language language) {
  return std::string(back == Page::kValidate ? "/" : "/compare") +
         "?lang=" + language_code(language);
}

std::string navigation(const std::vector<Download>& downloads, Page back, api::Language language) {
  std::string out = "<nav aria-label=\"" +
                    api::html_escape(page_word(language, "downloads_label")) +
                    "\">\n<ul>\n<li><a href=\"" + back_href(back, language) + "\">" +
                    api::html_escape(page_word(
                        language, back == Page::kValidate ? "new_validation" : "new_comparison")) +
                    "</a></li>\n";
  for (const auto& download : downloads) {
    out += "<li><a download=\"" + api::html_escape(download.file_name) +
           "\" href=\"data:" + download.media_type + ";base64," + base64_encode(download.content) +
           "\">" + api::html_escape(download.label) + "</a></li>\n";
  }
  return out + "</ul>\n</nav>\n";
}

}  // namespace

Response report_page(unsigned version, const std::string& report_html,
                     const std::vector<Download>& downloads, Page back, api::Language language) {
  std::string html = report_html;
  const std::string body = "<body>\n";
  const std::size_t at = html.find(body);
  const std::size_t insert_at = at == std::string::npos ? 0 : at + body.size();
  html.insert(insert_at, navigation(downloads, back, language));
  Response response =
      make_response(version, http::status::ok, "text/html; charset=utf-8", std::move(html));
  set_page_headers(response, style_hashes(report_html));
  return response;
}

Response refusal_page(Response problem, Page back, api::Language language) {
  const auto details = nlohmann::json::parse(problem.body(), nullptr, false);
  const auto text = [&](const char* name) {
    return details.is_object() && details.contains(name) && details[name].is_string()
               ? details[name].get<std::string>()
               : std::string();
  };
  std::string detail = language == api::Language::kGerman ? text("detailDe") : "";
  if (detail.empty()) detail = text("detail");
  const std::map<std::string, std::string> values{
      {"status", std::to_string(problem.result_int())},
      {"problem_title", api::html_escape(text("title"))},
      {"detail", api::html_escape(detail)},
      {"back_href", back_href(back, language)},
      {"back", api::html_escape(page_word(language, "back"))},
  };
  problem.set(http::field::content_type, "text/html; charset=utf-8");
  problem.body() = page_html(back, false, language, page_word(language, "refused_title"),
                             fill_template(embedded::refusal_html, values));
  problem.prepare_payload();
  set_page_headers(problem, "'self'");
  return problem;
}

}  // namespace konform::serve
