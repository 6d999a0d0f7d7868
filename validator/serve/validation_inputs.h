// The documents a `POST /v1/validate` carries: the raw body, named by `?name=` or
// X-Konform-Filename, or every file part of a multipart/form-data body, named by its filename.
#pragma once

#include <variant>
#include <vector>

#include "konform/chain.h"
#include "validator/serve/http_types.h"
#include "validator/serve/multipart.h"
#include "validator/serve/request_target.h"

namespace konform::serve {

/// The inputs, in the order sent, or the problem answer refusing the request (400: a malformed
/// multipart body, a bad, empty or repeated file name, an empty document, a part that is no file).
/// Moves the body out of `request`.
std::variant<std::vector<api::InputBytes>, Response> validation_inputs(Request& request,
                                                                       const RequestTarget& target);

/// Each part as an input named by its filename, in order, or the problem answer (400) naming the
/// first part that is no file, has a bad or repeated file name, or is empty.
std::variant<std::vector<api::InputBytes>, Response> file_inputs(
    unsigned version, const std::vector<MultipartPart>& parts);

}  // namespace konform::serve
