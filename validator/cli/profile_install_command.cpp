// `konform profile install BUNDLE [--signature F] [--system] [--allow-unsigned]
//                          [--allow-downgrade]`   verify against the trust store, then install
// `konform profile remove ID[@VERSION] [--system]`  one installed version, or all of an id
#include "validator/cli/profile_install_command.h"

#include <iostream>
#include <memory>

#include "validator/cli/exit_code.h"
#include "validator/store/profile_store.h"
#include "validator/store/trust_store.h"

namespace konform::cli {
namespace fs = std::filesystem;
namespace {

struct InstallArguments {
  std::string bundle;
  std::string signature;
  std::string spec;  ///< remove: ID[@VERSION]
  bool system = false;
  bool allow_unsigned = false;
  bool allow_downgrade = false;
};

std::string signer(const store::InstalledProfile& installed) {
  return installed.key_id.empty() ? "unsigned" : "key " + installed.key_id;
}

int install(const InstallArguments& arguments) {
  const auto outcome =
      store::install_bundle(store::profile_store_dir(arguments.system), arguments.bundle,
                            {arguments.signature, store::trust_dirs(), arguments.allow_unsigned,
                             arguments.allow_downgrade});
  const auto& installed = outcome.installed;
  std::cout << "konform: " << (outcome.already_there ? "already installed: " : "installed ")
            << installed.id << " " << installed.version << " (" << signer(installed) << ")\n  into "
            << installed.dir.string() << "\n  bundle sha256 " << installed.bundle_sha256 << "\n";
  return kExitOk;
}

int remove(const InstallArguments& arguments) {
  const auto at = arguments.spec.find('@');
  const std::string id = arguments.spec.substr(0, at);
  const std::string version = at == std::string::npos ? "" : arguments.spec.substr(at + 1);
  for (const auto& removed :
       store::remove_installed(store::profile_store_dir(arguments.system), id, version)) {
    std::cout << "konform: removed " << removed.id << " " << removed.version << " from "
              << removed.dir.string() << "\n";
  }
  return kExitOk;
}

}  // namespace

int list_installed_profiles() {
  for (const auto& store : store::profile_store_dirs()) {
    for (const auto& installed : store::installed_profiles(store)) {
      std::cout << installed.id << " " << installed.version << "  " << signer(installed)
                << "  bundle sha256 " << installed.bundle_sha256 << "\n    "
                << installed.dir.string() << "\n";
    }
  }
  return kExitOk;
}

std::vector<Subcommand> add_profile_install_commands(CLI::App& profile) {
  auto arguments = std::make_shared<InstallArguments>();
  CLI::App* install_cmd = profile.add_subcommand(
      "install", "Verify a signed bundle against the trust store and install it");
  install_cmd->add_option("bundle", arguments->bundle, "The .kpkg file")->required();
  install_cmd->add_option("--signature", arguments->signature,
                          "Signature file (default: BUNDLE.minisig)");
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
