// minisign's signature files, prehashed ("ED") form, the default since minisign 0.8:
//   untrusted comment: <free text, not signed>
//   base64("ED" || key id (8) || Ed25519 signature of BLAKE2b-512(file) (64))
//   trusted comment: <text>
//   base64(Ed25519 signature of (the first signature || the trusted comment's text) (64))
// The legacy form ("Ed", minisign -l, the whole file signed) is refused: it needs the file in
// memory and minisign no longer writes it by default.
#pragma once

#include <filesystem>
#include <string>

#include "validator/bundle/minisign_key.h"

namespace konform::bundle {

struct MinisignSignature {
  std::string untrusted_comment;
  KeyId key_id{};
  Ed25519Signature signature{};
  std::string trusted_comment;
  Ed25519Signature global_signature{};
};

/// Signs `file` with `key`; the comments must be single lines.
MinisignSignature sign_file(const std::filesystem::path& file, const SecretKey& key,
                            const std::string& trusted_comment,
                            const std::string& untrusted_comment);

std::string format_signature(const MinisignSignature& signature);
/// Reads a .minisig file; throws ConfigError naming it when it is not one.
MinisignSignature read_signature(const std::filesystem::path& file);

/// Checks `signature` of `file` with `key`: the key ids must agree, the signature must cover the
/// file's BLAKE2b-512 and the global signature the trusted comment. Throws ConfigError naming
/// `file` and what failed.
void verify_file(const std::filesystem::path& file, const MinisignSignature& signature,
                 const PublicKey& key);

}  // namespace konform::bundle
