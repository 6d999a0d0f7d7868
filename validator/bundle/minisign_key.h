// minisign's key files (https://jedisct1.github.io/minisign/). Public keys are minisign's own
// format, so `minisign -V -p` reads konform's. Secret keys: minisign's unencrypted ones (made with
// `minisign -G -W`) are read; konform writes its own, documented in README ("Profile bundles"):
//   untrusted comment: konform secret key <KEY ID>
//   base64("Ed" || key id (8 bytes) || Ed25519 seed (32 bytes))
// because minisign's secret-key checksum is BLAKE2b-256, which OpenSSL 3.0 does not offer, and
// konform has no password to encrypt with. Encrypted minisign keys are refused with that reason.
#pragma once

#include <array>
#include <filesystem>
#include <string>

#include "validator/bundle/ed25519.h"

namespace konform::bundle {

using KeyId = std::array<unsigned char, 8>;

struct PublicKey {
  KeyId id{};
  Ed25519PublicKey key{};
};

struct SecretKey {
  KeyId id{};
  Ed25519Seed seed{};
};

/// The id as minisign prints it: the 8 bytes as a little-endian number, 16 upper-case hex digits.
std::string key_id_hex(const KeyId& id);

/// A new key pair with a random id.
SecretKey generate_secret_key();
PublicKey public_key_of(const SecretKey& secret);

std::string format_public_key(const PublicKey& key);
std::string format_secret_key(const SecretKey& key);

/// Read key files; throw ConfigError naming the file when it is not such a key.
PublicKey read_public_key(const std::filesystem::path& file);
SecretKey read_secret_key(const std::filesystem::path& file);
/// A public key's text (its file's content or the base64 line alone); `source` names it.
PublicKey parse_public_key(const std::string& text, const std::string& source);

}  // namespace konform::bundle
