// The cryptography minisign needs, from OpenSSL's libcrypto: Ed25519 key pairs, signatures and
// their check, BLAKE2b-512 (the prehash of "ED" signatures) and random key ids (base64 is
// core/base64.h).
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

namespace konform::bundle {

using Ed25519Seed = std::array<unsigned char, 32>;
using Ed25519PublicKey = std::array<unsigned char, 32>;
using Ed25519Signature = std::array<unsigned char, 64>;
using Blake2b512 = std::array<unsigned char, 64>;

/// A fresh secret seed from OpenSSL's random generator.
Ed25519Seed random_seed();
/// `size` random bytes.
std::string random_bytes(std::size_t size);
Ed25519PublicKey public_key_of(const Ed25519Seed& seed);
Ed25519Signature ed25519_sign(const Ed25519Seed& seed, std::string_view message);
bool ed25519_verify(const Ed25519PublicKey& key, std::string_view message,
                    const Ed25519Signature& signature);

/// BLAKE2b-512 of a file, read in blocks; throws ConfigError when it cannot be read.
Blake2b512 blake2b512_of_file(const std::filesystem::path& file);

/// The bytes of a fixed-size value, and back.
template <std::size_t N>
std::string_view as_bytes(const std::array<unsigned char, N>& value) {
  return {reinterpret_cast<const char*>(value.data()), N};
}
template <std::size_t N>
std::array<unsigned char, N> from_bytes(std::string_view bytes) {
  std::array<unsigned char, N> value{};
  for (std::size_t i = 0; i < N && i < bytes.size(); ++i) {
    value[i] = static_cast<unsigned char>(bytes[i]);
  }
  return value;
}

}  // namespace konform::bundle
