// The report options of the commands that write a konform report (`validate`, `xsd lint`): the
// same names, help and checks on each (the command pairs them with report_outputs and ends with
// write_report_and_exit, api_output.h).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace konform::cli {

struct ReportOptions {
  std::vector<std::string> formats;
  std::vector<std::string> outputs;
  std::string fail_on = "error";
  std::string lang;  // empty: each format's default (html: German, the others: English)
  bool quiet = false;
};

/// Registers --format, --output, --fail-on, --lang and --quiet on `cmd`, in that order, storing
/// into `options`.
void add_report_options(CLI::App* cmd, ReportOptions& options);

}  // namespace konform::cli
