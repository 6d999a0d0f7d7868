#include "validator/bundle/bundle_signature.h"

#include <fstream>
#include <map>
#include <sstream>

#include "validator/core/config_error.h"
#include "validator/profile/artefact_hash.h"

namespace konform::bundle {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kCommentTag = "konform-bundle";

/// The `key=value` words of a trusted comment (separated by spaces or tabs).
std::map<std::string, std::string> comment_fields(const std::string& comment) {
  std::map<std::string, std::string> fields;
  std::istringstream words(comment);
  for (std::string word; words >> word;) {
    const auto equals = word.find('=');
    if (equals != std::string::npos)
      fields.emplace(word.substr(0, equals), word.substr(equals + 1));
  }
  return fields;
}

}  // namespace

fs::path default_signature_path(const fs::path& bundle) { return bundle.string() + ".minisig"; }

std::string trusted_comment_for(const BundleManifest& manifest) {
  return std::string(kCommentTag) + " id=" + manifest.id + " version=" + manifest.version;
}

BundleManifest sign_bundle(const fs::path& bundle, const SecretKey& key,
                           const fs::path& signature_file) {
  BundleManifest manifest = read_bundle(bundle).manifest;
  const auto signature = sign_file(bundle, key, trusted_comment_for(manifest),
                                   "signature from konform secret key " + key_id_hex(key.id));
  std::ofstream out(signature_file, std::ios::binary | std::ios::trunc);
  out << format_signature(signature);
  if (!out) {
    throw ConfigError("cannot write the signature", signature_file.string())
        .with_german("die Signatur lässt sich nicht schreiben");
  }
  return manifest;
}

VerifiedBundle verify_bundle(const fs::path& bundle, const MinisignSignature& signature,
                             const PublicKey& key) {
  verify_file(bundle, signature, key);
  VerifiedBundle verified{read_bundle(bundle), key_id_hex(key.id), sha256_of_file(bundle)};
  const auto fields = comment_fields(signature.trusted_comment);
  const auto field = [&](const std::string& name) {
    const auto found = fields.find(name);
    return found == fields.end() ? std::string() : found->second;
  };
  const auto& manifest = verified.contents.manifest;
  if (signature.trusted_comment.rfind(kCommentTag, 0) != 0 || field("id") != manifest.id ||
      field("version") != manifest.version) {
    throw ConfigError("the signature is for '" + signature.trusted_comment +
                          "', not for konform-bundle id=" + manifest.id + " version=" +
                          manifest.version + " (a signature moved from another bundle or version?)",
                      bundle.string())
        .with_german("die Signatur gilt für '" + signature.trusted_comment +
                     "', nicht für konform-bundle id=" + manifest.id +
                     " version=" + manifest.version +
                     " (von einem anderen Bündel oder einer anderen Version übertragen?)");
  }
  return verified;
}

}  // namespace konform::bundle
