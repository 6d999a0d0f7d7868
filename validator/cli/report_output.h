// Writes a finished report in the requested formats. Files are written atomically (a temporary
// file renamed into place), so an interrupted run never leaves a truncated report behind.
#pragma once

#include <string>
#include <vector>

#include "reports/renderer.h"
#include "validator/core/report.h"

namespace konform::cli {

struct OutputRequest {
  std::string format;  ///< renderer name
  std::string file;    ///< empty or "-": standard output
};

/// Pairs --format and --output options in order: the n-th --output belongs to the n-th --format;
/// formats without an output go to standard output (at most one may). Throws ConfigError.
std::vector<OutputRequest> pair_outputs(const std::vector<std::string>& formats,
                                        const std::vector<std::string>& outputs);

void write_outputs(const Report& report, const std::vector<OutputRequest>& requests,
                   const reports::RenderOptions& options);

}  // namespace konform::cli
