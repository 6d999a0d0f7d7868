// A command that only groups subcommands (`konform profile`, `codelist`, `xsd`, `trust`, ...): on
// its own it does nothing, so exactly one of its subcommands must follow, and CLI11 says so when
// none does (exit code 2) instead of the command returning silently.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace konform::cli {

/// Registers the group `name` under `parent`; its subcommands are added to the result.
inline CLI::App* add_command_group(CLI::App& parent, const std::string& name,
                                   const std::string& help) {
  CLI::App* group = parent.add_subcommand(name, help);
  group->require_subcommand(1);
  return group;
}

}  // namespace konform::cli
