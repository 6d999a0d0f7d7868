#include "validator/serve/kosit_handler.h"

#include "validator/serve/request_choices.h"
#include "validator/serve/validation_inputs.h"

namespace konform::serve {

std::variant<ValidationJob, Response> prepare_kosit_validation(
    Request& request, const RequestTarget& target, std::shared_ptr<const ChainSet> chains) {
  auto chain = requested_chain(request.version(), target, *chains);
  if (auto* refused = std::get_if<Response>(&chain)) return std::move(*refused);
  auto inputs = validation_inputs(request, target);
  if (auto* refused = std::get_if<Response>(&inputs)) return std::move(*refused);
  ValidationJob job;
  job.chains = std::move(chains);
  job.chain = std::get<const LoadedChain*>(chain);
  job.inputs = std::move(std::get<std::vector<api::InputBytes>>(inputs));
  job.format = {"xml", "application/xml; charset=utf-8"};
  job.verdict_as_status = true;
  job.http_version = request.version();
  return job;
}

http::status kosit_status(api::Verdict verdict) {
  switch (verdict) {
    case api::Verdict::kConformant:
      return http::status::ok;
    case api::Verdict::kNotConformant:
      return http::status::not_acceptable;
    case api::Verdict::kIncomplete:
      return http::status::unprocessable_entity;
  }
  return http::status::unprocessable_entity;
}

}  // namespace konform::serve
