// `konform profile search [ID[@RANGE]] --registry URL`   the releases a registry lists
// `konform profile update [ID[@RANGE]...] --registry URL [--system]`  newer releases of installed
//     ids within their range (default ^INSTALLED: the same major version), installed side by side
// `konform profile update-codelists DIR [--base-url URL]`  the lists DIR's schemas use but its
//     chain lacks, fetched the XRepository way into DIR's first <codelists> folder
#include "validator/cli/profile_registry_command.h"

#include <iostream>
#include <map>
#include <memory>

#include "reports/profile_store_renderers.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/fetched_code_list_output.h"
#include "validator/cli/network_options.h"
#include "validator/cli/profile_install_command.h"
#include "validator/compile/compiled_profile.h"
#include "validator/core/config_error.h"
#include "validator/registry/install_download.h"
#include "validator/registry/xrepository_codelist.h"
#include "validator/resolve/profile_resolver.h"
#include "validator/store/trust_store.h"

namespace konform::cli {
namespace {

struct RegistryArguments {
  std::string registry;
  std::vector<std::string> wanted;  ///< ID[@RANGE]
  bool system = false;
  NetworkArguments network;
  std::string profile_dir;  ///< update-codelists
  std::string base_url = registry::kXRepositoryBaseUrl;
  std::string as_of;
};

int search(const RegistryArguments& arguments) {
  const auto index = registry::fetch_index(arguments.registry, arguments.network.fetch_options());
  const auto wanted = registry::parse_wanted(arguments.wanted.empty() ? "" : arguments.wanted[0]);
  std::vector<RegistryReleaseListing> listed;
  for (const auto& release : index.releases) {
    const bool match = wanted.id.empty() || release.id.find(wanted.id) != std::string::npos;
    if (!match || !wanted.range.contains(*SemanticVersion::parse(release.version))) continue;
    listed.push_back({release.id, release.version, release.bundle.text, release.sha256});
  }
  reports::render_registry_releases_text(listed, std::cout);
  return kExitOk;
}

/// The highest installed version of each id in `store`.
std::map<std::string, std::string> newest_installed(const std::filesystem::path& store) {
  std::map<std::string, std::string> newest;
  for (const auto& installed : store::installed_profiles(store)) {
    newest.emplace(installed.id, installed.version);  // highest first per id
  }
  return newest;
}

int update(const RegistryArguments& arguments) {
  const std::filesystem::path store = store::profile_store_dir(arguments.system);
  const auto installed = newest_installed(store);
  std::vector<std::string> wanted = arguments.wanted;
  if (wanted.empty()) {
    for (const auto& [id, version] : installed) wanted.push_back(id);
  }
  const auto fetch = arguments.network.fetch_options();
  const auto index = registry::fetch_index(arguments.registry, fetch);
  for (const auto& spec : wanted) {
    const std::string id = spec.substr(0, spec.find('@'));
    const auto found = installed.find(id);
    if (found == installed.end()) {
      throw ConfigError(
          id + " is not installed; konform profile install " + id + " --registry URL installs it",
          store.string())
          .with_german(id + " ist nicht installiert; konform profile install " + id +
                       " --registry URL installiert es");
    }
    const auto current = *SemanticVersion::parse(found->second);
    const auto range = registry::parse_wanted(spec, "^" + found->second).range;
    const auto releases = registry::releases_in(index, id, range);
    if (releases.empty() || !(current < *SemanticVersion::parse(releases.front().version))) {
      std::cout << "konform: " << id << " " << found->second << " is up to date (" << range.text()
                << ")\n";
      continue;
    }
    store::InstallOptions options;
    options.trust = store::trust_dirs();
    print_install_outcome(registry::install_release(store, releases.front(), fetch, options));
  }
  return kExitOk;
}

/// The profile's first <codelists> folder, where fetched lists go.
std::filesystem::path codelists_folder(const Profile& profile) {
  for (const auto& entry : profile.codelists) {
    if (std::filesystem::is_directory(entry)) return entry;
  }
  throw ConfigError(
      "the profile has no <codelists dir=\"...\"/> folder to fetch lists into; add "
      "one to profile.xml",
      profile.manifest.string())
      .with_german(
          "das Profil hat keinen Ordner <codelists dir=\"...\"/> für abgerufene Listen; "
          "in profile.xml ergänzen");
}

int update_codelists(const RegistryArguments& arguments) {
  const auto resolved =
      resolve_profiles({arguments.profile_dir}, {profile_search_path({}), arguments.as_of});
  const auto missing = missing_code_lists(compile_profiles(resolved.chain, arguments.as_of));
  const Profile& profile = resolved.chain.back();
  if (missing.empty()) {
    std::cout << "konform: " << profile.id << " " << profile.version
              << " carries every code list its schemas use\n";
    return kExitOk;
  }
  for (const auto& fetched :
       registry::fetch_missing_code_lists(missing, codelists_folder(profile), arguments.base_url,
                                          arguments.network.fetch_options())) {
    print_fetched_code_list(fetched);
  }
  return kExitOk;
}

}  // namespace

std::vector<Subcommand> add_profile_registry_commands(CLI::App& profile) {
  auto arguments = std::make_shared<RegistryArguments>();
  CLI::App* search_cmd =
      profile.add_subcommand("search", "The releases a registry lists (all, or ids containing ID)");
  search_cmd->add_option("profile", arguments->wanted, "ID[@RANGE]: part of an id, and a range")
      ->expected(0, 1);
  CLI::App* update_cmd = profile.add_subcommand(
      "update", "Install newer releases of installed profiles (within ^INSTALLED or RANGE)");
  update_cmd->add_option("profile", arguments->wanted, "ID[@RANGE] (default: every installed id)");
  update_cmd->add_flag("--system", arguments->system,
                       "The system's store /var/lib/konform/profiles (default: "
                       "$XDG_DATA_HOME/konform/profiles)");
  for (CLI::App* sub : {search_cmd, update_cmd}) {
    sub->add_option("--registry", arguments->registry,
                    "The registry: its index.json, or the folder URL holding it")
        ->required();
    add_network_options(sub, arguments->network);
  }
  CLI::App* codelists_cmd = profile.add_subcommand(
      "update-codelists",
      "Fetch the code lists the profile's schemas use but its chain lacks (XRepository's API)");
  codelists_cmd->add_option("profile", arguments->profile_dir, "Profile folder")->required();
  codelists_cmd->add_option("--base-url", arguments->base_url,
                            "Server with XRepository's API (default https://www.xrepository.de)");
  codelists_cmd->add_option("--as-of", arguments->as_of, "Validation date YYYY-MM-DD");
  add_network_options(codelists_cmd, arguments->network);
  return {{search_cmd, [arguments] { return search(*arguments); }},
          {codelists_cmd, [arguments] { return update_codelists(*arguments); }},
          {update_cmd, [arguments] { return update(*arguments); }}};
}

}  // namespace konform::cli
