// `konform validate`: resolve the profiles, compile them, check the inputs, render the report.
#include <future>
#include <iostream>
#include <thread>
#include <utility>

#include "validator/cli/chain_setup.h"
#include "validator/cli/check_options_cli.h"
#include "validator/cli/commands.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/keep_until_exit.h"
#include "validator/cli/report_output.h"
#include "validator/core/config_error.h"
#include "validator/input/input_source.h"
#include "validator/pipeline/chain_check.h"
#include "validator/profile/adhoc_profile.h"

namespace konform::cli {
namespace {

struct ValidateOptions {
  ChainOptions chain;
  std::vector<std::string> schemas;
  std::vector<std::string> catalogs;
  std::vector<std::string> schema_roots;
  std::vector<std::string> codelists;
  std::vector<std::string> schematrons;
  bool strict_codelists = false;
  unsigned jobs = 0;
  std::vector<std::string> formats;
  std::vector<std::string> outputs;
  std::string fail_on = "error";
  std::string lang;  // empty: each format's default (html: German, the others: English)
  bool quiet = false;
  bool explain = false;
  LimitOptions limits;
  std::vector<std::string> inputs;
};

/// Folders that held nothing to check: a usage error, not an empty (and so "complete") run.
ConfigError no_inputs_found(const std::vector<std::string>& operands) {
  std::string searched;
  for (const auto& operand : operands) searched += " " + operand;
  return ConfigError(std::string("no inputs found; searched recursively:") + searched +
                     "\nfiles that count: " + kInputFileNames +
                     "\nname the files to check, or a folder that holds them")
      .with_german(
          std::string("keine Eingaben gefunden; rekursiv durchsucht:") + searched +
          "\nDateien, die z\u00e4hlen: " + kInputFileNames +
          "\ndie zu pr\u00fcfenden Dateien nennen oder einen Ordner, der sie enth\u00e4lt");
}

int run_validate(const ValidateOptions& options) {
  const bool adhoc = !options.schemas.empty() || !options.schematrons.empty();
  const ChainOptions& chain_options = options.chain;
  std::optional<lock::LockFile> lock = lock_to_honour(chain_options, adhoc);
  if (pipeline::specs_to_resolve(chain_options.profiles, lock ? &*lock : nullptr).empty() &&
      !adhoc) {
    throw ConfigError(
        "nothing to validate against: give --profile DIR|ID, --schema FILE.xsd or --schematron "
        "FILE.sch");
  }
  if (options.schemas.empty() && !options.catalogs.empty()) {
    throw ConfigError("--catalog needs --schema (profiles name their catalogs in profile.xml)");
  }
  if (!adhoc && !options.codelists.empty()) {
    throw ConfigError("--codelists needs --schema (profiles name their code lists in profile.xml)");
  }
  const auto fail_on = parse_severity(options.fail_on);
  const auto outputs = pair_outputs(options.formats, options.outputs);

  // The folders are walked while the chain resolves and compiles: listing and sorting a batch of
  // thousands of files takes milliseconds that no worker could share otherwise. An error in the
  // chain still comes first; the walk's own error (an operand that does not exist) comes from
  // get().
  auto discovered = std::async(std::launch::async, discover_inputs, std::cref(options.inputs));

  std::optional<Profile> adhoc_run;
  if (adhoc) {
    adhoc_run = adhoc_profile(as_paths(options.schemas), as_paths(options.catalogs),
                              as_paths(options.schema_roots), as_paths(options.codelists),
                              as_paths(options.schematrons));
  }
  const pipeline::BuiltChain& chain = keep_until_exit(
      build_chain(chain_options, chain_options.as_of.empty() ? today() : chain_options.as_of,
                  std::move(lock), std::move(adhoc_run)));
  auto inputs = discovered.get();
  if (inputs.empty()) throw no_inputs_found(options.inputs);

  CheckOptions check_options;
  apply_limits(options.limits, check_options);
  check_options.strict_codelists = options.strict_codelists;
  check_options.jobs =
      options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  check_options.explain = options.explain;
  std::vector<std::string> explanations;
  const Report& report = keep_until_exit(pipeline::check_with_chain(
      chain, std::move(inputs), check_options, options.explain ? &explanations : nullptr));
  // The trace goes to standard error, so reports on standard output stay byte for byte the same.
  for (const auto& explanation : explanations) std::cerr << explanation;

  return write_report_and_exit(report, outputs, options.quiet, options.lang, *fail_on);
}

}  // namespace

Command add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand("validate", "Check XML messages against profiles");
  add_chain_options(cmd, options->chain);
  cmd->add_option("--schema", options->schemas,
                  "Ad-hoc mode: validate against this XSD without a profile; repeatable (each "
                  "input against the one that declares its root element)")
      ->allow_extra_args(false);
  cmd->add_option("--catalog", options->catalogs,
                  "Ad-hoc mode: OASIS XML catalog for schema locations; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--schema-root", options->schema_roots,
                  "Ad-hoc mode: no longer needed (what --schema and --schematron name may read "
                  "any local file); accepted, repeatable")
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
  cmd->add_flag("--explain", options->explain,
                "Print on standard error how each input's document type was chosen");
  add_limit_options(cmd, options->limits);
  cmd->add_option("inputs", options->inputs, "Files, folders (searched for *.xml) or - for stdin")
      ->required();
  return [options] { return run_validate(*options); };
}

}  // namespace konform::cli
