// Honouring a lock file in `konform validate`, between resolve and compile: the lock pins the
// versions resolution may take, then the resolved chain and every artefact must match it. Any
// difference is a configuration error (exit 2) naming the profile, the artefact path and both
// hashes; every difference is listed, not only the first.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/lock/lock_file.h"
#include "validator/profile/profile.h"

namespace konform::lock {

/// The exact version of each locked id, for ResolveOptions::pinned.
std::map<std::string, std::string> pins_of(const LockFile& lock);

/// What to select when the command line names no profile: every locked id.
std::vector<std::string> profile_specs_of(const LockFile& lock);

/// Before compiling: the chain must hold exactly the locked ids and versions, and each locked
/// artefact must exist in its profile's folder with the locked hash (so nothing altered is ever
/// compiled). Throws ConfigError located in the lock file.
void verify_chain(const LockFile& lock, const std::vector<Profile>& chain);

/// After compiling: the artefacts the compile stage hashed (schemas a schema imports are only
/// known then) must be exactly the locked ones, and each chain hash must equal the locked one.
/// Profiles the lock does not name (the ad-hoc profile) are not checked.
void verify_compiled(const LockFile& lock, const CompiledProfile& compiled);

/// The waiver file validate is about to apply (`applied`; nullopt: none) must be the locked one,
/// byte for byte: a lock that pins waivers is not met by another file or by a missing one, and a
/// lock that pins none is not met by a waiver file. --no-waivers (nullopt with `switched_off`)
/// applies none and is accepted: it can only make a run stricter. Throws ConfigError.
void verify_waivers(const LockFile& lock, const std::optional<std::filesystem::path>& applied,
                    bool switched_off);

}  // namespace konform::lock
