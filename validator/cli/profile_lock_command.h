// `konform profile lock`: resolves and compiles a chain and writes konform.lock, pinning each
// profile's version, the SHA-256 of every file the chain reads and of the waiver file validate
// applies (format: xsd/lock-2.xsd).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "validator/cli/commands.h"

namespace konform::cli {

/// Registers `lock` under the `profile` command.
Subcommand add_profile_lock_command(CLI::App& profile, std::function<std::string()> today);

}  // namespace konform::cli
