#include "validator/cli/report_options.h"

#include "validator/cli/repeatable_option.h"

namespace konform::cli {

void add_report_options(CLI::App* cmd, ReportOptions& options) {
  add_repeatable_option(cmd, "--format", options.formats,
                        "Report format (text, json, ...); repeatable");
  add_repeatable_option(cmd, "--output", options.outputs,
                        "File for the report of the matching --format (default: standard output)");
  cmd->add_option("--fail-on", options.fail_on,
                  "Lowest severity that makes the exit code 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  cmd->add_option("--lang", options.lang,
                  "Language: en or de (default: German for html, English otherwise)")
      ->check(CLI::IsMember({"en", "de"}));
  cmd->add_flag("--quiet", options.quiet, "Print only findings (text format)");
}

}  // namespace konform::cli
