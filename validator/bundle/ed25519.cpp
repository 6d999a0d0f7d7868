#include "validator/bundle/ed25519.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <fstream>
#include <memory>
#include <stdexcept>

#include "validator/core/config_error.h"

namespace konform::bundle {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

Key private_key(const Ed25519Seed& seed) {
  Key key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size()),
          EVP_PKEY_free);
  if (!key) throw std::runtime_error("OpenSSL: cannot load an Ed25519 secret key");
  return key;
}

}  // namespace

std::string random_bytes(std::size_t size) {
  std::string bytes(size, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(size)) != 1) {
    throw std::runtime_error("OpenSSL: no random bytes");
  }
  return bytes;
}

Ed25519Seed random_seed() { return from_bytes<32>(random_bytes(32)); }

Ed25519PublicKey public_key_of(const Ed25519Seed& seed) {
  Ed25519PublicKey out{};
  std::size_t size = out.size();
  if (EVP_PKEY_get_raw_public_key(private_key(seed).get(), out.data(), &size) != 1) {
    throw std::runtime_error("OpenSSL: cannot derive an Ed25519 public key");
  }
  return out;
}

Ed25519Signature ed25519_sign(const Ed25519Seed& seed, std::string_view message) {
  const Key key = private_key(seed);
  DigestContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  Ed25519Signature signature{};
  std::size_t size = signature.size();
  if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
      EVP_DigestSign(context.get(), signature.data(), &size,
                     reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1) {
    throw std::runtime_error("OpenSSL: Ed25519 signing failed");
  }
  return signature;
}

bool ed25519_verify(const Ed25519PublicKey& public_key, std::string_view message,
                    const Ed25519Signature& signature) {
  const Key key(
      EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, public_key.data(), public_key.size()),
      EVP_PKEY_free);
  DigestContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!key || !context ||
      EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
    return false;
  }
  return EVP_DigestVerify(context.get(), signature.data(), signature.size(),
                          reinterpret_cast<const unsigned char*>(message.data()),
                          message.size()) == 1;
}

Blake2b512 blake2b512_of_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  DigestContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!context || EVP_DigestInit_ex(context.get(), EVP_blake2b512(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL: no BLAKE2b-512");
  }
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    EVP_DigestUpdate(context.get(), buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (!in.eof()) {
    throw ConfigError("cannot read the file", file.string())
        .with_german("die Datei lässt sich nicht lesen");
  }
  Blake2b512 digest{};
  unsigned int size = 0;
  EVP_DigestFinal_ex(context.get(), digest.data(), &size);
  return digest;
}

}  // namespace konform::bundle
