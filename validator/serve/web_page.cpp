#include "validator/serve/web_page.h"

#include <map>
#include <string>

#include "validator/serve/html_text.h"
#include "validator/serve/page_words.h"

namespace konform::embedded {
extern const std::string_view page_html;
extern const std::string_view form_html;
extern const std::string_view validate_html;
extern const std::string_view compare_html;
extern const std::string_view page_css;
}  // namespace konform::embedded

namespace konform::serve {
namespace {

/// What tells the two forms (web/form.html) apart: where they post, the inputs of their fieldset
/// (web/validate.html, web/compare.html) and the names of the words around them.
struct FormParts {
  std::string_view action;
  std::string_view inputs;
  const char* title;
  const char* intro;
  const char* legend;
  const char* button;
};

const FormParts& form_parts(Page page) {
  static const FormParts validate{"/ui/validate",   embedded::validate_html, "validate_title",
                                  "validate_intro", "documents_legend",      "validate_button"};
  static const FormParts compare{"/ui/compare",   embedded::compare_html, "compare_title",
                                 "compare_intro", "candidates_legend",    "compare_button"};
  return page == Page::kValidate ? validate : compare;
}

std::string profile_select(const ChainSet& chains, api::Language language) {
  std::string out = "<label for=\"profile\">" +
                    api::html_escape(page_word(language, "profile_label")) +
                    "</label>\n<select id=\"profile\" name=\"profile\">\n";
  for (const auto& loaded : chains.chains) {
    out += "<option value=\"" + api::html_escape(loaded.name) + "\">" +
           api::html_escape(loaded.id + " " + loaded.version) + "</option>\n";
  }
  return out + "</select>";
}

std::string profile_text_field(api::Language language) {
  return "<label for=\"profile\">" + api::html_escape(page_word(language, "profile_label")) +
         "</label>\n<input type=\"text\" id=\"profile\" name=\"profile\" autocomplete=\"off\" "
         "aria-describedby=\"profile-hint\">\n<p class=\"hint\" id=\"profile-hint\">" +
         api::html_escape(page_word(language, "profile_hint_free")) + "</p>";
}

std::string token_field(api::Language language) {
  return "<label for=\"token\">" + api::html_escape(page_word(language, "token_label")) +
         "</label>\n<input type=\"password\" id=\"token\" name=\"token\" required "
         "autocomplete=\"current-password\" aria-describedby=\"token-hint\">\n<p class=\"hint\" "
         "id=\"token-hint\">" +
         api::html_escape(page_word(language, "token_hint")) + "</p>";
}

}  // namespace

std::string page_html(Page section, bool is_form, api::Language language, std::string_view title,
                      std::string_view main) {
  const api::Language other =
      language == api::Language::kGerman ? api::Language::kEnglish : api::Language::kGerman;
  const char* form_path = section == Page::kValidate ? "/" : "/compare";
  const char* current = " aria-current=\"page\"";
  std::map<std::string, std::string> values;
  for (const auto& [name, word] : page_words(language)) values[name] = api::html_escape(word);
  values["lang"] = language_code(language);
  values["other_lang"] = language_code(other);
  values["title"] = api::html_escape(title);
  values["validate_current"] = is_form && section == Page::kValidate ? current : "";
  values["compare_current"] = is_form && section == Page::kCompare ? current : "";
  values["switch_href"] = std::string(form_path) + "?lang=" + language_code(other);
  values["main"] = std::string(main);
  return fill_template(embedded::page_html, values);
}

Response page_response(unsigned version, Page page, api::Language language,
                       const PageChoices& choices) {
  const FormParts& form = form_parts(page);
  std::map<std::string, std::string> values;
  for (const auto& [name, word] : page_words(language)) values[name] = api::html_escape(word);
  values["lang"] = language_code(language);
  values["action"] = form.action;
  values["intro"] = values.at(form.intro);
  values["legend"] = values.at(form.legend);
  values["button"] = values.at(form.button);
  values["inputs"] = fill_template(form.inputs, values);
  values["profile_field"] =
      choices.chains ? profile_select(*choices.chains, language) : profile_text_field(language);
  values["token_field"] = choices.ask_for_token ? token_field(language) : "";
  Response response = make_response(version, http::status::ok, "text/html; charset=utf-8",
                                    page_html(page, true, language, page_word(language, form.title),
                                              fill_template(embedded::form_html, values)));
  set_page_headers(response, "'self'");
  response.set(http::field::content_language, language_code(language));
  response.set(http::field::vary, "Accept-Language");
  return response;
}

Response stylesheet_response(unsigned version) {
  Response response = make_response(version, http::status::ok, "text/css; charset=utf-8",
                                    std::string(embedded::page_css));
  response.set("X-Content-Type-Options", "nosniff");
  return response;
}

void set_page_headers(Response& response, std::string_view style_source) {
  response.set("Content-Security-Policy",
               "default-src 'none'; style-src " + std::string(style_source) +
                   "; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Referrer-Policy", "no-referrer");
  response.set("X-Frame-Options", "DENY");
}

}  // namespace konform::serve
