// Loading profile manifests (profile.xml, schema xsd/profile-1.xsd); the anonymous profile of
// the ad-hoc mode is adhoc_profile.h.
#pragma once

#include <filesystem>
#include <vector>

#include "validator/profile/profile.h"

namespace konform {

/// The file name of a manifest inside a profile folder.
inline constexpr const char* kManifestFileName = "profile.xml";

/// Loads the profile in `dir`. The manifest is validated against konform's profile schema;
/// every href must name an existing file inside `dir`. Throws ConfigError, located in the
/// manifest, on any problem.
Profile load_profile(const std::filesystem::path& dir);

}  // namespace konform
