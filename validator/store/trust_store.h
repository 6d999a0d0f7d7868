// The trust store: public keys allowed to sign the bundles `konform profile install` accepts, each
// scoped to the profile ids it may publish. The user's store is $XDG_CONFIG_HOME/konform/trust,
// the system's /etc/konform/trust; install consults both. Each key is two files named by its id:
//   <KEY ID>.pub   the key as minisign writes it (`minisign -V -p` reads it)
//   <KEY ID>.for   its scope, one glob per line (trust_scope.h)
// A .pub without its .for is trusted for nothing, so a half-written entry never widens trust.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "validator/bundle/minisign_key.h"

namespace konform::store {

/// The user's trust store ($XDG_CONFIG_HOME/konform/trust) or, with `system`, /etc/konform/trust.
std::filesystem::path trust_dir(bool system);
/// The stores install consults: the user's, then the system's.
std::vector<std::filesystem::path> trust_dirs();

struct TrustedKey {
  bundle::PublicKey key;
  std::vector<std::string> scope;  ///< globs over profile ids
  std::filesystem::path file;      ///< the .pub file
};

/// Adds `key` scoped to `scope` (each checked) to the store in `dir`, created where missing; a
/// key already there gets the new scope. Each file is written whole, then renamed into place.
TrustedKey add_trusted_key(const std::filesystem::path& dir, const bundle::PublicKey& key,
                           const std::vector<std::string>& scope);

/// Every key in the stores `dirs`, in that order, each store's sorted by key id.
std::vector<TrustedKey> trusted_keys(const std::vector<std::filesystem::path>& dirs);

/// The first key in `dirs` with this id.
std::optional<TrustedKey> find_trusted_key(const std::vector<std::filesystem::path>& dirs,
                                           const bundle::KeyId& id);

/// Removes the key with `key_id_hex` (as `trust list` prints it) from `dir`; throws ConfigError
/// when it is not there.
void remove_trusted_key(const std::filesystem::path& dir, const std::string& key_id_hex);

}  // namespace konform::store
