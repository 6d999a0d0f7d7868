#include "validator/bundle/minisign_signature.h"

#include "validator/bundle/minisign_text.h"
#include "validator/core/base64.h"
#include "validator/core/config_error.h"

namespace konform::bundle {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPrehashed = "ED";
constexpr std::string_view kLegacy = "Ed";
constexpr std::string_view kUntrustedPrefix = "untrusted comment: ";
constexpr std::string_view kTrustedPrefix = "trusted comment: ";

std::string global_message(const MinisignSignature& signature) {
  return std::string(as_bytes(signature.signature)) + signature.trusted_comment;
}

[[noreturn]] void not_a_signature(const fs::path& file, const std::string& detail,
                                  const std::string& detail_de) {
  throw ConfigError("not a minisign signature: " + detail, file.string())
      .with_german("keine minisign-Signatur: " + detail_de);
}

[[noreturn]] void bad_signature(const fs::path& file, const std::string& why,
                                const std::string& why_de) {
  throw ConfigError("signature check failed: " + why, file.string())
      .with_german("Signaturprüfung fehlgeschlagen: " + why_de);
}

}  // namespace

MinisignSignature sign_file(const fs::path& file, const SecretKey& key,
                            const std::string& trusted_comment,
                            const std::string& untrusted_comment) {
  MinisignSignature signature;
  signature.untrusted_comment = untrusted_comment;
  signature.key_id = key.id;
  signature.signature = ed25519_sign(key.seed, as_bytes(blake2b512_of_file(file)));
  signature.trusted_comment = trusted_comment;
  signature.global_signature = ed25519_sign(key.seed, global_message(signature));
  return signature;
}

std::string format_signature(const MinisignSignature& signature) {
  return std::string(kUntrustedPrefix) + signature.untrusted_comment + "\n" +
         base64_encode(std::string(kPrehashed) + std::string(as_bytes(signature.key_id)) +
                       std::string(as_bytes(signature.signature))) +
         "\n" + std::string(kTrustedPrefix) + signature.trusted_comment + "\n" +
         base64_encode(as_bytes(signature.global_signature)) + "\n";
}

MinisignSignature read_signature(const fs::path& file) {
  const auto lines = minisign_lines(read_text_file(file));
  if (lines.size() < 4 || !lines[0].starts_with(kUntrustedPrefix) ||
      !lines[2].starts_with(kTrustedPrefix)) {
    not_a_signature(file,
                    "expected four lines: untrusted comment, signature, trusted comment, "
                    "global signature",
                    "erwartet vier Zeilen: ungeprüfter Kommentar, Signatur, geprüfter Kommentar, "
                    "globale Signatur");
  }
  const auto first = base64_decode(lines[1]);
  const auto global = base64_decode(lines[3]);
  if (first && first->size() == 2 + 8 + 64 && first->starts_with(kLegacy)) {
    not_a_signature(file, "a legacy signature (minisign -l); sign without -l",
                    "eine Signatur im Altformat (minisign -l); signieren Sie ohne -l");
  }
  if (!first || first->size() != 2 + 8 + 64 || !first->starts_with(kPrehashed) || !global ||
      global->size() != 64) {
    not_a_signature(file, "the signature lines are not base64 of the expected size",
                    "die Signaturzeilen sind kein Base64 der erwarteten Länge");
  }
  MinisignSignature signature;
  signature.untrusted_comment = lines[0].substr(kUntrustedPrefix.size());
  signature.key_id = from_bytes<8>(first->substr(2, 8));
  signature.signature = from_bytes<64>(first->substr(10, 64));
  signature.trusted_comment = lines[2].substr(kTrustedPrefix.size());
  signature.global_signature = from_bytes<64>(*global);
  return signature;
}

void verify_file(const fs::path& file, const MinisignSignature& signature, const PublicKey& key) {
  if (signature.key_id != key.id) {
    bad_signature(
        file,
        "signed with key " + key_id_hex(signature.key_id) + ", not with key " + key_id_hex(key.id),
        "mit Schlüssel " + key_id_hex(signature.key_id) + " signiert, nicht mit " +
            key_id_hex(key.id));
  }
  if (!ed25519_verify(key.key, as_bytes(blake2b512_of_file(file)), signature.signature)) {
    bad_signature(
        file, "the file is not what key " + key_id_hex(key.id) + " signed (tampered?)",
        "die Datei ist nicht, was Schlüssel " + key_id_hex(key.id) + " signiert hat (verändert?)");
  }
  if (!ed25519_verify(key.key, global_message(signature), signature.global_signature)) {
    bad_signature(file, "the trusted comment was changed after signing",
                  "der geprüfte Kommentar wurde nach dem Signieren geändert");
  }
}

}  // namespace konform::bundle
