// `konform validate`: resolve the profiles, compile them, check the inputs, render the report.
#include <ctime>
#include <iostream>
#include <thread>

#include "validator/check/input_checker.h"
#include "validator/cli/commands.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/report_output.h"
#include "validator/compile/compiled_profile.h"
#include "validator/core/config_error.h"
#include "validator/core/version.h"
#include "validator/input/input_source.h"
#include "validator/profile/manifest_loader.h"
#include "validator/resolve/profile_resolver.h"

namespace konform::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> profiles;
  std::vector<std::string> profile_path;
  std::string schema;
  std::vector<std::string> catalogs;
  std::vector<std::string> schema_roots;
  std::vector<std::string> codelists;
  std::vector<std::string> schematrons;
  bool strict_codelists = false;
  unsigned jobs = 0;
  std::string as_of;
  std::vector<std::string> formats;
  std::vector<std::string> outputs;
  std::string fail_on = "error";
  std::string lang;  // empty: each format's default (html: German, the others: English)
  bool quiet = false;
  std::size_t max_input_size = std::size_t{1} << 30;
  int max_depth = 1000;
  int max_findings = 1000;
  std::vector<std::string> inputs;
};

}  // namespace

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[11];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

namespace {

/// YYYY-MM-DD with a plausible month and day (the date itself is compared as text).
bool is_iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  const int day = (text[8] - '0') * 10 + (text[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::vector<std::filesystem::path> as_paths(const std::vector<std::string>& strings) {
  return {strings.begin(), strings.end()};
}

int run_validate(const ValidateOptions& options) {
  const bool adhoc = !options.schema.empty() || !options.schematrons.empty();
  if (options.profiles.empty() && !adhoc) {
    throw ConfigError(
        "nothing to validate against: give --profile DIR|ID, --schema FILE.xsd or --schematron "
        "FILE.sch");
  }
  if (options.schema.empty() && !options.catalogs.empty()) {
    throw ConfigError("--catalog needs --schema (profiles name their catalogs in profile.xml)");
  }
  const auto fail_on = parse_severity(options.fail_on);
  const auto outputs = pair_outputs(options.formats, options.outputs);

  const std::string as_of = options.as_of.empty() ? today() : options.as_of;
  ResolveOptions resolve_options{profile_search_path(as_paths(options.profile_path)), as_of};
  ResolvedProfiles resolved = resolve_profiles(options.profiles, resolve_options);
  for (const auto& notice : resolved.notices) std::cerr << "konform: note: " << notice << "\n";
  std::vector<Profile> profiles = std::move(resolved.chain);
  if (adhoc) {
    profiles.push_back(adhoc_profile(options.schema, as_paths(options.catalogs),
                                     as_paths(options.schema_roots), as_paths(options.codelists),
                                     as_paths(options.schematrons)));
  } else if (!options.codelists.empty()) {
    throw ConfigError("--codelists needs --schema (profiles name their code lists in profile.xml)");
  }
  const CompiledProfile compiled = compile_profiles(profiles, as_of);
  const auto inputs = discover_inputs(options.inputs);

  CheckOptions check_options;
  check_options.max_input_bytes = options.max_input_size;
  check_options.reader_limits.max_depth = options.max_depth;
  check_options.reader_limits.max_findings = options.max_findings;
  check_options.strict_codelists = options.strict_codelists;
  check_options.jobs =
      options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  check_options.as_of = as_of;
  Report report = check_inputs(compiled, inputs, check_options);
  report.tool_version = std::string(kVersion);
  report.as_of = check_options.as_of;

  reports::RenderOptions render_options;
  render_options.color = true;  // only where the output is a terminal; decided when writing
  render_options.quiet = options.quiet;
  render_options.lang = options.lang;
  write_outputs(report, outputs, render_options);

  if (report.verdict == Verdict::kIncomplete) return kExitIncomplete;
  return has_finding_at_or_above(report, *fail_on) ? kExitFindings : kExitOk;
}

}  // namespace

Command add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand("validate", "Check XML messages against profiles");
  cmd->add_option("--profile", options->profiles,
                  "Profile folder (with profile.xml) or profile id; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--profile-path", options->profile_path,
                  "Extra folder to search for profiles by id; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--schema", options->schema,
                  "Ad-hoc mode: validate against this XSD without a profile");
  cmd->add_option("--catalog", options->catalogs,
                  "Ad-hoc mode: OASIS XML catalog for schema locations; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--schema-root", options->schema_roots,
                  "Ad-hoc mode: extra folder schemas may be read from; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--schematron", options->schematrons,
                  "Ad-hoc mode: ISO Schematron rule set (queryBinding xslt2); repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--codelists", options->codelists,
                  "Ad-hoc mode: genericode code list file or folder; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--jobs", options->jobs,
                  "Inputs checked in parallel (default 0: one per core); results keep input order");
  cmd->add_flag("--strict-codelists", options->strict_codelists,
                "A code whose list the profile does not carry is an error, not a warning");
  cmd->add_option("--as-of", options->as_of,
                  "Validation date YYYY-MM-DD for dated artefacts (default: today)")
      ->check(CLI::Validator(
          [](std::string& value) {
            return is_iso_date(value) ? std::string() : "expected YYYY-MM-DD";
          },
          "DATE"));
  cmd->add_option("--format", options->formats, "Report format (text, json, ...); repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--output", options->outputs,
                  "File for the report of the matching --format (default: standard output)")
      ->allow_extra_args(false);
  cmd->add_option("--fail-on", options->fail_on,
                  "Lowest severity that makes the exit code 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  cmd->add_option("--lang", options->lang,
                  "Language: en or de (default: German for html, English otherwise)")
      ->check(CLI::IsMember({"en", "de"}));
  cmd->add_flag("--quiet", options->quiet, "Print only findings (text format)");
  cmd->add_option("--max-depth", options->max_depth,
                  "Refuse element nesting deeper than this (default: 1000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option(
         "--max-findings", options->max_findings,
         "List at most this many XSD findings per input; the rest are counted (default: 1000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-input-size", options->max_input_size,
                  "Refuse inputs larger than this many bytes (default: 1 GiB)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("inputs", options->inputs, "Files, folders (searched for *.xml) or - for stdin")
      ->required();
  return [options] { return run_validate(*options); };
}

}  // namespace konform::cli
