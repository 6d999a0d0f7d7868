// `POST /ui/validate` and `POST /ui/compare`: what the web page's forms post, without any
// script. The validation (or comparison) runs on the worker pool like the API's; the answer is
// the HTML report with the same run's JSON and SARIF as downloads, and a refusal is a page too.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <variant>

#include "validator/serve/chain_set.h"
#include "validator/serve/http_types.h"
#include "validator/serve/worker_job.h"

namespace konform::serve {

/// The validation of the uploaded files (input "files") and the pasted text ("pasted", named
/// pasted.xml) against the chain the "profile" field picks, in the "lang" field's language; or
/// the refusal page: 400 for a bad form or nothing to validate, 401 without the token (see
/// form_authorized), 404 for an unknown profile.
std::variant<WorkerJob, Response> prepare_form_validation(Request& request,
                                                          std::shared_ptr<const ChainSet> chains,
                                                          std::string_view token);

/// The comparison of the uploaded zips (input "candidates", each named by its file name without
/// .zip), as POST /v1/compare compares them; refusals as for prepare_form_validation.
std::variant<WorkerJob, Response> prepare_form_compare(Request& request,
                                                       std::shared_ptr<const ChainSet> chains,
                                                       std::string_view token,
                                                       std::size_t max_body);

}  // namespace konform::serve
