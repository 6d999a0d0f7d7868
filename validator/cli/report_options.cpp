#include "validator/cli/report_options.h"

namespace konform::cli {

void add_report_options(CLI::App* cmd, ReportOptions& options) {
  cmd->add_option("--format", options.formats, "Report format (text, json, ...); repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--output", options.outputs,
                  "File for the report of the matching --format (default: standard output)")
      ->allow_extra_args(false);
  cmd->add_option("--fail-on", options.fail_on,
                  "Lowest severity that makes the exit code 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  cmd->add_option("--lang", options.lang,
                  "Language: en or de (default: German for html, English otherwise)")
      ->check(CLI::IsMember({"en", "de"}));
  cmd->add_flag("--quiet", options.quiet, "Print only findings (text format)");
}

}  // namespace konform::cli
