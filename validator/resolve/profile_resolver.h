// Resolution: turns what the user named (`--profile DIR|ID[@RANGE]`, `--schema`) into the flat,
// ordered list of profiles that apply — each selected profile with all its ancestors, parents
// before children, each profile once. Profiles named by id are looked up on the search path:
// --profile-path folders, then $KONFORM_PROFILE_PATH, then ./profiles in the working folder, then
// the installed profiles (the user's store, then the system's; validator/store), then the shipped
// profiles/ folder, each searched recursively for profile.xml manifests. Among the
// versions of an id, the highest one that fits every range asked for and applies at the validation
// date is used. An id the command line names again with a range (or a folder) its selected
// version does not fit selects that version too, side by side: the chain then holds both, each
// with its parents (shared), after the rest. Errors (ConfigError, naming the chain): unknown ids,
// missing parents, cycles in `extends`, version conflicts, two manifests with the same id and
// version, a selected profile that does not apply at the validation date.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "validator/profile/profile.h"

namespace konform {

/// The working folder's profiles/, searched after --profile-path and $KONFORM_PROFILE_PATH and
/// before the shipped profiles.
inline constexpr const char* kWorkingFolderProfiles = "./profiles";

/// Where profiles named by id are found, in order of precedence.
std::vector<std::filesystem::path> profile_search_path(
    const std::vector<std::filesystem::path>& from_options);

/// Every profile version found on the search path, sorted by id, then version (highest first).
struct ProfileCatalogue {
  std::vector<Profile> profiles;
};
ProfileCatalogue find_profiles(const std::vector<std::filesystem::path>& search_path);

struct ResolveOptions {
  std::vector<std::filesystem::path> search_path;
  std::string as_of;  ///< YYYY-MM-DD; empty: dates are not checked
  /// Exact versions to take, by id (a lock file's pins): a pinned id resolves to that version
  /// only, even where a higher one fits every range; the ranges must still admit it.
  std::map<std::string, std::string> pinned = {};
  std::string pinned_by = "the lock file";  ///< names the pins' source in messages
};

struct ResolvedProfiles {
  std::vector<Profile> chain;        ///< parents before children, each once
  std::vector<std::string> notices;  ///< e.g. deprecations, for the user's attention
};

/// Resolves each spec (a folder containing profile.xml, or `id` / `id@range`).
ResolvedProfiles resolve_profiles(const std::vector<std::string>& specs,
                                  const ResolveOptions& options);

}  // namespace konform
