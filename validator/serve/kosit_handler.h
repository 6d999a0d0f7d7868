// `POST /` as the KoSIT validator daemon (`java -jar validator.jar -D`) answers it, so its clients
// switch by changing the URL: the body is one XML document, the answer an XML report, and the
// status says the verdict: 200 acceptable (conformant), 406 not acceptable, 422 when the check
// could not finish (incomplete). konform's own XML report stands in for KoSIT's (README).
#pragma once

#include <memory>
#include <variant>

#include "validator/serve/chain_set.h"
#include "validator/serve/http_types.h"
#include "validator/serve/request_target.h"
#include "validator/serve/validate_handler.h"

namespace konform::serve {

/// The job, or the problem answer refusing the request (400 for an empty body, 404 for an
/// unknown `?profile=`).
std::variant<ValidationJob, Response> prepare_kosit_validation(
    Request& request, const RequestTarget& target, std::shared_ptr<const ChainSet> chains);

/// The KoSIT daemon's status for a verdict.
http::status kosit_status(api::Verdict verdict);

}  // namespace konform::serve
