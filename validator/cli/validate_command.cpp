// `konform validate`: build the chain, check the inputs and render the report, all through the
// public API (include/konform); this file only parses options and wires them together.
#include <future>
#include <iostream>
#include <optional>
#include <utility>

#include "konform/chain.h"
#include "konform/report.h"
#include "validator/cli/api_output.h"
#include "validator/cli/chain_setup.h"
#include "validator/cli/check_options_cli.h"
#include "validator/cli/commands.h"
#include "validator/cli/keep_until_exit.h"
#include "validator/cli/repeatable_option.h"
#include "validator/cli/report_options.h"
#include "validator/core/config_error.h"

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
  ReportOptions report;
  bool explain = false;
  LimitOptions limits;
  std::vector<std::string> inputs;
};

/// The ad-hoc rules the options name; none without --schema and --schematron.
std::optional<api::AdhocRules> adhoc_rules(const ValidateOptions& options) {
  if (options.schemas.empty() && options.schematrons.empty()) return std::nullopt;
  return api::AdhocRules{as_paths(options.schemas), as_paths(options.catalogs),
                         as_paths(options.schema_roots), as_paths(options.codelists),
                         as_paths(options.schematrons)};
}

int run_validate(const ValidateOptions& options) {
  std::optional<api::AdhocRules> adhoc = adhoc_rules(options);
  const ChainOptions& chain_options = options.chain;
  api::ChainSpec spec = chain_spec(chain_options, adhoc.has_value());
  if (spec.profiles.empty() && !spec.lock && !adhoc) {
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
  const auto outputs = report_outputs(options.report);

  // The folders are walked while the chain resolves and compiles: listing and sorting a batch of
  // thousands of files takes milliseconds that no worker could share otherwise. An error in the
  // chain still comes first; the walk's own error (an operand that does not exist, or no input
  // at all) comes from get().
  auto discovered = std::async(std::launch::async, api::find_inputs, std::cref(options.inputs));

  spec.adhoc = std::move(adhoc);
  apply_limits(options.limits, spec.limits);
  spec.strict_codelists = options.strict_codelists;
  const auto& chain = keep_until_exit(build_chain(std::move(spec), chain_options));
  auto inputs = discovered.get();

  std::vector<std::string> explanations;
  const api::Report& report = keep_until_exit(chain->validate_inputs(
      std::move(inputs), {options.jobs, options.explain ? &explanations : nullptr}));
  // The trace goes to standard error, so reports on standard output stay byte for byte the same.
  for (const auto& explanation : explanations) std::cerr << explanation;

  return write_report_and_exit(report, outputs, options.report);
}

}  // namespace

Command add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand("validate", "Check XML messages against profiles");
  add_chain_options(cmd, options->chain);
  add_repeatable_option(
      cmd, "--schema", options->schemas,
      "Ad-hoc mode: validate against this XSD without a profile; repeatable (each "
      "input against the one that declares its root element)");
  add_repeatable_option(cmd, "--catalog", options->catalogs,
                        "Ad-hoc mode: OASIS XML catalog for schema locations; repeatable");
  add_repeatable_option(
      cmd, "--schema-root", options->schema_roots,
      "Ad-hoc mode: no longer needed (what --schema and --schematron name may read "
      "any local file); accepted, repeatable");
  add_repeatable_option(cmd, "--schematron", options->schematrons,
                        "Ad-hoc mode: ISO Schematron rule set (queryBinding xslt2); repeatable");
  add_repeatable_option(cmd, "--codelists", options->codelists,
                        "Ad-hoc mode: genericode code list file or folder; repeatable");
  cmd->add_option("--jobs", options->jobs,
                  "Inputs checked in parallel (default 0: one per core); results keep input order");
  cmd->add_flag("--strict-codelists", options->strict_codelists,
                "A code whose list the profile does not carry is an error, not a warning");
  add_report_options(cmd, options->report);
  cmd->add_flag("--explain", options->explain,
                "Print on standard error how each input's document type was chosen");
  add_limit_options(cmd, options->limits);
  cmd->add_option("inputs", options->inputs, "Files, folders (searched for *.xml) or - for stdin")
      ->required();
  return [options] { return run_validate(*options); };
}

}  // namespace konform::cli
