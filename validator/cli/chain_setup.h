// Wiring shared by the commands that check inputs against a profile chain (`validate`,
// `compare`): their chain options (--profile, --as-of, --lock, --waivers, --no-cache), resolving
// and compiling the chain once (honouring a lock file), the waiver file (pinned by the lock too),
// and the effective severity of waiver-expired. Only library calls, no policy of its own.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "validator/cache/cache_store.h"
#include "validator/compile/compiled_profile.h"
#include "validator/core/severity.h"
#include "validator/lock/lock_file.h"
#include "validator/profile/profile.h"
#include "validator/waive/waiver_file.h"

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

/// Resolves the chain of `specs` (profile folders or ids with ranges) on the search path
/// (`profile_path` folders first) at `as_of`, pinned to and verified against `lock` when given.
/// Resolver notices go to standard error. Throws ConfigError.
std::vector<Profile> resolve_chain(const std::vector<std::string>& specs,
                                   const std::vector<std::string>& profile_path,
                                   const std::string& as_of, const lock::LockFile* lock);

/// The compiled-profile cache in its default folder; null with --no-cache (`disabled`) or when
/// the folder cannot be used safely (KONFORM_CACHE_TRACE=1 says why).
std::unique_ptr<cache::Store> open_cache(bool disabled);

/// Compiles a resolved chain at `as_of` (schema sets through `cache` when not null) and verifies
/// the artefacts against `lock` when given.
CompiledProfile compile_chain(const std::vector<Profile>& profiles, const std::string& as_of,
                              const lock::LockFile* lock, const cache::Store* cache = nullptr);

/// The waiver file to apply: --waivers F, else konform-waivers.xml in the working folder, none
/// with --no-waivers. With a lock it must be the file the lock pins (lock::verify_waivers).
/// Throws ConfigError.
std::optional<waive::WaiverFile> waivers_to_apply(const ChainOptions& options,
                                                  const lock::LockFile* lock);

/// The severity of waiver-expired after the chain's rule declarations; nullopt: switched off.
std::optional<Severity> waiver_expired_severity(const CompiledProfile& compiled);

}  // namespace konform::cli
