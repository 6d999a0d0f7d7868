// Which handler a request goes to, from its method and path alone: a table, so the OpenAPI
// document can be checked against it (tests/unit/serve/openapi_test.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "validator/serve/http_types.h"

namespace konform::serve {

enum class Route {
  kValidate,
  kCompare,
  kKosit,
  kProfiles,
  kRules,
  kHealth,
  kReady,
  kMetrics,
  kOpenApi,
  kReload,
  kNotFound,          ///< no such path: 404
  kMethodNotAllowed,  ///< the path exists, not with this method: 405
};

struct RouteEntry {
  http::verb method;
  std::string_view path;
  Route route;
  bool needs_token;  ///< false only for the probes an orchestrator calls without credentials
};

/// Every route the service answers.
const std::vector<RouteEntry>& routes();

/// The route of `method` on `path` (the target without its query).
Route route_of(http::verb method, std::string_view path);

/// A stable label for metrics and the access log ("/v1/validate", "other" for unknown paths).
std::string route_label(Route route);

/// The methods `path` takes, for the Allow header of a 405 ("GET, POST").
std::string allowed_methods(std::string_view path);

}  // namespace konform::serve
