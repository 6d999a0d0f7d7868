// Wiring shared by the commands that check inputs against a profile chain (`validate`,
// `compare`, and `xsd lint` for building its chain): their chain options (--profile, --as-of,
// --lock, --waivers, --no-cache), the project files they pick up from the working folder, and the
// public API's call that builds the chain (include/konform). Only library calls, no policy of its
// own.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "konform/chain.h"
#include "validator/cache/cache_store.h"

namespace konform::cli {

/// The chain options as given on the command line.
struct ChainOptions {
  std::vector<std::string> profiles;
  std::vector<std::string> profile_path;
  std::string as_of;  // empty: today
  std::string lock;   // empty: konform.lock in the working folder, if any
  bool no_lock = false;
  std::string waivers;  // empty: konform-waivers.xml in the working folder, if any
  bool no_waivers = false;
  bool no_cache = false;
};

/// The help texts of the chain options whose wording differs between the commands.
struct ChainOptionHelp {
  std::string profile = "Profile folder (with profile.xml) or profile id; repeatable";
  std::string waivers = "Waiver file to apply (default: konform-waivers.xml here, if present)";
};

/// Registers --profile, --profile-path, --as-of, --lock/--no-lock, --waivers/--no-waivers and
/// --no-cache on `cmd`, storing into `options`.
void add_chain_options(CLI::App* cmd, ChainOptions& options, const ChainOptionHelp& help = {});

/// The CLI11 check of an --as-of option.
CLI::Validator iso_date_check();

std::vector<std::filesystem::path> as_paths(const std::vector<std::string>& strings);

/// The compiled-profile cache in its default folder; null with --no-cache (`disabled`) or when
/// the folder cannot be used safely (KONFORM_CACHE_TRACE=1 says why).
std::unique_ptr<cache::Store> open_cache(bool disabled);

/// The chain the options describe, with the lock file to honour: --lock F, else konform.lock in
/// the working folder; none with --no-lock. A pure ad-hoc run (`adhoc` without --profile) has no
/// chain to pin, so a lock found in the working folder is left alone there and --lock is
/// refused. The waivers are named by build_chain(). Throws ConfigError.
api::ChainSpec chain_spec(const ChainOptions& options, bool adhoc = false);

/// Builds `spec` as it is; resolver notices go to standard error. Throws api::ConfigurationError.
std::shared_ptr<const api::CompiledChain> build_chain(const api::ChainSpec& spec);

/// Builds `spec` with the waiver file the options name or the working folder holds (which the
/// lock must pin too). Resolver notices go to standard error. Throws ConfigError or
/// api::ConfigurationError.
std::shared_ptr<const api::CompiledChain> build_chain(api::ChainSpec spec,
                                                      const ChainOptions& options);

}  // namespace konform::cli
