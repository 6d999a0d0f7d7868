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
  kPage,              ///< GET /: the web page's validate form
  kComparePage,       ///< GET /compare: its compare form
  kStylesheet,        ///< the pages' stylesheet
  kFormValidate,      ///< what the validate form posts
  kFormCompare,       ///< what the compare form posts
  kNotFound,          ///< no such path: 404
  kMethodNotAllowed,  ///< the path exists, not with this method: 405
};

struct RouteEntry {
  http::verb method;
  std::string_view path;
  Route route;
  /// False only for the probes an orchestrator calls without credentials and for the web page
  /// (which asks for the token in its forms).
  bool needs_token;
  /// The route's label in metrics and the access log when its path alone does not tell it
  /// apart (KoSIT's `POST /` shares `/` with the web page); empty: the path.
  std::string_view label = {};
};

/// Every route the service answers.
const std::vector<RouteEntry>& routes();

/// The route of `method` on `path` (the target without its query).
Route route_of(http::verb method, std::string_view path);

/// Whether `route` needs the token (when one is configured); unknown routes do.
bool needs_token(Route route);

/// Whether `route` takes the token as a form field as well (form_authorized checks it).
bool is_form_route(Route route);

/// A stable label for metrics and the access log, distinct per route: its path ("/v1/validate"),
/// "kosit" for KoSIT's `POST /`, "other" for unknown paths.
std::string route_label(Route route);

/// The methods `path` takes, for the Allow header of a 405 ("GET, POST").
std::string allowed_methods(std::string_view path);

}  // namespace konform::serve
