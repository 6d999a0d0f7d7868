// What a request hands to the worker pool (a validation, a comparison): a function that answers
// it, run under admission and the deadline (session.cpp), and the verdict it reached.
#pragma once

#include <functional>
#include <optional>
#include <variant>

#include "konform/report.h"
#include "validator/serve/http_types.h"
#include "validator/serve/report_body.h"

namespace konform::serve {

/// A response with its body in one string, or a report's in pieces.
using Answer = std::variant<Response, ReportResponse>;

struct WorkerResult {
  Answer response;
  std::optional<api::Verdict> verdict;  ///< counted in the metrics; none when refused
};

struct WorkerJob {
  unsigned http_version = 11;
  std::function<WorkerResult()> run;
};

}  // namespace konform::serve
