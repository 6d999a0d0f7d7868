// Reading a bundle: every entry is checked on the way out as on the way in
// (core/archive_entry_name.h; links, devices and other special entries refused), sizes are bounded,
// and every file must match the manifest's size and SHA-256, with nothing missing and nothing
// extra.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "validator/bundle/bundle_manifest.h"

namespace konform::bundle {

/// Bytes and entries a bundle may hold; profiles are a few megabytes.
inline constexpr std::uintmax_t kMaxBundleBytes = 1ull << 30;
inline constexpr std::size_t kMaxBundleEntries = 100000;

struct BundleContents {
  BundleManifest manifest;
  std::vector<std::pair<std::string, std::string>> files;  ///< path, bytes; in manifest order
};

/// Reads and checks `bundle`; throws ConfigError naming the bundle and the entry at fault.
BundleContents read_bundle(const std::filesystem::path& bundle);

/// Writes the checked contents into `into` (created; must not exist yet), the manifest too.
void unpack_bundle(const BundleContents& contents, const std::filesystem::path& into);

}  // namespace konform::bundle
