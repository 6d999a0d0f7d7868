#include "validator/serve/router.h"

namespace konform::serve {

const std::vector<RouteEntry>& routes() {
  static const std::vector<RouteEntry> table{
      {http::verb::post, "/v1/validate", Route::kValidate, true},
      {http::verb::post, "/v1/compare", Route::kCompare, true},
      {http::verb::post, "/", Route::kKosit, true, "kosit"},
      {http::verb::get, "/v1/profiles", Route::kProfiles, true},
      {http::verb::get, "/v1/rules", Route::kRules, true},
      {http::verb::get, "/v1/openapi.json", Route::kOpenApi, true},
      {http::verb::post, "/v1/admin/reload", Route::kReload, true},
      {http::verb::get, "/metrics", Route::kMetrics, true},
      {http::verb::get, "/healthz", Route::kHealth, false},
      {http::verb::get, "/readyz", Route::kReady, false},
      {http::verb::get, "/", Route::kPage, false},
      {http::verb::get, "/compare", Route::kComparePage, false},
      {http::verb::get, "/ui/page.css", Route::kStylesheet, false},
      {http::verb::post, "/ui/validate", Route::kFormValidate, true},
      {http::verb::post, "/ui/compare", Route::kFormCompare, true},
  };
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
