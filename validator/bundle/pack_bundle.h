// `konform profile pack`: a profile folder as one reproducible bundle. Every regular file below
// the folder goes in, sorted by path, with fixed time, owner and mode, after the manifest that
// lists each with its SHA-256; packing the same files again gives the same bytes. Links, devices
// and anything else that is neither a file nor a folder are refused, not left out.
#pragma once

#include <filesystem>
#include <string>

#include "validator/bundle/bundle_manifest.h"

namespace konform::bundle {

struct PackedBundle {
  std::filesystem::path file;  ///< into / <id>-<version>.kpkg
  BundleManifest manifest;
  std::string sha256;  ///< of the bundle file
};

/// Packs the profile in `profile_dir` (its manifest must load) into the folder `into`, created
/// where missing, which must not lie inside the profile folder. Throws ConfigError on any refusal.
PackedBundle pack_profile(const std::filesystem::path& profile_dir,
                          const std::filesystem::path& into);

}  // namespace konform::bundle
