#include "validator/serve/info_handlers.h"

#include <string_view>

#include <nlohmann/json.hpp>

namespace konform::embedded {
extern const std::string_view openapi_json;
}

namespace konform::serve {
namespace {

using Json = nlohmann::ordered_json;

Response json_response(unsigned version, http::status status, const Json& body) {
  return make_response(version, status, "application/json",
                       body.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

/// `{"chains": [...]}`: each loaded chain as `describe` writes it.
template <typename Describe>
Response chains_response(unsigned version, const ChainSet& chains, Describe describe) {
  Json list = Json::array();
  for (const auto& loaded : chains.chains) list.push_back(describe(loaded));
  return json_response(version, http::status::ok, {{"chains", list}});
}

}  // namespace

Response profiles_response(unsigned version, const ChainSet& chains) {
  return chains_response(version, chains, [](const LoadedChain& loaded) {
    Json profiles = Json::array();
    for (const auto& profile : loaded.chain->profiles()) {
      profiles.push_back({{"id", profile.id},
                          {"version", profile.version},
                          {"level", profile.level},
                          {"sha256", profile.sha256},
                          {"publisher", profile.publisher}});
    }
    return Json{{"name", loaded.name}, {"asOf", loaded.chain->as_of()}, {"profiles", profiles}};
  });
}

Response rules_response(unsigned version, const ChainSet& chains) {
  return chains_response(version, chains, [](const LoadedChain& loaded) {
    Json rules = Json::array();
    for (const auto& rule : loaded.chain->rules()) {
      rules.push_back({{"id", rule.id},
                       {"severity", api::to_string(rule.default_severity)},
                       {"title", rule.title},
                       {"titleDe", rule.title_de},
                       {"source", rule.source}});
    }
    return Json{{"name", loaded.name}, {"rules", rules}};
  });
}

Response health_response(unsigned version) {
  return json_response(version, http::status::ok, {{"status", "alive"}});
}

Response ready_response(unsigned version, bool ready, bool draining) {
  if (draining) {
    return json_response(version, http::status::service_unavailable, {{"status", "draining"}});
  }
  if (!ready) {
    return json_response(version, http::status::service_unavailable, {{"status", "compiling"}});
  }
  return json_response(version, http::status::ok, {{"status", "ready"}});
}

Response openapi_response(unsigned version) {
  return make_response(version, http::status::ok, "application/json",
                       std::string(embedded::openapi_json));
}

}  // namespace konform::serve
