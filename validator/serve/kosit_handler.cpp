#include "validator/serve/kosit_handler.h"

namespace konform::serve {

std::variant<ValidationJob, Response> prepare_kosit_validation(
    Request& request, const RequestTarget& target, std::shared_ptr<const ChainSet> chains) {
  auto prepared =
      validation_job(request, target, std::move(chains), {"xml", "application/xml; charset=utf-8"});
  if (auto* job = std::get_if<ValidationJob>(&prepared)) job->verdict_as_status = true;
  return prepared;
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
