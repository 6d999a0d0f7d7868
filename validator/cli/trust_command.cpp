// `konform trust add KEY.pub --for GLOB...`   trust a publisher's key for the profile ids it
//                                             may sign (validator/store/trust_store.h)
// `konform trust list`                        the keys and their scopes, the user's store first
// `konform trust remove KEYID`                forget a key
// Each takes --system for /etc/konform/trust instead of $XDG_CONFIG_HOME/konform/trust.
#include <iostream>
#include <memory>

#include "reports/trust_renderers.h"
#include "validator/bundle/minisign_key.h"
#include "validator/cli/command_group.h"
#include "validator/cli/commands.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/repeatable_option.h"
#include "validator/store/trust_store.h"

namespace konform::cli {
namespace fs = std::filesystem;
namespace {

struct TrustOptions {
  std::string key;
  std::vector<std::string> scope;
  bool system = false;
};

TrustedKeyListing listing(const store::TrustedKey& trusted) {
  return {bundle::key_id_hex(trusted.key.id), trusted.scope, trusted.file.string()};
}

int add(const TrustOptions& options) {
  const auto added = store::add_trusted_key(store::trust_dir(options.system),
                                            bundle::read_public_key(options.key), options.scope);
  reports::render_trusted_key_added_text(listing(added), std::cout);
  return kExitOk;
}

int list(const TrustOptions& options) {
  const auto dirs =
      options.system ? std::vector<fs::path>{store::trust_dir(true)} : store::trust_dirs();
  std::vector<TrustedKeyListing> keys;
  for (const auto& trusted : store::trusted_keys(dirs)) keys.push_back(listing(trusted));
  reports::render_trusted_keys_text(keys, std::cout);
  return kExitOk;
}

int remove(const TrustOptions& options) {
  store::remove_trusted_key(store::trust_dir(options.system), options.key);
  std::cout << "konform: no longer trusting key " << options.key << "\n";
  return kExitOk;
}

}  // namespace

Command add_trust_command(CLI::App& app) {
  auto options = std::make_shared<TrustOptions>();
  CLI::App* cmd =
      add_command_group(app, "trust", "The keys whose signed profile bundles may be installed");
  CLI::App* add_cmd =
      cmd->add_subcommand("add", "Trust a public key (minisign's format) for some profile ids");
  add_cmd->add_option("key", options->key, "The public key file")->required();
  add_repeatable_option(add_cmd, "--for", options->scope,
                        "Profile ids the key may sign, globs allowed ('de.sn.*'); repeatable")
      ->required();
  CLI::App* list_cmd = cmd->add_subcommand("list", "The trusted keys and what each may sign");
  CLI::App* remove_cmd = cmd->add_subcommand("remove", "Stop trusting a key");
  remove_cmd->add_option("key-id", options->key, "The key's id, as trust list prints it")
      ->required();
  for (CLI::App* sub : {add_cmd, list_cmd, remove_cmd}) {
    sub->add_flag("--system", options->system,
                  "The system's trust store /etc/konform/trust (default: "
                  "$XDG_CONFIG_HOME/konform/trust)");
  }
  return [options, add_cmd, list_cmd] {
    if (add_cmd->parsed()) return add(*options);
    if (list_cmd->parsed()) return list(*options);
    return remove(*options);
  };
}

}  // namespace konform::cli
