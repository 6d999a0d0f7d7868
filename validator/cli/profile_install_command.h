// `konform profile install|remove` and `profile list --installed`: verified bundles into the
// profile stores and out again (validator/store), registered under `profile` by
// profile_command.cpp.
#pragma once

#include <vector>

#include "validator/cli/commands.h"
#include "validator/store/profile_store.h"

namespace konform::cli {

/// Registers install and remove under the `profile` command.
std::vector<Subcommand> add_profile_install_commands(CLI::App& profile);

/// "konform: installed ID VERSION (key K)", where and the bundle's hash.
void print_install_outcome(const store::InstallOutcome& outcome);

/// `profile list --installed`: id, version, signing key and bundle hash of every installed
/// version, the user's store first.
int list_installed_profiles();

}  // namespace konform::cli
