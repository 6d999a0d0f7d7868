// `konform profile list|show|check|test|doc|lock|import`: for publishers and users of profiles.
//   list          every profile version on the search path
//   show ID       the resolved chain with every file each chain hash covers, document types and
//                 effective rules (text or JSON)
//   check DIR|ID  loads, resolves and compiles a profile with everything it names; exit 0 or 2
//   test DIR      the samples in DIR/tests/ against their expectations (profile_test_command)
//   doc DIR       the profile's catalogue as Markdown or HTML (profile_doc_command)
//   lock          writes konform.lock for a chain (profile_lock_command)
//   import SOURCE writes a profile folder from a published bundle (profile_import_command)
//   pack|keygen|sign|verify  signed, reproducible bundles (profile_bundle_command)
//   install|remove  verified bundles into the profile stores (profile_install_command)
//   search|update   a registry's releases (profile_registry_command)
//   diff A B      what changed from one profile version to another (profile_diff_command)
#include <iostream>

#include "reports/chain_overview_renderers.h"
#include "reports/profile_check_renderer.h"
#include "reports/profile_list_renderer.h"
#include "validator/cli/chain_setup.h"
#include "validator/cli/command_group.h"
#include "validator/cli/commands.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/profile_bundle_command.h"
#include "validator/cli/profile_install_command.h"
#include "validator/cli/profile_lock_command.h"
#include "validator/cli/profile_registry_command.h"
#include "validator/cli/profile_subcommands.h"
#include "validator/cli/repeatable_option.h"
#include "validator/compile/chain_overview_builder.h"
#include "validator/compile/compiled_profile.h"
#include "validator/compile/profile_check_summary_builder.h"
#include "validator/profile/profile_listing.h"
#include "validator/resolve/profile_resolver.h"

namespace konform::cli {
namespace fs = std::filesystem;

namespace {

struct ProfileOptions {
  std::vector<std::string> profile_path;
  std::string spec;
  std::string format = "text";
  std::string as_of;
  std::string doc_format = "markdown";
  std::string doc_lang;  ///< empty: German for html, English for markdown (as validate)
  std::string test_format = "text";
  bool update = false;  // profile test
  std::string output;
  bool no_cache = false;
  LimitOptions limits;     // profile test
  bool installed = false;  // profile list
};

std::vector<fs::path> search_path(const ProfileOptions& options) {
  return profile_search_path({options.profile_path.begin(), options.profile_path.end()});
}

int list(const ProfileOptions& options) {
  std::vector<ProfileListing> listings;
  for (const auto& profile : find_profiles(search_path(options)).profiles) {
    listings.push_back(profile_listing(profile));
  }
  reports::render_profile_list_text(listings, std::cout);
  return kExitOk;
}

struct Resolved {
  ResolvedProfiles chain;
  CompiledProfile compiled;
};

Resolved resolve_and_compile(const ProfileOptions& options) {
  Resolved out{resolve_profiles({options.spec}, {search_path(options), options.as_of}), {}};
  out.compiled = compile_profiles(out.chain.chain, options.as_of);
  return out;
}

int show(const ProfileOptions& options) {
  Resolved resolved = resolve_and_compile(options);
  const ChainOverview overview = build_chain_overview(resolved.chain.chain, resolved.compiled,
                                                      std::move(resolved.chain.notices));
  if (options.format == "json") {
    reports::render_chain_overview_json(overview, std::cout);
  } else {
    reports::render_chain_overview_text(overview, std::cout);
  }
  return kExitOk;
}

}  // namespace

int run_profile_check(const std::string& profile, const std::vector<std::string>& profile_path,
                      const std::string& as_of) {
  ProfileOptions options;
  options.spec = profile;
  options.profile_path = profile_path;
  options.as_of = as_of;
  const Resolved resolved = resolve_and_compile(options);
  reports::render_profile_check_text(
      build_profile_check_summary(resolved.chain.chain, resolved.compiled), std::cout);
  return kExitOk;
}

Command add_profile_command(CLI::App& app, std::function<std::string()> today) {
  auto options = std::make_shared<ProfileOptions>();
  CLI::App* cmd = add_command_group(app, "profile", "List, show and check profiles");
  add_repeatable_option(cmd, "--profile-path", options->profile_path,
                        "Extra folder to search; repeatable");
  cmd->add_option("--as-of", options->as_of, "Validation date YYYY-MM-DD (default: today)")
      ->check(iso_date_check());
  CLI::App* list_cmd = cmd->add_subcommand("list", "Every profile version on the search path");
  list_cmd->add_flag("--installed", options->installed,
                     "Only installed versions, with signing key and bundle hash");
  CLI::App* show_cmd = cmd->add_subcommand("show", "The resolved chain, document types and rules");
  show_cmd->add_option("profile", options->spec, "Profile id[@range] or folder")->required();
  show_cmd->add_option("--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  CLI::App* check_cmd =
      cmd->add_subcommand("check", "Load, resolve and compile a profile with all its artefacts");
  check_cmd->add_option("profile", options->spec, "Profile folder or id[@range]")->required();
  CLI::App* test_cmd = cmd->add_subcommand(
      "test", "Check the samples in the profile's tests/ folder against their expectations");
  CLI::App* doc_cmd = cmd->add_subcommand(
      "doc", "The profile's catalogue: chain, document types, rules and code lists");
  for (CLI::App* sub : {test_cmd, doc_cmd}) {
    sub->add_option("profile", options->spec, "Profile folder or id[@range]")->required();
    add_repeatable_option(sub, "--profile-path", options->profile_path,
                          "Extra folder to search; repeatable");
    sub->add_option("--as-of", options->as_of, "Validation date YYYY-MM-DD (default: today)")
        ->check(iso_date_check());
  }
  auto* test_format = test_cmd->add_option("--format", options->test_format, "text or junit")
                          ->check(CLI::IsMember({"text", "junit"}));
  test_cmd
      ->add_flag("--update", options->update,
                 "Write each sample's current result as its expectation where they differ; "
                 "prints what changed")
      ->excludes(test_format);
  test_cmd->add_flag("--no-cache", options->no_cache,
                     "Compile every schema afresh; neither read nor write the cache");
  add_limit_options(test_cmd, options->limits);
  doc_cmd->add_option("--format", options->doc_format, "markdown, html or pdf")
      ->check(CLI::IsMember({"markdown", "html", "pdf"}));
  doc_cmd->add_option("--output", options->output, "File to write (default: standard output)");
  doc_cmd
      ->add_option("--lang", options->doc_lang,
                   "Language: en or de (default: German for html and pdf, English for markdown)")
      ->check(CLI::IsMember({"en", "de"}));
  const Subcommand lock_cmd = add_profile_lock_command(*cmd, today);
  const Subcommand import_cmd = add_profile_import_command(*cmd, today);
  std::vector<Subcommand> bundle_cmds = add_profile_bundle_commands(*cmd);
  const Subcommand diff_cmd = add_profile_diff_command(*cmd);
  for (auto& install_cmd : add_profile_install_commands(*cmd)) bundle_cmds.push_back(install_cmd);
  for (auto& registry_cmd : add_profile_registry_commands(*cmd))
    bundle_cmds.push_back(registry_cmd);
  return [options, list_cmd, show_cmd, check_cmd, test_cmd, doc_cmd, lock_cmd, import_cmd,
          bundle_cmds, diff_cmd, today] {
    if (lock_cmd.app->parsed()) return lock_cmd.run();
    if (import_cmd.app->parsed()) return import_cmd.run();
    if (diff_cmd.app->parsed()) return diff_cmd.run();
    for (const auto& bundle_cmd : bundle_cmds) {
      if (bundle_cmd.app->parsed()) return bundle_cmd.run();
    }
    if (options->as_of.empty()) options->as_of = today();
    if (list_cmd->parsed()) return options->installed ? list_installed_profiles() : list(*options);
    if (show_cmd->parsed()) return show(*options);
    if (check_cmd->parsed()) {
      return run_profile_check(options->spec, options->profile_path, options->as_of);
    }
    if (test_cmd->parsed()) {
      return run_profile_test({options->spec, options->profile_path, options->as_of,
                               options->no_cache, options->limits, options->test_format,
                               options->update});
    }
    if (doc_cmd->parsed()) {
      return run_profile_doc({options->spec, options->profile_path, options->as_of,
                              options->doc_format, options->output, options->doc_lang});
    }
    return static_cast<int>(kExitConfig);
  };
}

}  // namespace konform::cli
