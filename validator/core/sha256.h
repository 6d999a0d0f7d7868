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
  void update(const void* data, std::size_t size);
  /// Lower-case hex of the digest; ends the hash.
  std::string hex();

 private:
  struct State;
  // Deletes in sha256.cpp, where State is complete, so the class needs no declared destructor
  // or moves (rule of zero) and its includers never see OpenSSL's headers.
  struct StateDeleter {
    void operator()(State* state) const noexcept;
  };
  std::unique_ptr<State, StateDeleter> state_;
};

/// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace konform
