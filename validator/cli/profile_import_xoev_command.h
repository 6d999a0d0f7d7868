// `konform profile import SOURCE --into DIR`: an XÖV standard release (folder or zip) becomes a
// profile folder (validator/importer/xoev). Prints the import report: document types, catalog
// mappings, code lists, and what could not be resolved.
#pragma once

#include "validator/cli/profile_lock_command.h"

namespace konform::cli {

/// Registers `import` under the `profile` command.
Subcommand add_profile_import_xoev_command(CLI::App& profile);

}  // namespace konform::cli
