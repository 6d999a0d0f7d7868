#include "validator/serve/validate_handler.h"

#include <algorithm>

#include "validator/serve/problem.h"

namespace konform::serve {
namespace {

constexpr std::size_t kMaxNameBytes = 255;
constexpr const char* kDefaultName = "input.xml";

bool acceptable_name(const std::string& name) {
  return !name.empty() && name.size() <= kMaxNameBytes &&
         std::none_of(name.begin(), name.end(), [](char c) {
           const auto byte = static_cast<unsigned char>(c);
           return byte < 0x20 || byte == 0x7f;
         });
}

std::string chain_names(const ChainSet& chains) {
  std::string names;
  for (const auto& loaded : chains.chains) names += (names.empty() ? "" : ", ") + loaded.name;
  return names;
}

Response unknown_profile(unsigned version, const std::string& wanted, const ChainSet& chains) {
  if (wanted.empty()) {
    return problem_response(
        version,
        {http::status::bad_request, "profile-required", "Profile required",
         "several chains are loaded; choose one with ?profile=: " + chain_names(chains),
         "mehrere Ketten sind geladen; eine mit ?profile= w\u00e4hlen: " + chain_names(chains)});
  }
  return problem_response(
      version, {http::status::not_found, "unknown-profile", "Unknown profile",
                "no chain '" + wanted + "' is loaded; loaded: " + chain_names(chains),
                "keine Kette '" + wanted + "' ist geladen; geladen: " + chain_names(chains)});
}

}  // namespace

std::variant<ValidationJob, Response> prepare_validation(Request& request,
                                                         const RequestTarget& target,
                                                         std::shared_ptr<const ChainSet> chains) {
  const unsigned version = request.version();
  const std::string wanted = target.parameter("profile");
  const LoadedChain* chain = chains->find(wanted);
  if (chain == nullptr) return unknown_profile(version, wanted, *chains);

  std::string name = target.parameter("name");
  if (name.empty()) name = std::string(request["X-Konform-Filename"]);
  if (name.empty()) name = kDefaultName;
  if (!acceptable_name(name)) {
    return problem_response(
        version, {http::status::bad_request, "bad-file-name", "Bad file name",
                  "the file name must have 1 to 255 bytes and no control characters",
                  "der Dateiname muss 1 bis 255 Bytes lang sein und darf keine Steuerzeichen "
                  "enthalten"});
  }
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
  if (request.body().empty()) {
    return problem_response(
        version, {http::status::bad_request, "empty-body", "Empty body",
                  "the request body is the XML (or YAML) document to validate; it was empty",
                  "der Rumpf der Anfrage ist das zu pr\u00fcfende XML- (oder YAML-)Dokument; er "
                  "war leer"});
  }
  ValidationJob job;
  job.chains = std::move(chains);
  job.chain = chain;
  job.display_name = std::move(name);
  job.format = std::move(*format);
  // The human formats default to German as on the command line (html); JSON carries both.
  job.language = lang == "de" || (lang.empty() && job.format.name == "html")
                     ? api::Language::kGerman
                     : api::Language::kEnglish;
  job.http_version = version;
  job.body = std::move(request.body());
  return job;
}

ValidationResult run_validation(const ValidationJob& job) {
  const api::Report report = job.chain->chain->validate_bytes(job.body, job.display_name);
  api::RenderOptions options;
  options.language = job.language;
  Response response =
      make_response(job.http_version, http::status::ok, job.format.content_type.c_str(),
                    report.render(job.format.name, options));
  response.set("X-Konform-Verdict", std::string(api::to_string(report.verdict())));
  return {std::move(response), report.verdict()};
}

}  // namespace konform::serve
