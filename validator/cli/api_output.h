// What the checking commands (`validate`, `xsd lint`) and `compare` write through the public API
// (include/konform): the formats its render functions take, with "pdf", for pairing --format with
// --output, and the report written in each requested format with the exit code it earns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "konform/comparison.h"
#include "konform/report.h"
#include "validator/cli/report_options.h"
#include "validator/cli/report_output.h"

namespace konform::cli {

/// api::report_formats() and "pdf", sorted (listed in order when a format is mistyped).
std::vector<std::string> validation_formats();
/// api::comparison_formats() and "pdf", in the order an unknown format's error lists them.
std::vector<std::string> compare_formats();

/// --lang as the API's language: "en", "de", or "" for each format's own.
api::Language language_of(const std::string& lang);

/// The report's --format and --output options paired (text by default). Throws ConfigError.
std::vector<OutputRequest> report_outputs(const ReportOptions& options);

/// How a checking command ends: writes `report` in the requested formats (colour only on a
/// terminal) and returns its exit code: incomplete, findings at or above --fail-on, else ok.
int write_report_and_exit(const api::Report& report, const std::vector<OutputRequest>& requests,
                          const ReportOptions& options);

/// How `compare` ends: writes `comparison` in the requested formats and returns its exit code:
/// incomplete, any candidate not conformant, else ok.
int write_comparison_and_exit(const api::Comparison& comparison,
                              const std::vector<OutputRequest>& requests, const std::string& lang);

}  // namespace konform::cli
