// A request's multipart/form-data body read, or the answer to a malformed one: 400, located by
// part and byte.
#pragma once

#include <variant>
#include <vector>

#include "validator/serve/http_types.h"
#include "validator/serve/multipart.h"

namespace konform::serve {

Response malformed_multipart(unsigned version, const MultipartError& error);

/// The parts of `request`'s multipart/form-data body (pointing into it), or that answer.
std::variant<std::vector<MultipartPart>, Response> multipart_parts(const Request& request);

}  // namespace konform::serve
