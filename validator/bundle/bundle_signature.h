// Signatures of bundles: minisign signatures whose trusted comment names the bundle's id and
// version ("konform-bundle id=ID version=VERSION ..."), so a signature cannot be moved to another
// bundle or to an older version of the same profile, even with the bundle renamed. Publishers who
// sign with minisign pass the same text: minisign -S -m B.kpkg -t 'konform-bundle id=..
// version=..'.
#pragma once

#include <filesystem>
#include <string>

#include "validator/bundle/minisign_signature.h"
#include "validator/bundle/read_bundle.h"

namespace konform::bundle {

/// `<bundle>.minisig`, where sign writes and verify looks by default.
std::filesystem::path default_signature_path(const std::filesystem::path& bundle);

/// The trusted comment konform writes for a bundle.
std::string trusted_comment_for(const BundleManifest& manifest);

/// Reads and checks `bundle`, then writes its signature to `signature_file`.
BundleManifest sign_bundle(const std::filesystem::path& bundle, const SecretKey& key,
                           const std::filesystem::path& signature_file);

struct VerifiedBundle {
  BundleContents contents;
  std::string key_id;  ///< key_id_hex of the signing key
  std::string sha256;  ///< of the bundle file
};

/// Checks the signature with `key`, then reads the bundle (every file against its manifest) and
/// compares the trusted comment's id and version with the manifest's. Throws ConfigError naming
/// the bundle or the signature file and what failed.
VerifiedBundle verify_bundle(const std::filesystem::path& bundle,
                             const MinisignSignature& signature, const PublicKey& key);

}  // namespace konform::bundle
