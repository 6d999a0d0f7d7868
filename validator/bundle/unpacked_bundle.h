// A bundle read for looking at, not for installing: checked against its own manifest (every
// file's SHA-256, nothing missing or extra, entries confined) and unpacked into a private scratch
// folder that is removed with this object. No signature is asked for: nothing is installed or
// trusted beyond this process, and `profile diff` compares what the bundle holds.
#pragma once

#include <filesystem>

#include "validator/bundle/bundle_manifest.h"
#include "validator/core/scratch_folder.h"

namespace konform::bundle {

/// True when `spec` names a bundle file (`*.kpkg` that exists), not a folder or a profile id.
bool names_bundle_file(const std::string& spec);

class UnpackedBundle {
 public:
  /// Reads and checks `bundle` (read_bundle's refusals) and unpacks it.
  explicit UnpackedBundle(const std::filesystem::path& bundle);

  const BundleManifest& manifest() const noexcept { return manifest_; }
  /// The profile folder: profile.xml and the files the manifest lists.
  const std::filesystem::path& folder() const noexcept { return folder_; }

 private:
  ScratchFolder scratch_;
  BundleManifest manifest_;
  std::filesystem::path folder_;
};

}  // namespace konform::bundle
