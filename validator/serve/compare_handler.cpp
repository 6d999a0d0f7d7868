#include "validator/serve/compare_handler.h"

#include "konform/error.h"
#include "validator/serve/multipart.h"
#include "validator/serve/multipart_problem.h"
#include "validator/serve/problem.h"
#include "validator/serve/report_format.h"
#include "validator/serve/request_choices.h"

namespace konform::serve {
namespace {

Response bad_candidates(unsigned version, const std::string& detail, const std::string& detail_de) {
  return problem_response(
      version, {http::status::bad_request, "bad-candidates", "Bad candidates", detail, detail_de});
}

/// "'candidate': " for an error about one candidate (its file() names it), else nothing.
std::string where(const api::ConfigurationError& error) {
  return error.file().empty() ? "" : "'" + error.file() + "': ";
}

Response candidate_too_large(unsigned version, const api::LimitExceededError& error,
                             const api::ZipLimits& limits) {
  const std::string entries = std::to_string(limits.max_entries);
  const std::string bytes = std::to_string(limits.max_unpacked_bytes);
  return problem_response(
      version, {http::status::payload_too_large, "candidate-too-large", "Candidate too large",
                "a candidate unpacks beyond the service's limit of " + entries + " entries and " +
                    bytes + " bytes (ten times --max-body): " + where(error) + error.what(),
                "ein Kandidat entpackt \u00fcber die Grenze des Dienstes von " + entries +
                    " Eintr\u00e4gen und " + bytes +
                    " Bytes (das Zehnfache von --max-body): " + where(error) + error.message_de()});
}

/// `?format=` json or html, else Accept's first of application/json and text/html, else json.
std::optional<std::string> compare_format(const RequestTarget& target, const Request& request) {
  const std::string format = target.parameter("format");
  if (!format.empty()) {
    return format == "json" || format == "html" ? std::optional(format) : std::nullopt;
  }
  const auto chosen = choose_report_format("", std_view(request[http::field::accept]));
  if (!chosen) return std::nullopt;
  if (chosen->name == "json" || chosen->name == "html") return chosen->name;
  return std::nullopt;
}

std::variant<std::vector<api::CandidateZip>, Response> candidate_zips(Request& request) {
  const unsigned version = request.version();
  const std::string_view content_type = std_view(request[http::field::content_type]);
  if (!is_multipart_form_data(content_type)) {
    return bad_candidates(version,
                          "send the candidates as multipart/form-data: one zip file per "
                          "candidate, the part's name naming it",
                          "die Kandidaten als multipart/form-data senden: je Kandidat eine "
                          "Zip-Datei, der Name des Teils benennt ihn");
  }
  auto read = multipart_parts(request);
  if (auto* refused = std::get_if<Response>(&read)) return std::move(*refused);
  const auto& parts = std::get<std::vector<MultipartPart>>(read);
  std::vector<api::CandidateZip> candidates;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const MultipartPart& part = parts[i];
    if (!part.has_filename || part.body.empty()) {
      const std::string number = std::to_string(i + 1);
      return bad_candidates(version, "part " + number + " ('" + part.name + "') is no zip file",
                            "Teil " + number + " ('" + part.name + "') ist keine Zip-Datei");
    }
    candidates.push_back({part.name, std::string(part.body)});
  }
  return candidates;
}

}  // namespace

api::ZipLimits compare_limits(std::size_t max_body) {
  return {1000, 10 * static_cast<std::uint64_t>(max_body)};
}

std::variant<CompareJob, Response> prepare_compare(Request& request, const RequestTarget& target,
                                                   std::shared_ptr<const ChainSet> chains,
                                                   std::size_t max_body) {
  const unsigned version = request.version();
  auto chain = requested_chain(version, target, *chains);
  if (auto* refused = std::get_if<Response>(&chain)) return std::move(*refused);
  const auto format = compare_format(target, request);
  if (!format) {
    return problem_response(
        version, {http::status::not_acceptable, "unknown-format", "Unknown report format",
                  "a comparison is written as json or html (?format= or Accept: "
                  "application/json, text/html)",
                  "ein Vergleich wird als json oder html geschrieben (?format= oder Accept: "
                  "application/json, text/html)"});
  }
  auto language = requested_language(version, target);
  if (auto* refused = std::get_if<Response>(&language)) return std::move(*refused);
  auto candidates = candidate_zips(request);
  if (auto* refused = std::get_if<Response>(&candidates)) return std::move(*refused);
  CompareJob job;
  job.chains = std::move(chains);
  job.chain = std::get<const LoadedChain*>(chain);
  job.candidates = std::move(std::get<std::vector<api::CandidateZip>>(candidates));
  job.limits = compare_limits(max_body);
  job.format = *format;
  // As `konform compare`: German unless English is asked for.
  job.language = std::get<std::optional<api::Language>>(language).value_or(api::Language::kGerman);
  job.http_version = version;
  return job;
}

std::variant<api::Comparison, Response> compare_candidates(const CompareJob& job) {
  try {
    return job.chain->chain->compare_zips(job.candidates, job.limits);
  } catch (const api::LimitExceededError& error) {
    // A zip bomb, or merely a large product: either way too large for this service, not broken.
    return candidate_too_large(job.http_version, error, job.limits);
  } catch (const api::ConfigurationError& error) {
    return bad_candidates(job.http_version,
                          "a candidate was refused: " + where(error) + error.what(),
                          "ein Kandidat wurde abgelehnt: " + where(error) + error.message_de());
  }
}

WorkerResult run_compare(const CompareJob& job) {
  auto compared = compare_candidates(job);
  if (auto* refused = std::get_if<Response>(&compared)) return {std::move(*refused), std::nullopt};
  const auto& comparison = std::get<api::Comparison>(compared);
  Response response = make_response(
      job.http_version, http::status::ok,
      job.format == "html" ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
      comparison.render(job.format, job.language));
  response.set("X-Konform-Verdict", std::string(api::to_string(comparison.verdict())));
  return {std::move(response), comparison.verdict()};
}

}  // namespace konform::serve
