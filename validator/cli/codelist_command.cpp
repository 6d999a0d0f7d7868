// `konform codelist show URI[:VERSION]` prints a list's metadata and first rows;
// `konform codelist check PATH...` reads genericode files and folders and reports every problem
// with file and line (for standards bodies publishing lists);
// `konform codelist fetch URN[:VERSION]... --into DIR [--base-url URL]` fetches lists the way
// XRepository serves them (validator/registry/xrepository_codelist.h).
#include <algorithm>
#include <iostream>

#include "reports/code_list_renderers.h"
#include "validator/cli/command_group.h"
#include "validator/cli/commands.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/fetched_code_list_output.h"
#include "validator/cli/network_options.h"
#include "validator/cli/repeatable_option.h"
#include "validator/codelist/code_list_excerpt_builder.h"
#include "validator/codelist/code_list_store.h"
#include "validator/codelist/genericode_reader.h"
#include "validator/core/config_error.h"
#include "validator/core/did_you_mean.h"
#include "validator/profile/manifest_loader.h"
#include "validator/registry/xrepository_codelist.h"
#include "validator/resolve/profile_resolver.h"

namespace konform::cli {
namespace fs = std::filesystem;

namespace {

struct CodelistOptions {
  std::string reference;  // URI[:VERSION]
  std::vector<std::string> profiles;
  std::vector<std::string> codelists;
  std::vector<std::string> paths;
  int rows = 10;
  std::vector<std::string> fetch;  ///< URN[:VERSION]
  std::string into;
  std::string base_url = registry::kXRepositoryBaseUrl;
  NetworkArguments network;
};

/// Splits "URI:VERSION" at its last ':' into list URI and version. URNs contain ':' themselves,
/// so a reference that is itself a known list URI is taken whole, without a version.
std::pair<std::string, std::string> split_reference(const codelist::CodeListStore& store,
                                                    const std::string& reference) {
  if (!store.versions(reference).empty()) return {reference, ""};
  auto colon = reference.rfind(':');
  if (colon == std::string::npos) return {reference, ""};
  return {reference.substr(0, colon), reference.substr(colon + 1)};
}

/// A reference (URI or URI:VERSION) no loaded list has: the nearest loaded URIs, and where lists
/// come from when none is loaded.
ConfigError no_such_list(const codelist::CodeListStore& store, const std::string& reference,
                         const std::string& uri) {
  std::vector<std::string> loaded;
  for (const codelist::CodeList* list : store.lists()) {
    loaded.push_back(list->identification().canonical_uri);
  }
  std::string suggestion = did_you_mean(reference, loaded);
  if (suggestion.empty()) suggestion = did_you_mean(uri, loaded);
  return ConfigError(
      "no code list with URI '" + uri + "' is loaded" +
      (suggestion.empty() ? "" : "; " + suggestion) +
      (loaded.empty() ? "; give --profile ID or --codelists DIR|FILE to load lists" : ""));
}

int show(const CodelistOptions& options) {
  codelist::CodeListStore::Builder builder;
  for (const auto& spec : options.profiles) {
    for (const auto& profile : resolve_profiles({spec}, {profile_search_path({}), ""}).chain) {
      for (const auto& source : profile.codelists) builder.add(source);
    }
  }
  for (const auto& source : options.codelists) builder.add(source);
  const auto store = builder.build();
  auto [uri, version] = split_reference(store, options.reference);
  auto versions = store.versions(uri);
  if (versions.empty()) throw no_such_list(store, options.reference, uri);
  const auto rows = static_cast<std::size_t>(std::max(options.rows, 0));
  for (const codelist::CodeList* list : versions) {
    if (!version.empty() && list->identification().version != version) continue;
    reports::render_code_list_excerpt_text(codelist::code_list_excerpt(*list, rows), std::cout);
  }
  return kExitOk;
}

int check(const CodelistOptions& options) {
  std::vector<CodeListFileCheck> checked;
  for (const auto& path : options.paths) {
    std::vector<fs::path> targets;
    if (fs::is_directory(path)) {
      for (const auto& entry : fs::directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".xml")
          targets.push_back(entry.path());
      }
      std::sort(targets.begin(), targets.end());
    } else {
      targets.push_back(path);
    }
    for (const auto& file : targets) {
      CodeListFileCheck& result = checked.emplace_back();
      result.file = file.string();
      try {
        const auto list = codelist::read_genericode_file(file);
        result.warnings.assign(list.defects().begin(), list.defects().end());
      } catch (const ConfigError& e) {
        result.error = e.located();
      }
    }
  }
  reports::render_code_list_check_text(checked, std::cout);
  const bool any_error = std::any_of(checked.begin(), checked.end(),
                                     [](const CodeListFileCheck& file) { return file.error; });
  return any_error ? kExitFindings : kExitOk;
}

int fetch(const CodelistOptions& options) {
  for (const auto& reference : options.fetch) {
    print_fetched_code_list(
        registry::fetch_code_list(registry::parse_code_list_reference(reference), options.into,
                                  options.base_url, options.network.fetch_options()));
  }
  return kExitOk;
}

}  // namespace

Command add_codelist_command(CLI::App& app) {
  auto options = std::make_shared<CodelistOptions>();
  CLI::App* cmd = add_command_group(app, "codelist", "Inspect and lint genericode code lists");
  CLI::App* show_cmd = cmd->add_subcommand("show", "Print a list's metadata and first rows");
  show_cmd->add_option("reference", options->reference, "URI or URI:VERSION")->required();
  add_repeatable_option(show_cmd, "--profile", options->profiles,
                        "Profile whose code lists to search");
  add_repeatable_option(show_cmd, "--codelists", options->codelists, "Genericode file or folder");
  show_cmd->add_option("--rows", options->rows, "How many rows to print (default 10)");
  CLI::App* check_cmd = cmd->add_subcommand("check", "Read genericode files and report problems");
  check_cmd->add_option("paths", options->paths, "Genericode files or folders")->required();
  CLI::App* fetch_cmd = cmd->add_subcommand(
      "fetch", "Fetch code lists the way XRepository serves them (the current version, or one)");
  fetch_cmd->add_option("reference", options->fetch, "URN or URN:VERSION")->required();
  fetch_cmd->add_option("--into", options->into, "Folder to write KENNUNG_VERSION.xml into")
      ->required();
  fetch_cmd->add_option("--base-url", options->base_url,
                        "Server with XRepository's API (default https://www.xrepository.de)");
  add_network_options(fetch_cmd, options->network);
  return [options, show_cmd, check_cmd, fetch_cmd] {
    if (fetch_cmd->parsed()) return fetch(*options);
    if (show_cmd->parsed()) return show(*options);
    if (check_cmd->parsed()) return check(*options);
    return static_cast<int>(kExitConfig);
  };
}

}  // namespace konform::cli
