#include "validator/serve/problem.h"

#include <nlohmann/json.hpp>

namespace konform::serve {

Response make_response(unsigned version, http::status status, const char* content_type,
                       std::string body) {
  Response response{status, version};
  response.set(http::field::content_type, content_type);
  response.set(http::field::cache_control, "no-store");
  response.body() = std::move(body);
  response.prepare_payload();
  return response;
}

Response problem_response(unsigned version, const Problem& problem) {
  nlohmann::ordered_json body{{"type", "urn:konform:problem:" + problem.type},
                              {"title", problem.title},
                              {"status", static_cast<int>(problem.status)},
                              {"detail", problem.detail}};
  if (!problem.detail_de.empty()) body["detailDe"] = problem.detail_de;
  return make_response(version, problem.status, "application/problem+json",
                       body.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

}  // namespace konform::serve
