#include "validator/serve/request_choices.h"

#include "konform/version.h"
#include "validator/serve/problem.h"

namespace konform::serve {
namespace {

Response unknown_profile(unsigned version, const std::string& wanted, const ChainSet& chains) {
  if (wanted.empty()) {
    return problem_response(
        version,
        {http::status::bad_request, "profile-required", "Profile required",
         "several chains are loaded; choose one with ?profile=: " + chains.describe(),
         "mehrere Ketten sind geladen; eine mit ?profile= w\u00e4hlen: " + chains.describe()});
  }
  if (const auto at = wanted.find('@');
      at != std::string::npos && !api::is_version_range(wanted.substr(at + 1))) {
    return problem_response(
        version, {http::status::bad_request, "bad-version-range", "Bad version range",
                  "'" + wanted.substr(at + 1) +
                      "' is no version range (2.1.0, ^2.1, ~2.1, >=2.0.0 <3.0.0 or *)",
                  "'" + wanted.substr(at + 1) +
                      "' ist kein Versionsbereich (2.1.0, ^2.1, ~2.1, >=2.0.0 <3.0.0 oder *)"});
  }
  return problem_response(
      version, {http::status::not_found, "unknown-profile", "Unknown profile",
                "no loaded chain matches '" + wanted + "'; loaded: " + chains.describe(),
                "keine geladene Kette passt zu '" + wanted + "'; geladen: " + chains.describe()});
}

}  // namespace

std::variant<const LoadedChain*, Response> requested_chain(unsigned version,
                                                           const RequestTarget& target,
                                                           const ChainSet& chains) {
  const std::string wanted = target.parameter("profile");
  const LoadedChain* chain = chains.find(wanted);
  if (chain == nullptr) return unknown_profile(version, wanted, chains);
  return chain;
}

std::variant<std::optional<api::Language>, Response> requested_language(
    unsigned version, const RequestTarget& target) {
  const std::string lang = target.parameter("lang");
  if (lang.empty()) return std::optional<api::Language>();
  if (lang == "de") return std::optional(api::Language::kGerman);
  if (lang == "en") return std::optional(api::Language::kEnglish);
  return problem_response(version,
                          {http::status::bad_request, "unknown-language", "Unknown language",
                           "lang must be en or de", "lang muss en oder de sein"});
}

}  // namespace konform::serve
