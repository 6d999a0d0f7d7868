// The subcommands of the konform CLI. Each registers its options on the CLI11 app and returns the
// function that runs it; the functions only wire library calls together.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace konform::cli {

using Command = std::function<int()>;

/// A subcommand registered under another (`profile lock`, `profile import`).
struct Subcommand {
  CLI::App* app;  ///< parsed() says whether it was chosen
  Command run;
};

Command add_validate_command(CLI::App& app);
/// `konform compare`: candidates against one profile chain, as a rules x candidates matrix.
Command add_compare_command(CLI::App& app);
Command add_rules_command(CLI::App& app);
/// `konform cache info` and `konform cache clear`: the compiled-profile cache on disk.
Command add_cache_command(CLI::App& app);
Command add_codelist_command(CLI::App& app);
/// `konform servicedef view` and `konform init service` (one Command serves both).
Command add_servicedef_command(CLI::App& app);
Command add_profile_command(CLI::App& app, std::function<std::string()> today);
/// `konform serve`: the HTTP validation service (validator/serve).
Command add_serve_command(CLI::App& app);
/// `konform trust add|list|remove`: keys trusted to sign profile bundles (validator/store).
Command add_trust_command(CLI::App& app);
/// `konform xsd lint`: a standard's XML Schemas against the profile xoev.schema.
Command add_xsd_command(CLI::App& app);

}  // namespace konform::cli
