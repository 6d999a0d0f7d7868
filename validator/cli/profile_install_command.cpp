// `konform profile install BUNDLE [--signature F] [--system] [--allow-unsigned]
//                          [--allow-downgrade]`   verify against the trust store, then install
// `konform profile install URL`                   the same for a bundle served over https
// `konform profile install ID[@RANGE] --registry URL`  the highest listed version in the range
// `konform profile remove ID[@VERSION] [--system]`  one installed version, or all of an id
#include "validator/cli/profile_install_command.h"

#include <iostream>
#include <memory>

#include "reports/profile_store_renderers.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/network_options.h"
#include "validator/core/config_error.h"
#include "validator/registry/install_download.h"
#include "validator/store/profile_store.h"
#include "validator/store/trust_store.h"

namespace konform::cli {
namespace fs = std::filesystem;
namespace {

struct InstallArguments {
  std::string bundle;  ///< a file, an https URL, or ID[@RANGE] with --registry
  std::string registry;
  NetworkArguments network;
  std::string signature;
  std::string spec;  ///< remove: ID[@VERSION]
  bool system = false;
  bool allow_unsigned = false;
  bool allow_downgrade = false;
};

bool is_url(const std::string& text) {
  return text.starts_with("https://") || text.starts_with("http://");
}

/// The highest release in the range that the registry lists.
registry::RegistryRelease chosen_release(const InstallArguments& arguments) {
  const auto wanted = registry::parse_wanted(arguments.bundle);
  const auto index = registry::fetch_index(arguments.registry, arguments.network.fetch_options());
  const auto releases = registry::releases_in(index, wanted.id, wanted.range);
  if (releases.empty()) {
    throw ConfigError(
        "the registry lists no release of " + wanted.id + " in " + wanted.range.text(),
        index.url.text)
        .with_german("die Registry führt keine Ausgabe von " + wanted.id + " in " +
                     wanted.range.text());
  }
  return releases.front();
}

store::InstallOutcome install_outcome(const InstallArguments& arguments) {
  const fs::path store = store::profile_store_dir(arguments.system);
  store::InstallOptions options;
  options.signature = arguments.signature;
  options.trust = store::trust_dirs();
  options.allow_unsigned = arguments.allow_unsigned;
  options.allow_downgrade = arguments.allow_downgrade;
  if (!arguments.registry.empty()) {
    return registry::install_release(store, chosen_release(arguments),
                                     arguments.network.fetch_options(), std::move(options));
  }
  if (is_url(arguments.bundle)) {
    const net::Url bundle = net::parse_url(arguments.bundle);
    const net::Url signature = net::resolve_url(
        bundle, arguments.signature.empty() ? bundle.text + ".minisig" : arguments.signature);
    return registry::install_from_url(store, bundle, signature, arguments.network.fetch_options(),
                                      std::move(options));
  }
  return store::install_bundle(store, arguments.bundle, options);
}

}  // namespace

void print_install_outcome(const store::InstallOutcome& outcome) {
  reports::render_install_outcome_text(outcome, std::cout);
}

namespace {

int install(const InstallArguments& arguments) {
  print_install_outcome(install_outcome(arguments));
  return kExitOk;
}

int remove(const InstallArguments& arguments) {
  const auto at = arguments.spec.find('@');
  const std::string id = arguments.spec.substr(0, at);
  const std::string version = at == std::string::npos ? "" : arguments.spec.substr(at + 1);
  reports::render_removed_profiles_text(
      store::remove_installed(store::profile_store_dir(arguments.system), id, version), std::cout);
  return kExitOk;
}

}  // namespace

int list_installed_profiles() {
  std::vector<store::InstalledProfile> installed;
  for (const auto& store : store::profile_store_dirs()) {
    for (auto& profile : store::installed_profiles(store)) installed.push_back(std::move(profile));
  }
  reports::render_installed_profiles_text(installed, std::cout);
  return kExitOk;
}

std::vector<Subcommand> add_profile_install_commands(CLI::App& profile) {
  auto arguments = std::make_shared<InstallArguments>();
  CLI::App* install_cmd = profile.add_subcommand(
      "install", "Verify a signed bundle against the trust store and install it");
  install_cmd
      ->add_option("bundle", arguments->bundle,
                   "The .kpkg file, its https:// URL, or ID[@RANGE] with --registry")
      ->required();
  install_cmd->add_option("--signature", arguments->signature,
                          "Signature file or URL (default: BUNDLE.minisig)");
  install_cmd->add_option("--registry", arguments->registry,
                          "Install ID[@RANGE] from this registry (its index.json, or the folder "
                          "URL holding it)");
  add_network_options(install_cmd, arguments->network);
  install_cmd->add_flag("--allow-unsigned", arguments->allow_unsigned,
                        "Install a bundle that has no signature");
  install_cmd->add_flag("--allow-downgrade", arguments->allow_downgrade,
                        "Install a version older than one already installed, beside it");
  CLI::App* remove_cmd =
      profile.add_subcommand("remove", "Remove an installed profile version (or all of an id)");
  remove_cmd->add_option("profile", arguments->spec, "ID or ID@VERSION")->required();
  for (CLI::App* sub : {install_cmd, remove_cmd}) {
    sub->add_flag("--system", arguments->system,
                  "The system's store /var/lib/konform/profiles (default: "
                  "$XDG_DATA_HOME/konform/profiles)");
  }
  return {{install_cmd, [arguments] { return install(*arguments); }},
          {remove_cmd, [arguments] { return remove(*arguments); }}};
}

}  // namespace konform::cli
