// `konform profile search` and `profile update`: what a registry (a static index.json, see
// validator/registry) lists, and newer releases of installed profiles from it. `profile install
// --registry` lives with install (profile_install_command.cpp).
#pragma once

#include <vector>

#include "validator/cli/commands.h"

namespace konform::cli {

/// Registers search and update under the `profile` command.
std::vector<Subcommand> add_profile_registry_commands(CLI::App& profile);

}  // namespace konform::cli
