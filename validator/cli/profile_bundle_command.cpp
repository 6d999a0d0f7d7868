// `konform profile pack DIR [--into OUT]`      <id>-<version>.kpkg, reproducible
// `konform profile keygen [--into DIR]`        konform.key (mode 0600) and konform.pub
// `konform profile sign BUNDLE --key F`        BUNDLE.minisig in minisign's format
// `konform profile verify BUNDLE --key PUB`    signature, manifest and the trusted comment's id
//                                              and version
#include "validator/cli/profile_bundle_command.h"

#include <fcntl.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "reports/bundle_renderers.h"
#include "validator/bundle/bundle_signature.h"
#include "validator/bundle/pack_bundle.h"
#include "validator/cli/exit_code.h"
#include "validator/core/config_error.h"

namespace konform::cli {
namespace fs = std::filesystem;

namespace {

struct BundleOptions {
  std::string folder;
  std::string into = ".";
  std::string bundle;
  std::string key;
  std::string signature;  ///< empty: <bundle>.minisig
};

/// Writes a new file only (never over an existing one), readable by its owner alone when `mode`
/// says so: a secret key must not be world-readable even for an instant.
void write_new_file(const fs::path& file, const std::string& text, mode_t mode) {
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  const bool written =
      fd >= 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  if (fd >= 0) ::close(fd);
  if (!written) {
    throw ConfigError(fs::exists(file) ? "exists already; konform does not overwrite keys"
                                       : "cannot write the file",
                      file.string())
        .with_german(fs::exists(file) ? "existiert schon; konform überschreibt keine Schlüssel"
                                      : "die Datei lässt sich nicht schreiben");
  }
}

int pack(const BundleOptions& options) {
  const auto packed = bundle::pack_profile(options.folder, options.into);
  reports::render_packed_bundle_text(
      {packed.file.string(), packed.manifest.id, packed.manifest.version,
       packed.manifest.files.size(), packed.sha256, ""},
      std::cout);
  return kExitOk;
}

int keygen(const BundleOptions& options) {
  const auto secret = bundle::generate_secret_key();
  fs::create_directories(options.into);
  const fs::path public_file = fs::path(options.into) / "konform.pub";
  const fs::path secret_file = fs::path(options.into) / "konform.key";
  write_new_file(secret_file, bundle::format_secret_key(secret), 0600);
  write_new_file(public_file, bundle::format_public_key(bundle::public_key_of(secret)), 0644);
  reports::render_key_pair_text(
      {bundle::key_id_hex(secret.id), secret_file.string(), public_file.string()}, std::cout);
  return kExitOk;
}

fs::path signature_file(const BundleOptions& options) {
  return options.signature.empty() ? bundle::default_signature_path(options.bundle)
                                   : fs::path(options.signature);
}

int sign(const BundleOptions& options) {
  const auto key = bundle::read_secret_key(options.key);
  const auto manifest = bundle::sign_bundle(options.bundle, key, signature_file(options));
  reports::render_signed_bundle_text(
      {signature_file(options).string(), manifest.id, manifest.version, manifest.files.size(), "",
       bundle::key_id_hex(key.id)},
      std::cout);
  return kExitOk;
}

int verify(const BundleOptions& options) {
  const auto verified =
      bundle::verify_bundle(options.bundle, bundle::read_signature(signature_file(options)),
                            bundle::read_public_key(options.key));
  const auto& manifest = verified.contents.manifest;
  reports::render_verified_bundle_text({options.bundle, manifest.id, manifest.version,
                                        manifest.files.size(), verified.sha256, verified.key_id},
                                       std::cout);
  return kExitOk;
}

}  // namespace

std::vector<Subcommand> add_profile_bundle_commands(CLI::App& profile) {
  auto options = std::make_shared<BundleOptions>();
  CLI::App* pack_cmd = profile.add_subcommand(
      "pack", "Pack a profile folder into a reproducible bundle <id>-<version>.kpkg");
  pack_cmd->add_option("folder", options->folder, "The profile folder")->required();
  pack_cmd->add_option("--into", options->into, "Folder to write the bundle to (default: .)");
  CLI::App* keygen_cmd = profile.add_subcommand(
      "keygen", "Create a signing key pair: konform.key (secret) and konform.pub");
  keygen_cmd->add_option("--into", options->into, "Folder to write the keys to (default: .)");
  CLI::App* sign_cmd =
      profile.add_subcommand("sign", "Sign a bundle: writes BUNDLE.minisig (minisign's format)");
  CLI::App* verify_cmd = profile.add_subcommand(
      "verify", "Check a bundle's signature, its files and the signed id and version");
  for (CLI::App* sub : {sign_cmd, verify_cmd}) {
    sub->add_option("bundle", options->bundle, "The .kpkg file")->required();
    sub->add_option("--signature", options->signature, "Signature file (default: BUNDLE.minisig)");
  }
  sign_cmd
      ->add_option("--key", options->key,
                   "Secret key: konform's (profile keygen) or minisign's unencrypted (-G -W)")
      ->required();
  verify_cmd->add_option("--key", options->key, "Public key file (minisign's format)")->required();
  return {{pack_cmd, [options] { return pack(*options); }},
          {keygen_cmd, [options] { return keygen(*options); }},
          {sign_cmd, [options] { return sign(*options); }},
          {verify_cmd, [options] { return verify(*options); }}};
}

}  // namespace konform::cli
