#include "validator/core/sha256.h"

// OpenSSL 3 marks the SHA256_* functions deprecated in favour of EVP. konform uses them on
// purpose: the first EVP digest initialises OpenSSL's provider machinery (configuration file,
// provider, algorithm name map), about 0.9 ms of every konform run here, for the one algorithm
// these functions compute directly with the same code (SHA-NI where the CPU has it).
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <array>

namespace konform {

struct Sha256::State {
  SHA256_CTX context;
};

void Sha256::StateDeleter::operator()(State* state) const noexcept { delete state; }

Sha256::Sha256() : state_(new State) { SHA256_Init(&state_->context); }

void Sha256::update(const void* data, std::size_t size) {
  SHA256_Update(&state_->context, data, size);
}

std::string Sha256::hex() {
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
  SHA256_Final(digest.data(), &state_->context);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * digest.size());
  for (unsigned char byte : digest) {
    out += kHex[byte >> 4];
    out += kHex[byte & 0xF];
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  Sha256 hash;
  hash.update(bytes.data(), bytes.size());
  return hash.hex();
}

}  // namespace konform
