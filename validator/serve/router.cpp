#include "validator/serve/router.h"

namespace konform::serve {

namespace {

/// A route's method, path, handler and, where its path is shared, its label (RouteEntry::label).
struct RouteRow {
  http::verb method;
  std::string_view path;
  Route route;
  std::string_view label = {};
};

// Deny by default: the routes anyone may call, token or not, are listed here and nowhere else —
// the probes an orchestrator calls without credentials and the web page, which asks for the
// token in its forms.
constexpr RouteRow kOpenRoutes[] = {
    {http::verb::get, "/healthz", Route::kHealth},
    {http::verb::get, "/readyz", Route::kReady},
    {http::verb::get, "/", Route::kPage},
    {http::verb::get, "/compare", Route::kComparePage},
    {http::verb::get, "/ui/page.css", Route::kStylesheet},
};

// Every other route needs the token when one is configured.
constexpr RouteRow kGuardedRoutes[] = {
    {http::verb::post, "/v1/validate", Route::kValidate},
    {http::verb::post, "/v1/compare", Route::kCompare},
    {http::verb::post, "/", Route::kKosit, "kosit"},
    {http::verb::get, "/v1/profiles", Route::kProfiles},
    {http::verb::get, "/v1/rules", Route::kRules},
    {http::verb::get, "/v1/openapi.json", Route::kOpenApi},
    {http::verb::post, "/v1/admin/reload", Route::kReload},
    {http::verb::get, "/metrics", Route::kMetrics},
    {http::verb::post, "/ui/validate", Route::kFormValidate},
    {http::verb::post, "/ui/compare", Route::kFormCompare},
};

std::vector<RouteEntry> route_table() {
  std::vector<RouteEntry> table;
  for (const RouteRow& row : kGuardedRoutes)
    table.push_back({row.method, row.path, row.route, true, row.label});
  for (const RouteRow& row : kOpenRoutes)
    table.push_back({row.method, row.path, row.route, false, row.label});
  return table;
}

}  // namespace

const std::vector<RouteEntry>& routes() {
  static const std::vector<RouteEntry> table = route_table();
  return table;
}

Route route_of(http::verb method, std::string_view path) {
  bool path_known = false;
  for (const auto& entry : routes()) {
    if (entry.path != path) continue;
    path_known = true;
    if (entry.method == method) return entry.route;
  }
  return path_known ? Route::kMethodNotAllowed : Route::kNotFound;
}

bool needs_token(Route route) {
  for (const auto& entry : routes()) {
    if (entry.route == route) return entry.needs_token;
  }
  return true;
}

bool is_form_route(Route route) {
  return route == Route::kFormValidate || route == Route::kFormCompare;
}

std::string route_label(Route route) {
  for (const auto& entry : routes()) {
    if (entry.route == route) return std::string(entry.label.empty() ? entry.path : entry.label);
  }
  return "other";
}

std::string allowed_methods(std::string_view path) {
  std::string allowed;
  for (const auto& entry : routes()) {
    if (entry.path != path) continue;
    if (!allowed.empty()) allowed += ", ";
    allowed += std::string(http::to_string(entry.method));
  }
  return allowed;
}

}  // namespace konform::serve
