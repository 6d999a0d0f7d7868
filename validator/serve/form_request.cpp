#include "validator/serve/form_request.h"

#include "validator/serve/header_value.h"
#include "validator/serve/multipart.h"
#include "validator/serve/multipart_problem.h"
#include "validator/serve/problem.h"
#include "validator/serve/token.h"
#include "validator/serve/validation_inputs.h"

namespace konform::serve {
namespace {

Response bad_form(unsigned version, const std::string& detail, const std::string& detail_de) {
  return problem_response(
      version, {http::status::bad_request, "bad-form", "Bad form post", detail, detail_de});
}

/// Whether the browser says the form was posted from the service's own page.
bool same_origin(const Request& request) {
  const auto fetch_site = request.find("Sec-Fetch-Site");
  if (fetch_site != request.end()) return std::string(fetch_site->value()) == "same-origin";
  const std::string_view origin = std_view(request[http::field::origin]);
  const std::string_view host = std_view(request[http::field::host]);
  for (const std::string_view scheme : {"http://", "https://"}) {
    if (origin.substr(0, scheme.size()) == scheme) {
      return !host.empty() && ascii_lower(origin.substr(scheme.size())) == ascii_lower(host);
    }
  }
  return false;
}

}  // namespace

std::variant<FormPost, Response> read_form_post(Request& request) {
  const unsigned version = request.version();
  const std::string_view content_type = std_view(request[http::field::content_type]);
  if (!is_multipart_form_data(content_type)) {
    return bad_form(version, "the page's forms post multipart/form-data",
                    "die Formulare der Seite senden multipart/form-data");
  }
  auto read = multipart_parts(request);
  if (auto* refused = std::get_if<Response>(&read)) return std::move(*refused);
  FormPost form;
  std::map<std::string, std::vector<MultipartPart>> file_parts;
  for (const auto& part : std::get<std::vector<MultipartPart>>(read)) {
    if (part.has_filename) {
      // An input left empty: no file was chosen for it.
      if (part.filename.empty() && part.body.empty()) continue;
      file_parts[part.name].push_back(part);
    } else if (part.name == "token") {
      form.token = std::string(part.body);
    } else if (!form.choices.query.emplace(part.name, std::string(part.body)).second) {
      return bad_form(version, "the field '" + part.name + "' came twice",
                      "das Feld '" + part.name + "' kam zweimal");
    }
  }
  for (const auto& [name, files] : file_parts) {
    auto inputs = file_inputs(version, files);
    if (auto* refused = std::get_if<Response>(&inputs)) return std::move(*refused);
    form.files[name] = std::move(std::get<std::vector<api::InputBytes>>(inputs));
  }
  return form;
}

bool form_authorized(const Request& request, const FormPost& form, std::string_view token) {
  if (token.empty()) return true;
  if (bearer_token_matches(std_view(request[http::field::authorization]), token)) return true;
  return same_origin(request) && !form.token.empty() &&
         bearer_token_matches("Bearer " + form.token, token);
}

}  // namespace konform::serve
