// Resolution: turns what the user named (`--profile DIR|ID`, `--schema`) into the list of loaded
// profiles that apply. Profiles named by id are looked up on the search path: --profile-path
// folders, then $KONFORM_PROFILE_PATH, then the shipped profiles/ folder; each folder is searched
// recursively for profile.xml manifests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "validator/profile/profile.h"

namespace konform {

/// Where profiles named by id are found, in order of precedence.
std::vector<std::filesystem::path> profile_search_path(
    const std::vector<std::filesystem::path>& from_options);

/// Every profile found on the search path (the first of each id wins; later duplicates are listed
/// in `shadowed` so `profile list` can show them).
struct ProfileCatalogue {
  std::vector<Profile> profiles;
  std::vector<std::filesystem::path> shadowed;
};
ProfileCatalogue find_profiles(const std::vector<std::filesystem::path>& search_path);

/// Resolves each spec (a folder containing profile.xml, or a profile id) to a loaded profile.
/// Throws ConfigError for an unknown id, a duplicate selection, or a manifest that uses
/// `extends` (profile layering is not supported by manifest version 1).
std::vector<Profile> resolve_profiles(const std::vector<std::string>& specs,
                                      const std::vector<std::filesystem::path>& search_path);

}  // namespace konform
