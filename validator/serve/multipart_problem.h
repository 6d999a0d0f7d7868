// The answer to a malformed multipart/form-data body: 400, located by part and byte.
#pragma once

#include "validator/serve/http_types.h"
#include "validator/serve/multipart.h"

namespace konform::serve {

Response malformed_multipart(unsigned version, const MultipartError& error);

}  // namespace konform::serve
