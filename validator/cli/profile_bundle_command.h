// `konform profile pack|keygen|sign|verify`: profiles as reproducible, signed bundles
// (validator/bundle), registered under `profile` by profile_command.cpp.
#pragma once

#include <vector>

#include "validator/cli/commands.h"

namespace konform::cli {

/// Registers pack, keygen, sign and verify under the `profile` command.
std::vector<Subcommand> add_profile_bundle_commands(CLI::App& profile);

}  // namespace konform::cli
