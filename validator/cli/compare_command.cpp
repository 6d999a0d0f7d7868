// `konform compare`: build the profile chain once, check each candidate (a product folder or a
// service-definition file) in a run of its own, build the rules × candidates matrix and render
// it, all through the public API (include/konform). Exit code: 3 when any candidate is incomplete,
// else 1 when any is not conformant, else 0; 2 on configuration errors.
#include <memory>
#include <utility>

#include "konform/chain.h"
#include "konform/comparison.h"
#include "validator/cli/api_output.h"
#include "validator/cli/chain_setup.h"
#include "validator/cli/check_options_cli.h"
#include "validator/cli/commands.h"
#include "validator/cli/repeatable_option.h"
#include "validator/core/config_error.h"

namespace konform::cli {
namespace {

struct CompareOptions {
  ChainOptions chain;
  std::string lang;  // empty: German
  std::vector<std::string> formats;
  std::vector<std::string> outputs;
  unsigned jobs = 0;
  LimitOptions limits;
  std::vector<std::string> candidates;
};

int run_compare(const CompareOptions& options) {
  const auto outputs = pair_outputs(options.formats, options.outputs, compare_formats(), "json");
  const ChainOptions& chain_options = options.chain;
  api::ChainSpec spec = chain_spec(chain_options);
  if (spec.profiles.empty() && !spec.lock)
    throw ConfigError("nothing to compare against: give --profile DIR|ID");
  apply_limits(options.limits, spec.limits);
  const auto chain = build_chain(std::move(spec), chain_options);
  // Every candidate is looked at before anything is checked: a typo is a configuration error.
  const api::Comparison comparison = chain->compare(as_paths(options.candidates), options.jobs);
  return write_comparison_and_exit(comparison, outputs, options.lang);
}

}  // namespace

Command add_compare_command(CLI::App& app) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* cmd = app.add_subcommand(
      "compare", "Compare candidates (products with their samples) rule by rule against a profile");
  add_chain_options(
      cmd, options->chain,
      {"Profile folder (with profile.xml) or profile id[@range]; repeatable",
       "Waiver file to apply to every candidate (default: konform-waivers.xml here, if present)"});
  cmd->add_option("--lang", options->lang, "Language of the html page: de (default) or en")
      ->check(CLI::IsMember({"en", "de"}));
  add_repeatable_option(cmd, "--format", options->formats,
                        "Output format: json (default), html or pdf; repeatable");
  add_repeatable_option(cmd, "--output", options->outputs,
                        "File for the output of the matching --format (default: standard output)");
  cmd->add_option("--jobs", options->jobs,
                  "Inputs of a candidate checked in parallel (default 0: one per core)");
  add_limit_options(cmd, options->limits);
  cmd->add_option("candidates", options->candidates,
                  "Product folders (service definition and samples) or service-definition files")
      ->required();
  return [options] { return run_compare(*options); };
}

}  // namespace konform::cli
