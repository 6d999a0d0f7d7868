// `konform xsd lint`: a standard's XML Schemas against the XÖV design rules. A thin command over
// the shipped profile xoev.schema: it collects the schema documents of the entries' include and
// import tree (xsdlint::collect_schema_tree) and checks each as an input of that profile, so the
// findings are the profile's Schematron findings, located in the XSD files. The chain, the check
// and the report go through the public API (include/konform), as `validate`'s do.
#include <iostream>
#include <utility>

#include "konform/chain.h"
#include "konform/report.h"
#include "validator/cli/api_output.h"
#include "validator/cli/chain_setup.h"
#include "validator/cli/check_options_cli.h"
#include "validator/cli/command_group.h"
#include "validator/cli/commands.h"
#include "validator/cli/keep_until_exit.h"
#include "validator/cli/repeatable_option.h"
#include "validator/cli/report_options.h"
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
  const auto outputs = report_outputs(options.report);
  const auto tree =
      xsdlint::collect_schema_tree(as_paths(options.entries), as_paths(options.catalogs));
  // Nothing is left out silently: the documents read but not checked are named.
  for (const auto& document : tree.not_checked) {
    std::cerr << "konform: not checked (a W3C schema, not a standard's document): "
              << display_path(document) << "\n";
  }
  // The rules are the shipped profile's, never a project's lock or waivers.
  api::ChainSpec spec;
  spec.profiles = {kXoevSchemaProfile};
  spec.profile_path = as_paths(options.profile_path);
  spec.as_of = options.as_of;  // empty: the API's today
  apply_limits(options.limits, spec.limits);
  const auto& chain = keep_until_exit(build_chain(spec));

  std::vector<api::Input> inputs;
  for (const auto& document : tree.documents)
    inputs.push_back({display_path(document), document, nullptr});
  const api::Report& report =
      keep_until_exit(chain->validate_inputs(std::move(inputs), {/*jobs: one per core*/ 0}));
  return write_report_and_exit(report, outputs, options.report);
}

}  // namespace

Command add_xsd_command(CLI::App& app) {
  auto options = std::make_shared<XsdLintOptions>();
  CLI::App* xsd = add_command_group(app, "xsd", "Check XML Schemas themselves");
  CLI::App* lint = xsd->add_subcommand(
      "lint",
      "Check a standard's XML Schemas (entries, includes, imports) against the XÖV design rules "
      "of the profile xoev.schema");
  lint->add_option("entries", options->entries, "Entry schemas (.xsd)")->required();
  add_repeatable_option(lint, "--catalog", options->catalogs,
                        "OASIS XML catalog mapping schema locations to local files; repeatable");
  add_repeatable_option(lint, "--profile-path", options->profile_path,
                        "Folder searched first for the profile xoev.schema; repeatable");
  lint->add_option("--as-of", options->as_of, "Validation date YYYY-MM-DD (default: today)")
      ->check(iso_date_check());
  add_report_options(lint, options->report);
  add_limit_options(lint, options->limits);
  return [options] { return run_xsd_lint(*options); };
}

}  // namespace konform::cli
