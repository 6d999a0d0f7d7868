// The pipeline's first half, shared by the CLI's commands and the public API: resolve a profile
// chain (pinned by a lock when given), add an ad-hoc profile, compile it once (schema sets through
// the cache) and verify the artefacts against the lock. What to build is decided by the caller
// (the CLI picks up konform.lock from the working folder; the API takes paths): this file only
// sequences the stages.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/core/severity.h"
#include "validator/lock/lock_file.h"
#include "validator/profile/profile.h"
#include "validator/waive/waiver_file.h"

namespace konform::pipeline {

/// What to build a chain from.
struct ChainRequest {
  /// Profile folders or ids (with ranges); empty with a lock: the chain the lock pins.
  std::vector<std::string> specs;
  /// Extra folders searched for profiles by id, before the shipped ones.
  std::vector<std::filesystem::path> profile_path;
  std::string as_of;  ///< YYYY-MM-DD the chain is resolved and compiled at
  std::optional<lock::LockFile> lock;
  std::optional<waive::WaiverFile> waivers;
  std::optional<Profile> adhoc;  ///< checked after the chain's profiles (validate --schema ...)
  bool use_cache = true;         ///< compiled schema sets from and to the default cache folder
};

/// A compiled chain and what the checks need besides it. Immutable once built: any number of
/// threads may check inputs against it at once.
struct BuiltChain {
  CompiledProfile compiled;
  std::string as_of;
  std::optional<lock::LockFile> lock;
  std::optional<waive::WaiverFile> waivers;
  /// The resolver's notes (e.g. a profile found twice on the search path), for the user.
  std::vector<std::string> notices;
};

/// The profile specs to resolve: the request's, else those the lock pins.
std::vector<std::string> specs_to_resolve(const std::vector<std::string>& specs,
                                          const lock::LockFile* lock);

/// Resolves, compiles and verifies `request`. Throws ConfigError.
BuiltChain build_chain(ChainRequest request);

/// The waiver file to apply (`file`, none when nullopt), verified against the lock, which pins
/// whether and which waivers apply (`switched_off`: the user asked for none). Throws ConfigError.
std::optional<waive::WaiverFile> waivers_to_apply(const std::optional<std::filesystem::path>& file,
                                                  bool switched_off, const lock::LockFile* lock);

/// The severity of waiver-expired after the chain's rule declarations; nullopt: switched off.
std::optional<Severity> waiver_expired_severity(const CompiledProfile& compiled);

}  // namespace konform::pipeline
