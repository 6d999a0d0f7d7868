// Every error answer is an RFC 9457 problem: `application/problem+json` with type, title, status
// and detail, so clients handle refusals (413, 429, 503, 504, ...) the same way.
#pragma once

#include <string>

#include "validator/serve/http_types.h"

namespace konform::serve {

struct Problem {
  http::status status;
  std::string type;       ///< short kebab-case name, e.g. "body-too-large"
  std::string title;      ///< one line, English, the same for every occurrence of the type
  std::string detail;     ///< this occurrence, English
  std::string detail_de;  ///< the same in German
};

/// The problem as a response; `type` becomes "urn:konform:problem:<type>".
Response problem_response(unsigned version, const Problem& problem);

}  // namespace konform::serve
