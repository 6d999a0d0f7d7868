// The profile stores `konform profile install` writes: the user's ($XDG_DATA_HOME/konform/profiles)
// and the system's (/var/lib/konform/profiles, for profiles every user of the machine shares).
// Each installed version is the unpacked bundle in <store>/<id>/<version>/, beside it the bundle's
// manifest (konform-bundle.json) and the install record (konform-install.json: the bundle's
// SHA-256 and the signing key's id), so several versions live side by side and the resolver finds
// them as it finds any profile folder. Installing never changes the store unless it succeeds:
// the bundle is unpacked into a partial folder in the store, every file checked against the
// manifest's SHA-256 there, and the folder renamed into place.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "validator/core/installed_profile.h"

namespace konform::store {

/// The record each installed version carries, beside konform-bundle.json.
inline constexpr const char* kInstallRecordName = "konform-install.json";
/// Folders being installed start with this; the resolver does not look into them.
inline constexpr const char* kPartialPrefix = ".konform-partial-";

/// The user's store ($XDG_DATA_HOME/konform/profiles) or, with `system`, /var/lib/konform/profiles.
std::filesystem::path profile_store_dir(bool system);
/// The stores on the search path: the user's, then the system's.
std::vector<std::filesystem::path> profile_store_dirs();

/// The install record of the profile in `dir`, when `dir` is <store>/<id>/<version> of one of
/// `stores` and carries one.
std::optional<InstalledProfile> installed_profile_in(
    const std::filesystem::path& dir, const std::vector<std::filesystem::path>& stores);

/// Every installed version in `store`, sorted by id, then version (highest first).
std::vector<InstalledProfile> installed_profiles(const std::filesystem::path& store);

struct InstallOptions {
  std::filesystem::path signature;  ///< empty: <bundle>.minisig
  std::vector<std::filesystem::path> trust;
  bool allow_unsigned = false;
  bool allow_downgrade = false;
  /// Set by installs from a registry: the id and version its index lists for the bundle, which
  /// the bundle must be (a listing cannot pass off one release as another).
  std::string expected_id;
  std::string expected_version;
};

/// Verifies `bundle` (signature by a key in `options.trust` whose scope covers its id, every file
/// against the manifest) and installs it into `store`. Throws ConfigError, the store unchanged,
/// when it is unsigned (unless allowed), signed by an unknown key or one outside its scope,
/// tampered with, older than an installed version (unless allowed), or a different bundle of an
/// installed version.
InstallOutcome install_bundle(const std::filesystem::path& store,
                              const std::filesystem::path& bundle, const InstallOptions& options);

/// Removes `id` at `version` (every installed version when empty) from `store`; returns what
/// was removed, throws ConfigError when nothing matches.
std::vector<InstalledProfile> remove_installed(const std::filesystem::path& store,
                                               const std::string& id, const std::string& version);

}  // namespace konform::store
