// A lock file (konform.lock, schema xsd/lock-2.xsd, namespace urn:konform:lock:2) pins a
// resolved profile chain: for each profile its id, exact version, level, chain hash (the sha256 a
// report lists) and every file hashed into it (every file the compile stage read), for an
// installed profile the bundle it came from and the key that signed it, and the waiver file
// validate applies. Committed next to the messages, it makes a CI run fail with a
// configuration error when a profile on the machine differs from the one the team agreed on,
// instead of silently validating against something else.
//
// Version 1 (urn:konform:lock:1) did not pin what Schematron rule sets include nor the catalogs
// catalogs chain to. Such a lock cannot say whether those changed, so it is refused with the fix
// (run `konform profile lock` again) rather than honoured as if it were complete.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/profile/artefact_hash.h"
#include "validator/profile/profile.h"

namespace konform::lock {

/// The file `konform validate` looks for in the working folder.
inline constexpr const char* kLockFileName = "konform.lock";
inline constexpr const char* kLockNamespace = "urn:konform:lock:2";
/// The namespaces of older formats, recognised only to say that the lock must be written again.
inline constexpr const char* kLockNamespaceVersion1 = "urn:konform:lock:1";

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
  /// For a profile installed from a bundle (konform profile install): the bundle's SHA-256 and
  /// the id of the key that signed it (empty: installed unsigned). Empty for other profiles.
  std::string bundle_sha256 = {};
  std::string signed_by = {};
};

/// The waiver file validate applies: its path as given to `profile lock` and its SHA-256.
struct LockedWaivers {
  std::string path;
  std::string sha256;
  int line = 0;
};

struct LockFile {
  std::string file;  ///< where it was read from, as given (for messages and the report)
  std::vector<LockedProfile> profiles;   ///< parents before children
  std::optional<LockedWaivers> waivers;  ///< none: validate may apply no waiver file
};

/// Reads and validates a lock file. Throws ConfigError at file:line:column when it cannot be
/// read, is of an older format (saying to run `konform profile lock` again), is not valid
/// against xsd/lock-2.xsd, or names a path leaving its profile folder.
LockFile read_lock_file(const std::filesystem::path& file);

/// The lock of a compiled chain: every profile with a manifest (ad-hoc profiles have nothing to
/// pin) and the artefacts the compile stage hashed; `waivers` is the waiver file validate will
/// apply (its path as the user gave it), if any.
LockFile lock_of(const CompiledProfile& compiled,
                 const std::optional<std::filesystem::path>& waivers = std::nullopt);

/// Notes, for each profile of `chain` that was installed from a bundle into one of `stores`, the
/// bundle's SHA-256 and signing key in the lock's entry of the same id.
void record_installed_bundles(LockFile& lock, const std::vector<Profile>& chain,
                              const std::vector<std::filesystem::path>& stores);

/// Writes the lock as XML, deterministically (same chain, same bytes).
void write_lock_file(const LockFile& lock, std::ostream& out);

}  // namespace konform::lock
