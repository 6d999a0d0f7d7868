#include "validator/serve/validate_handler.h"

#include "validator/serve/kosit_handler.h"
#include "validator/serve/problem.h"
#include "validator/serve/request_choices.h"
#include "validator/serve/validation_inputs.h"

namespace konform::serve {

std::variant<ValidationJob, Response> validation_job(Request& request, const RequestTarget& target,
                                                     std::shared_ptr<const ChainSet> chains,
                                                     ReportFormat format) {
  auto chain = requested_chain(request.version(), target, *chains);
  if (auto* refused = std::get_if<Response>(&chain)) return std::move(*refused);
  auto inputs = validation_inputs(request, target);
  if (auto* refused = std::get_if<Response>(&inputs)) return std::move(*refused);
  ValidationJob job;
  job.chains = std::move(chains);
  job.chain = std::get<const LoadedChain*>(chain);
  job.inputs = std::move(std::get<std::vector<api::InputBytes>>(inputs));
  job.format = std::move(format);
  job.http_version = request.version();
  return job;
}

std::variant<ValidationJob, Response> prepare_validation(Request& request,
                                                         const RequestTarget& target,
                                                         std::shared_ptr<const ChainSet> chains) {
  const unsigned version = request.version();
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
  auto language = requested_language(version, target);
  if (auto* refused = std::get_if<Response>(&language)) return std::move(*refused);
  auto prepared = validation_job(request, target, std::move(chains), std::move(*format));
  if (auto* job = std::get_if<ValidationJob>(&prepared)) {
    // The human formats default to German as on the command line (html); JSON carries both.
    job->language = std::get<std::optional<api::Language>>(language).value_or(
        job->format.name == "html" ? api::Language::kGerman : api::Language::kEnglish);
  }
  return prepared;
}

WorkerResult run_validation(ValidationJob job) {
  const api::Report report = job.chain->chain->validate(std::move(job.inputs));
  api::RenderOptions options;
  options.language = job.language;
  ReportResponse response = make_response<ReportBody>(
      job.http_version, job.verdict_as_status ? kosit_status(report.verdict()) : http::status::ok,
      job.format.content_type, report.render_pieces(job.format.name, options));
  response.set("X-Konform-Verdict", std::string(api::to_string(report.verdict())));
  return {std::move(response), report.verdict()};
}

}  // namespace konform::serve
