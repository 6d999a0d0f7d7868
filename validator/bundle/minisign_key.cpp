#include "validator/bundle/minisign_key.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "validator/bundle/minisign_text.h"
#include "validator/core/base64.h"
#include "validator/core/config_error.h"

namespace konform::bundle {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kAlgorithm = "Ed";
/// minisign's secret key: algorithms (3 x 2 bytes), scrypt salt (32), opslimit and memlimit (8
/// each), key id (8), secret key (seed and public key, 64), BLAKE2b-256 checksum (32).
constexpr std::size_t kMinisignSecretKeySize = 6 + 32 + 8 + 8 + 8 + 64 + 32;
constexpr std::size_t kKonformSecretKeySize = 2 + 8 + 32;

[[noreturn]] void not_a_key(const std::string& source, const std::string& kind,
                            const std::string& kind_de, const std::string& detail = {}) {
  throw ConfigError("not a " + kind + (detail.empty() ? "" : ": " + detail), source)
      .with_german("kein " + kind_de + (detail.empty() ? "" : ": " + detail));
}

}  // namespace

std::string key_id_hex(const KeyId& id) {
  std::string hex;
  char digits[3];
  for (std::size_t i = id.size(); i-- > 0;) {
    std::snprintf(digits, sizeof digits, "%02X", id[i]);
    hex += digits;
  }
  return hex;
}

SecretKey generate_secret_key() { return {from_bytes<8>(random_bytes(8)), random_seed()}; }

PublicKey public_key_of(const SecretKey& secret) {
  return {secret.id, bundle::public_key_of(secret.seed)};
}

std::string format_public_key(const PublicKey& key) {
  return "untrusted comment: minisign public key " + key_id_hex(key.id) + "\n" +
         base64_encode(std::string(kAlgorithm) + std::string(as_bytes(key.id)) +
                       std::string(as_bytes(key.key))) +
         "\n";
}

std::string format_secret_key(const SecretKey& key) {
  return "untrusted comment: konform secret key " + key_id_hex(key.id) + "\n" +
         base64_encode(std::string(kAlgorithm) + std::string(as_bytes(key.id)) +
                       std::string(as_bytes(key.seed))) +
         "\n";
}

PublicKey parse_public_key(const std::string& text, const std::string& source) {
  const auto lines = minisign_lines(text);
  // A file has the comment line first; `--key` may also be given the base64 line alone.
  const std::string encoded = lines.size() >= 2 ? lines[1] : lines.empty() ? "" : lines[0];
  const auto bytes = base64_decode(encoded);
  if (!bytes || bytes->size() != 2 + 8 + 32 || !bytes->starts_with(kAlgorithm)) {
    not_a_key(source, "minisign public key", "minisign-Schlüssel (öffentlich)");
  }
  return {from_bytes<8>(bytes->substr(2, 8)), from_bytes<32>(bytes->substr(10, 32))};
}

PublicKey read_public_key(const fs::path& file) {
  return parse_public_key(read_text_file(file), file.string());
}

SecretKey read_secret_key(const fs::path& file) {
  const auto lines = minisign_lines(read_text_file(file));
  const auto bytes = lines.size() >= 2 ? base64_decode(lines[1]) : std::nullopt;
  const std::string kind = "secret key (minisign, unencrypted, or konform's)";
  const std::string kind_de = "geheimer Schlüssel (minisign, unverschlüsselt, oder konforms)";
  if (!bytes || !bytes->starts_with(kAlgorithm)) not_a_key(file.string(), kind, kind_de);
  if (bytes->size() == kKonformSecretKeySize) {
    return {from_bytes<8>(bytes->substr(2, 8)), from_bytes<32>(bytes->substr(10, 32))};
  }
  if (bytes->size() != kMinisignSecretKeySize) not_a_key(file.string(), kind, kind_de);
  if (bytes->substr(2, 2) != std::string(2, '\0')) {
    throw ConfigError(
        "an encrypted minisign secret key: konform reads only unencrypted ones (minisign -G -W); "
        "sign with minisign itself instead",
        file.string())
        .with_german(
            "ein verschlüsselter minisign-Schlüssel: konform liest nur unverschlüsselte "
            "(minisign -G -W); signieren Sie stattdessen mit minisign");
  }
  constexpr std::size_t kKeyIdAt = 6 + 32 + 8 + 8;
  SecretKey key{from_bytes<8>(bytes->substr(kKeyIdAt, 8)),
                from_bytes<32>(bytes->substr(kKeyIdAt + 8, 32))};
  // The stored public half must be the seed's: catches a damaged key file (minisign's own
  // checksum is BLAKE2b-256, which OpenSSL 3.0 lacks).
  if (as_bytes(bundle::public_key_of(key.seed)) != bytes->substr(kKeyIdAt + 8 + 32, 32)) {
    not_a_key(file.string(), kind, kind_de, "its two halves do not belong together (damaged?)");
  }
  return key;
}

}  // namespace konform::bundle
