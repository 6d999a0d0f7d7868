#include "validator/serve/multipart_problem.h"

#include <string>

#include "validator/serve/problem.h"

namespace konform::serve {

Response malformed_multipart(unsigned version, const MultipartError& error) {
  const std::string part = std::to_string(error.part());
  const std::string byte = std::to_string(error.offset());
  const std::string where =
      error.part() == 0 ? "Content-Type: " : "part " + part + ", byte " + byte + ": ";
  const std::string where_de =
      error.part() == 0 ? "Content-Type: " : "Teil " + part + ", Byte " + byte + ": ";
  return problem_response(
      version,
      {http::status::bad_request, "malformed-multipart", "Malformed multipart body",
       "the multipart/form-data body is malformed at " + where + error.what(),
       "der multipart/form-data-Rumpf ist fehlerhaft bei " + where_de + error.reason_de()});
}

std::variant<std::vector<MultipartPart>, Response> multipart_parts(const Request& request) {
  try {
    const std::string_view content_type = std_view(request[http::field::content_type]);
    return parse_multipart(request.body(), multipart_boundary(content_type));
  } catch (const MultipartError& error) {
    return malformed_multipart(request.version(), error);
  }
}

}  // namespace konform::serve
