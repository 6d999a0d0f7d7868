// `konform compare`: resolve and compile the profile chain once, check each candidate (a product
// folder or a service-definition file) in a run of its own, build the rules × candidates matrix
// and render it. Exit code: 3 when any candidate is incomplete, else 1 when any is not
// conformant, else 0; 2 on configuration errors.
#include <iostream>
#include <memory>
#include <thread>

#include "reports/compare_renderers.h"
#include "validator/cli/chain_setup.h"
#include "validator/cli/check_options_cli.h"
#include "validator/cli/commands.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/project_files.h"
#include "validator/cli/report_output.h"
#include "validator/compare/candidate_source.h"
#include "validator/core/config_error.h"
#include "validator/pipeline/candidate_comparison.h"

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
  std::vector<std::string_view> known;
  for (const auto& renderer : reports::compare_renderers()) known.push_back(renderer.name);
  known.push_back(kPdfFormat);
  const auto outputs = pair_outputs(options.formats, options.outputs, known, "json");
  const ChainOptions& chain_options = options.chain;
  std::optional<lock::LockFile> lock = lock_to_honour(chain_options);
  if (pipeline::specs_to_resolve(chain_options.profiles, lock ? &*lock : nullptr).empty())
    throw ConfigError("nothing to compare against: give --profile DIR|ID");

  CheckOptions check_options;
  apply_limits(options.limits, check_options);
  check_options.jobs =
      options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  // Every candidate is looked at before anything is checked: a typo is a configuration error.
  std::vector<compare::CandidateSource> sources;
  for (const auto& operand : options.candidates) {
    sources.push_back(compare::discover_candidate(operand, check_options.max_input_bytes));
  }

  const pipeline::BuiltChain chain = build_chain(
      chain_options, chain_options.as_of.empty() ? today() : chain_options.as_of, std::move(lock));
  const CompareMatrix matrix =
      pipeline::compare_candidates(chain, std::move(sources), check_options);

  reports::RenderOptions render_options;
  render_options.lang = options.lang;
  for (const auto& request : outputs) {
    const reports::CompareRenderer* renderer =
        reports::find_compare_renderer(request.format == kPdfFormat ? "html" : request.format);
    write_output(request.format, request.file,
                 [&](std::ostream& out) { renderer->render(matrix, render_options, out); });
  }
  switch (matrix.verdict) {
    case Verdict::kConformant:
      return kExitOk;
    case Verdict::kNotConformant:
      return kExitFindings;
    case Verdict::kIncomplete:
      return kExitIncomplete;
  }
  return kExitIncomplete;
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
  cmd->add_option("--format", options->formats,
                  "Output format: json (default), html or pdf; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--output", options->outputs,
                  "File for the output of the matching --format (default: standard output)")
      ->allow_extra_args(false);
  cmd->add_option("--jobs", options->jobs,
                  "Inputs of a candidate checked in parallel (default 0: one per core)");
  add_limit_options(cmd, options->limits);
  cmd->add_option("candidates", options->candidates,
                  "Product folders (service definition and samples) or service-definition files")
      ->required();
  return [options] { return run_compare(*options); };
}

}  // namespace konform::cli
