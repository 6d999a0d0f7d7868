// The answers that only describe the service: its chains, their rules, the probes, the metrics
// and the OpenAPI document. Pure functions of what they are given.
#pragma once

#include <string>

#include "validator/serve/chain_set.h"
#include "validator/serve/http_types.h"

namespace konform::serve {

/// `GET /v1/profiles`: each chain with its profiles (id, version, level, sha256) and date.
Response profiles_response(unsigned version, const ChainSet& chains);
/// `GET /v1/rules`: each chain's rules (id, default severity, titles in English and German).
Response rules_response(unsigned version, const ChainSet& chains);
/// `/healthz`: the process answers.
Response health_response(unsigned version);
/// `/readyz`: 200 once the chains are compiled, 503 before and while draining.
Response ready_response(unsigned version, bool ready, bool draining);
/// `GET /v1/openapi.json`: the document checked into validator/serve/openapi.json.
Response openapi_response(unsigned version);

}  // namespace konform::serve
