// What the web page's forms post (`POST /ui/validate`, `POST /ui/compare`): multipart/form-data
// with plain fields (profile, lang, token, pasted text) and file inputs. A file input the user
// left empty arrives as a part with an empty filename and body, and is no file.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "konform/chain.h"
#include "validator/serve/http_types.h"
#include "validator/serve/request_target.h"

namespace konform::serve {

struct FormPost {
  RequestTarget choices;  ///< the plain fields, read like a query (?profile=, ?lang=)
  std::map<std::string, std::vector<api::InputBytes>> files;  ///< by input name, in order
  std::string token;                                          ///< the token field; may be empty
};

/// The fields and files of the form, or the problem answer (400) for a body that is no
/// well-formed multipart/form-data, a repeated field, or a file name that is empty, too long,
/// holds control characters or comes twice in one input.
std::variant<FormPost, Response> read_form_post(Request& request);

/// Whether the request may use the service: no token is configured, or it carries the token as
/// `Authorization: Bearer`, or in the form's token field posted from the service's own page.
/// The field counts only for a same-origin post (Sec-Fetch-Site: same-origin or, from browsers
/// that do not send that, an Origin naming the Host), so another site cannot make a browser
/// post a token it learnt elsewhere; the comparison takes constant time.
bool form_authorized(const Request& request, const FormPost& form, std::string_view token);

}  // namespace konform::serve
