// Wiring shared by the commands that check inputs against a profile chain (`validate`,
// `compare`): the --as-of date, resolving and compiling the chain once (honouring a lock file),
// and the effective severity of waiver-expired. Only library calls, no policy of its own.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/core/severity.h"
#include "validator/lock/lock_file.h"
#include "validator/profile/profile.h"

namespace konform::cli {

/// YYYY-MM-DD with a plausible month and day (the date itself is compared as text).
bool is_iso_date(const std::string& text);

/// The CLI11 check of an --as-of option.
CLI::Validator iso_date_check();

std::vector<std::filesystem::path> as_paths(const std::vector<std::string>& strings);

/// Resolves the chain of `specs` (profile folders or ids with ranges) on the search path
/// (`profile_path` folders first) at `as_of`, pinned to and verified against `lock` when given.
/// Resolver notices go to standard error. Throws ConfigError.
std::vector<Profile> resolve_chain(const std::vector<std::string>& specs,
                                   const std::vector<std::string>& profile_path,
                                   const std::string& as_of, const lock::LockFile* lock);

/// Compiles a resolved chain at `as_of` and verifies the artefacts against `lock` when given.
CompiledProfile compile_chain(const std::vector<Profile>& profiles, const std::string& as_of,
                              const lock::LockFile* lock);

/// The severity of waiver-expired after the chain's rule declarations; nullopt: switched off.
std::optional<Severity> waiver_expired_severity(const CompiledProfile& compiled);

}  // namespace konform::cli
