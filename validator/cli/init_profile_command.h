// `konform init profile --from-xsd F.xsd… [--dir DIR] [--id ID] [--force]`: a manifest and
// catalog skeleton around schemas already in the profile folder, listing the candidate document
// types (validator/importer/xoev/profile_skeleton.h).
#pragma once

#include "validator/cli/profile_lock_command.h"

namespace konform::cli {

/// Registers `profile` under the `init` command.
Subcommand add_init_profile_command(CLI::App& init);

}  // namespace konform::cli
