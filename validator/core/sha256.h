// SHA-256 fingerprints (OpenSSL's libcrypto): artefact hashes, lock files, cache keys.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace konform {

/// An incremental SHA-256: update() any number of times, then hex() once.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(Sha256&&) noexcept;
  Sha256& operator=(Sha256&&) noexcept;
  void update(const void* data, std::size_t size);
  /// Lower-case hex of the digest; ends the hash.
  std::string hex();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace konform
