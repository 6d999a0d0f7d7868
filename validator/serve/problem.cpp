#include "validator/serve/problem.h"

#include <nlohmann/json.hpp>

namespace konform::serve {

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
