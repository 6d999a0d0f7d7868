// `konform xsd lint`: a standard's XML Schemas against the XÖV design rules. A thin command over
// the shipped profile xoev.schema: it collects the schema documents of the entries' include and
// import tree (xsdlint::collect_schema_tree) and checks each as an input of that profile, so the
// findings are the profile's Schematron findings, located in the XSD files.
#include <iostream>
#include <thread>

#include "validator/check/input_checker.h"
#include "validator/cli/chain_setup.h"
#include "validator/cli/check_options_cli.h"
#include "validator/cli/commands.h"
#include "validator/cli/keep_until_exit.h"
#include "validator/cli/report_options.h"
#include "validator/cli/report_output.h"
#include "validator/compile/compiled_profile.h"
#include "validator/core/config_error.h"
#include "validator/core/version.h"
#include "validator/pipeline/chain_build.h"
#include "validator/pipeline/dates.h"
#include "validator/xsdlint/schema_tree.h"

namespace konform::cli {
namespace {

/// The profile the command runs; --profile-path may put a newer or a project's own first.
constexpr const char* kXoevSchemaProfile = "xoev.schema";

struct XsdLintOptions {
  std::vector<std::string> entries;
  std::vector<std::string> catalogs;
  std::vector<std::string> profile_path;
  std::string as_of;
  ReportOptions report;
  LimitOptions limits;
};

/// How the report names a document: as a path relative to the working folder when it lies
/// below it (what the user typed), else absolute.
std::string display_path(const std::filesystem::path& document) {
  const auto relative = document.lexically_relative(std::filesystem::current_path());
  if (!relative.empty() && *relative.begin() != "..") return relative.string();
  return document.string();
}

int run_xsd_lint(const XsdLintOptions& options) {
  const auto fail_on = parse_severity(options.report.fail_on);
  const auto outputs = pair_outputs(options.report.formats, options.report.outputs);
  const auto tree =
      xsdlint::collect_schema_tree(as_paths(options.entries), as_paths(options.catalogs));
  // Nothing is left out silently: the documents read but not checked are named.
  for (const auto& document : tree.not_checked) {
    std::cerr << "konform: not checked (a W3C schema, not a standard's document): "
              << display_path(document) << "\n";
  }
  const std::string as_of = options.as_of.empty() ? pipeline::today() : options.as_of;
  // The rules are the shipped profile's, never a project's lock or waivers.
  pipeline::ChainRequest request;
  request.specs = {kXoevSchemaProfile};
  request.profile_path = as_paths(options.profile_path);
  request.as_of = as_of;
  const pipeline::BuiltChain& chain = keep_until_exit(pipeline::build_chain(std::move(request)));
  for (const auto& notice : chain.notices) std::cerr << "konform: note: " << notice << "\n";
  const CompiledProfile& compiled = chain.compiled;

  std::vector<InputSource> inputs;
  for (const auto& document : tree.documents) inputs.push_back({display_path(document), document});
  CheckOptions check_options;
  apply_limits(options.limits, check_options);
  check_options.jobs = std::max(1u, std::thread::hardware_concurrency());
  check_options.as_of = as_of;
  Report& report = keep_until_exit(check_inputs(compiled, std::move(inputs), check_options));
  report.tool_version = std::string(kVersion);
  report.as_of = as_of;

  return write_report_and_exit(report, outputs, options.report.quiet, options.report.lang,
                               *fail_on);
}

}  // namespace

Command add_xsd_command(CLI::App& app) {
  auto options = std::make_shared<XsdLintOptions>();
  CLI::App* xsd = app.add_subcommand("xsd", "Check XML Schemas themselves");
  xsd->require_subcommand(1);
  CLI::App* lint = xsd->add_subcommand(
      "lint",
      "Check a standard's XML Schemas (entries, includes, imports) against the XÖV design rules "
      "of the profile xoev.schema");
  lint->add_option("entries", options->entries, "Entry schemas (.xsd)")->required();
  lint->add_option("--catalog", options->catalogs,
                   "OASIS XML catalog mapping schema locations to local files; repeatable")
      ->allow_extra_args(false);
  lint->add_option("--profile-path", options->profile_path,
                   "Folder searched first for the profile xoev.schema; repeatable")
      ->allow_extra_args(false);
  lint->add_option("--as-of", options->as_of, "Validation date YYYY-MM-DD (default: today)")
      ->check(iso_date_check());
  add_report_options(lint, options->report);
  add_limit_options(lint, options->limits);
  return [options] { return run_xsd_lint(*options); };
}

}  // namespace konform::cli
