#include "validator/serve/form_handler.h"

#include "validator/serve/compare_handler.h"
#include "validator/serve/form_request.h"
#include "validator/serve/page_language.h"
#include "validator/serve/page_words.h"
#include "validator/serve/problem.h"
#include "validator/serve/request_choices.h"
#include "validator/serve/validate_handler.h"
#include "validator/serve/web_answer.h"

namespace konform::serve {
namespace {

constexpr const char* kPastedName = "pasted.xml";

/// The form, authorized, the language its answer speaks and the chain it picked; or the refusal
/// page.
struct CheckedForm {
  FormPost form;
  api::Language language;
  const LoadedChain* chain;
  unsigned http_version;

  /// The worker's job (a ValidationJob, a CompareJob) answering the form: its chain, kept alive
  /// by `chains`, its language and HTTP version; the rest is the caller's.
  template <typename Job>
  Job job(std::shared_ptr<const ChainSet> chains) const {
    Job job;
    job.chains = std::move(chains);
    job.chain = chain;
    job.language = language;
    job.http_version = http_version;
    return job;
  }
};

std::variant<CheckedForm, Response> checked_form(Request& request, Page page,
                                                 const ChainSet& chains, std::string_view token) {
  const std::string_view accept_language = std_view(request[http::field::accept_language]);
  auto form = read_form_post(request);
  if (auto* refused = std::get_if<Response>(&form)) {
    return refusal_page(std::move(*refused), page, page_language("", accept_language));
  }
  CheckedForm checked{std::move(std::get<FormPost>(form)), api::Language::kGerman, nullptr,
                      request.version()};
  checked.language = page_language(checked.form.choices.parameter("lang"), accept_language);
  if (!form_authorized(request, checked.form, token)) {
    Response refused = problem_response(
        request.version(),
        {http::status::unauthorized, "unauthorized", "Authentication required",
         "enter the service's token in the form, or send it as Authorization: Bearer <token>",
         "das Token des Dienstes im Formular eingeben oder als Authorization: Bearer <Token> "
         "senden"});
    refused.set(http::field::www_authenticate, "Bearer");
    return refusal_page(std::move(refused), page, checked.language);
  }
  auto chain = requested_chain(request.version(), checked.form.choices, chains);
  if (auto* refused = std::get_if<Response>(&chain)) {
    return refusal_page(std::move(*refused), page, checked.language);
  }
  checked.chain = std::get<const LoadedChain*>(chain);
  return checked;
}

Response nothing_to_validate(unsigned version, api::Language language) {
  return refusal_page(
      problem_response(version,
                       {http::status::bad_request, "empty-body", "Nothing to validate",
                        "choose files or paste XML to validate",
                        "Dateien w\u00e4hlen oder XML einf\u00fcgen, um sie zu pr\u00fcfen"}),
      Page::kValidate, language);
}

}  // namespace

std::variant<WorkerJob, Response> prepare_form_validation(Request& request,
                                                          std::shared_ptr<const ChainSet> chains,
                                                          std::string_view token) {
  auto result = checked_form(request, Page::kValidate, *chains, token);
  if (auto* refused = std::get_if<Response>(&result)) return std::move(*refused);
  auto& checked = std::get<CheckedForm>(result);
  auto job = checked.job<ValidationJob>(std::move(chains));
  job.inputs = std::move(checked.form.files["files"]);
  if (std::string pasted = checked.form.choices.parameter("pasted"); !pasted.empty()) {
    job.inputs.push_back({kPastedName, std::move(pasted)});
  }
  if (job.inputs.empty()) return nothing_to_validate(job.http_version, job.language);
  return WorkerJob{
      checked.http_version, [job = std::move(job)]() -> WorkerResult {
        const api::Report report = job.chain->chain->validate(job.inputs);
        api::RenderOptions options;
        options.language = job.language;
        const std::vector<Download> downloads{
            {page_word(job.language, "download_json"), "konform-report.json", "application/json",
             report.render("json", options)},
            {page_word(job.language, "download_sarif"), "konform-report.sarif",
             "application/sarif+json", report.render("sarif", options)}};
        Response response = report_page(job.http_version, report.render("html", options), downloads,
                                        Page::kValidate, job.language);
        response.set("X-Konform-Verdict", std::string(api::to_string(report.verdict())));
        return {std::move(response), report.verdict()};
      }};
}

std::variant<WorkerJob, Response> prepare_form_compare(Request& request,
                                                       std::shared_ptr<const ChainSet> chains,
                                                       std::string_view token,
                                                       std::size_t max_body) {
  auto result = checked_form(request, Page::kCompare, *chains, token);
  if (auto* refused = std::get_if<Response>(&result)) return std::move(*refused);
  auto& checked = std::get<CheckedForm>(result);
  auto job = checked.job<CompareJob>(std::move(chains));
  for (auto& file : checked.form.files["candidates"]) {
    std::string name = file.display_name;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".zip") == 0)
      name.resize(name.size() - 4);
    job.candidates.push_back({std::move(name), std::move(file.bytes)});
  }
  if (job.candidates.empty()) {
    return refusal_page(
        problem_response(job.http_version,
                         {http::status::bad_request, "bad-candidates", "Bad candidates",
                          "choose the candidates' zip files to compare",
                          "die Zip-Dateien der Angebote zum Vergleich w\u00e4hlen"}),
        Page::kCompare, job.language);
  }
  job.limits = compare_limits(max_body);
  job.format = "html";
  return WorkerJob{
      checked.http_version, [job = std::move(job)]() -> WorkerResult {
        auto compared = compare_candidates(job);
        if (auto* refused = std::get_if<Response>(&compared)) {
          return {refusal_page(std::move(*refused), Page::kCompare, job.language), std::nullopt};
        }
        const auto& comparison = std::get<api::Comparison>(compared);
        const std::vector<Download> downloads{{page_word(job.language, "download_comparison_json"),
                                               "konform-comparison.json", "application/json",
                                               comparison.render("json", job.language)}};
        Response response = report_page(job.http_version, comparison.render("html", job.language),
                                        downloads, Page::kCompare, job.language);
        response.set("X-Konform-Verdict", std::string(api::to_string(comparison.verdict())));
        return {std::move(response), comparison.verdict()};
      }};
}

}  // namespace konform::serve
