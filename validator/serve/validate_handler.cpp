#include "validator/serve/validate_handler.h"

#include "konform/version.h"
#include "validator/serve/problem.h"
#include "validator/serve/validation_inputs.h"

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

std::variant<ValidationJob, Response> prepare_validation(Request& request,
                                                         const RequestTarget& target,
                                                         std::shared_ptr<const ChainSet> chains) {
  const unsigned version = request.version();
  const std::string wanted = target.parameter("profile");
  const LoadedChain* chain = chains->find(wanted);
  if (chain == nullptr) return unknown_profile(version, wanted, *chains);

  auto format =
      choose_report_format(target.parameter("format"), std_view(request[http::field::accept]));
  if (!format) {
    std::string known;
    for (const auto& each : api::report_formats()) known += (known.empty() ? "" : ", ") + each;
    return problem_response(
        version,
        {http::status::not_acceptable, "unknown-format", "Unknown report format",
         "konform writes no report in the format or media type asked for; formats: " + known +
             " (?format=), or Accept: application/json, application/xml, "
             "application/sarif+json, text/html",
         "konform schreibt keinen Bericht im verlangten Format oder Medientyp; Formate: " + known});
  }
  const std::string lang = target.parameter("lang");
  if (!lang.empty() && lang != "en" && lang != "de") {
    return problem_response(version,
                            {http::status::bad_request, "unknown-language", "Unknown language",
                             "lang must be en or de", "lang muss en oder de sein"});
  }
  auto inputs = validation_inputs(request, target);
  if (auto* refused = std::get_if<Response>(&inputs)) return std::move(*refused);
  ValidationJob job;
  job.chains = std::move(chains);
  job.chain = chain;
  job.inputs = std::move(std::get<std::vector<api::InputBytes>>(inputs));
  job.format = std::move(*format);
  // The human formats default to German as on the command line (html); JSON carries both.
  job.language = lang == "de" || (lang.empty() && job.format.name == "html")
                     ? api::Language::kGerman
                     : api::Language::kEnglish;
  job.http_version = version;
  return job;
}

ValidationResult run_validation(const ValidationJob& job) {
  const api::Report report = job.chain->chain->validate(job.inputs);
  api::RenderOptions options;
  options.language = job.language;
  Response response =
      make_response(job.http_version, http::status::ok, job.format.content_type.c_str(),
                    report.render(job.format.name, options));
  response.set("X-Konform-Verdict", std::string(api::to_string(report.verdict())));
  return {std::move(response), report.verdict()};
}

}  // namespace konform::serve
