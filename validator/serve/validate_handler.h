// `POST /v1/validate`: one raw XML (or YAML service definition) body, or several files as
// multipart/form-data, against one loaded chain, into one report.
// Split in two: what the I/O thread checks before admitting the request (chain, name, format),
// and the validation itself, which runs on a worker.
#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "konform/chain.h"
#include "konform/report.h"
#include "validator/serve/chain_set.h"
#include "validator/serve/http_types.h"
#include "validator/serve/report_format.h"
#include "validator/serve/request_target.h"
#include "validator/serve/worker_job.h"

namespace konform::serve {

struct ValidationJob {
  std::shared_ptr<const ChainSet> chains;  ///< keeps the chain alive across a reload
  const LoadedChain* chain = nullptr;
  std::vector<api::InputBytes> inputs;  ///< one report for all, in this order
  ReportFormat format;
  api::Language language = api::Language::kEnglish;
  unsigned http_version = 11;
  bool verdict_as_status = false;  ///< KoSIT's daemon: 200 conformant, 406 not, 422 incomplete
};

/// The job validating what the body carries against the chain `?profile=` picks, rendered in
/// `format`, or the problem answer refusing the request (400, 404).
std::variant<ValidationJob, Response> validation_job(Request& request, const RequestTarget& target,
                                                     std::shared_ptr<const ChainSet> chains,
                                                     ReportFormat format);

/// The job, or the problem answer that refuses the request (400, 404 for an unknown profile,
/// 406).
std::variant<ValidationJob, Response> prepare_validation(Request& request,
                                                         const RequestTarget& target,
                                                         std::shared_ptr<const ChainSet> chains);

/// Validates and renders. The status is 200 whatever the verdict, which travels in the report
/// and in the X-Konform-Verdict header.
WorkerResult run_validation(ValidationJob job);

}  // namespace konform::serve
