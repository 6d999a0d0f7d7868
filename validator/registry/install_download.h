// Installing what a registry or a URL serves: the bundle and its signature are downloaded into a
// private scratch folder, the bundle's SHA-256 compared with what the index lists, and then
// store::install_bundle verifies and installs exactly as it does a local bundle (trust store,
// key scope, manifest, downgrade). Refusals name the URL; the store is unchanged after each.
#pragma once

#include <filesystem>
#include <optional>

#include "validator/net/http_fetch.h"
#include "validator/registry/registry_index.h"
#include "validator/store/profile_store.h"

namespace konform::registry {

/// Installs `release` from its registry into `store`.
store::InstallOutcome install_release(const std::filesystem::path& store,
                                      const RegistryRelease& release,
                                      const net::FetchOptions& fetch,
                                      store::InstallOptions install);

/// Installs the bundle at `bundle` with its signature at `signature` (no index, so no listed
/// hash: the signature is the only check besides the bundle's own manifest).
store::InstallOutcome install_from_url(const std::filesystem::path& store, const net::Url& bundle,
                                       const net::Url& signature, const net::FetchOptions& fetch,
                                       store::InstallOptions install);

}  // namespace konform::registry
