// Loading profile manifests (profile.xml, schema xsd/profile-1.xsd) and building the anonymous
// profile of the ad-hoc mode (`--schema F [--catalog F]`).
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

/// The anonymous profile for ad-hoc mode: one document type that takes every input and validates
/// it against `schema` (may be empty: well-formedness only), resolving imports through
/// `catalogs`. Readable roots: the schema's folder or the working folder if it contains the
/// schema, each catalog's folder, and `extra_roots`. `codelists`: genericode files or folders.
Profile adhoc_profile(const std::filesystem::path& schema,
                      const std::vector<std::filesystem::path>& catalogs,
                      const std::vector<std::filesystem::path>& extra_roots,
                      const std::vector<std::filesystem::path>& codelists = {},
                      const std::vector<std::filesystem::path>& schematrons = {});

}  // namespace konform
