// A lock file (konform.lock, schema xsd/lock-1.xsd, namespace urn:konform:lock:1) pins a
// resolved profile chain: for each profile its id, exact version, level, chain hash (the sha256 a
// report lists) and every artefact hashed into it. Committed next to the messages, it makes a CI
// run fail with a configuration error when a profile on the machine differs from the one the
// team agreed on, instead of silently validating against something else.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/profile/artefact_hash.h"

namespace konform::lock {

/// The file `konform validate` looks for in the working folder.
inline constexpr const char* kLockFileName = "konform.lock";
inline constexpr const char* kLockNamespace = "urn:konform:lock:1";

struct LockedArtefact {
  ArtefactDigest digest;  ///< path relative to the profile folder, SHA-256 of its bytes
  int line = 0;           ///< where the lock file says it (0: not read from a file)
};

struct LockedProfile {
  std::string id;
  std::string version;
  std::string level;
  std::string sha256;  ///< the chain hash, as ProfileSummary::sha256
  std::vector<LockedArtefact> artefacts;
  int line = 0;
};

struct LockFile {
  std::string file;  ///< where it was read from, as given (for messages and the report)
  std::vector<LockedProfile> profiles;  ///< parents before children
};

/// Reads and validates a lock file. Throws ConfigError at file:line:column when it cannot be
/// read, is not valid against xsd/lock-1.xsd, or names a path leaving its profile folder.
LockFile read_lock_file(const std::filesystem::path& file);

/// The lock of a compiled chain: every profile with a manifest (ad-hoc profiles have nothing to
/// pin) and the artefacts the compile stage hashed.
LockFile lock_of(const CompiledProfile& compiled);

/// Writes the lock as XML, deterministically (same chain, same bytes).
void write_lock_file(const LockFile& lock, std::ostream& out);

}  // namespace konform::lock
