// The manifest inside every bundle (konform-bundle.json, the archive's first entry): the profile's
// id and version and every other file with its size and SHA-256. Reading a bundle checks each file
// against it, and signatures name the id and version it states.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace konform::bundle {

inline constexpr const char* kBundleManifestName = "konform-bundle.json";
/// The file name extension of bundles: `<id>-<version>.kpkg`.
inline constexpr const char* kBundleExtension = ".kpkg";

struct BundleFile {
  std::string path;  ///< relative, generic form (core/archive_entry_name.h)
  std::uintmax_t size = 0;
  std::string sha256;  ///< lower-case hex
  friend bool operator==(const BundleFile&, const BundleFile&) = default;
};

struct BundleManifest {
  std::string id;
  std::string version;
  std::vector<BundleFile> files;  ///< sorted by path, byte order
};

/// The manifest as JSON text; the same manifest gives the same bytes.
std::string manifest_json(const BundleManifest& manifest);

/// Parses a manifest; throws ConfigError naming `bundle` when it is not one (wrong shape, a
/// file named twice, a name core/archive_entry_name.h refuses).
BundleManifest parse_manifest(const std::string& json, const std::string& bundle);

/// `<id>-<version>.kpkg`.
std::string bundle_file_name(const BundleManifest& manifest);

}  // namespace konform::bundle
