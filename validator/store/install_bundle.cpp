// `konform profile install`: the checks in the order a refusal is cheapest to explain — the
// signature and the key's scope, then the store's versions, then the files as written — and
// nothing in the store changes until the verified folder is renamed into place.
#include <nlohmann/json.hpp>

#include <random>

#include "validator/bundle/bundle_signature.h"
#include "validator/core/archive_entry_name.h"
#include "validator/core/atomic_file.h"
#include "validator/core/config_error.h"
#include "validator/profile/artefact_hash.h"
#include "validator/profile/manifest_loader.h"
#include "validator/profile/version.h"
#include "validator/store/profile_store.h"
#include "validator/store/trust_scope.h"
#include "validator/store/trust_store.h"

namespace konform::store {
namespace fs = std::filesystem;
namespace {

struct CheckedBundle {
  bundle::BundleContents contents;
  std::string sha256;
  std::string key_id;  ///< empty: unsigned
};

std::string scope_text(const std::vector<std::string>& scope) {
  std::string text;
  for (const auto& pattern : scope) text += (text.empty() ? "" : ", ") + pattern;
  return text.empty() ? "nothing" : text;
}

/// The signature checked against the trust store and the key's scope, or the bundle read
/// unsigned where that is allowed.
CheckedBundle checked_bundle(const fs::path& bundle, const InstallOptions& options) {
  const fs::path signature_file =
      options.signature.empty() ? bundle::default_signature_path(bundle) : options.signature;
  std::error_code error;
  if (!fs::exists(signature_file, error)) {
    if (!options.allow_unsigned) {
      throw ConfigError("refused: the bundle is not signed (no " + signature_file.string() +
                            "); ask its publisher for the signature, or pass --allow-unsigned to "
                            "install it without one",
                        bundle.string())
          .with_german("abgelehnt: das Bündel ist nicht signiert (" + signature_file.string() +
                       " fehlt); die Signatur beim Herausgeber erfragen oder mit "
                       "--allow-unsigned ohne sie installieren");
    }
    return {bundle::read_bundle(bundle), sha256_of_file(bundle), ""};
  }
  const auto signature = bundle::read_signature(signature_file);
  const std::string key_id = bundle::key_id_hex(signature.key_id);
  const auto trusted = find_trusted_key(options.trust, signature.key_id);
  if (!trusted) {
    throw ConfigError("refused: signed with key " + key_id +
                          ", which is not in the trust store; if you trust its publisher: "
                          "konform trust add KEY.pub --for 'ID-PATTERN'",
                      bundle.string())
        .with_german("abgelehnt: signiert mit Schlüssel " + key_id +
                     ", der nicht im Vertrauensspeicher ist; wer dem Herausgeber vertraut: "
                     "konform trust add SCHLÜSSEL.pub --for 'ID-MUSTER'");
  }
  auto verified = bundle::verify_bundle(bundle, signature, trusted->key);
  const std::string& id = verified.contents.manifest.id;
  if (!scope_covers(trusted->scope, id)) {
    throw ConfigError("refused: key " + key_id + " is trusted for " + scope_text(trusted->scope) +
                          ", not for profile " + id + " (" + trusted->file.string() + ")",
                      bundle.string())
        .with_german("abgelehnt: Schlüssel " + key_id + " gilt für " + scope_text(trusted->scope) +
                     ", nicht für das Profil " + id + " (" + trusted->file.string() + ")");
  }
  return {std::move(verified.contents), std::move(verified.sha256), key_id};
}

/// The id and version become folder names: one step each, nothing a path could escape with.
void check_folder_names(const bundle::BundleManifest& manifest, const fs::path& bundle) {
  const bool one_step = manifest.id.find('/') == std::string::npos &&
                        !check_entry_name(manifest.id) &&
                        SemanticVersion::parse(manifest.version).has_value();
  if (!one_step || manifest.version.find('/') != std::string::npos) {
    throw ConfigError("refused: the manifest's id '" + manifest.id + "' or version '" +
                          manifest.version + "' cannot name a folder",
                      bundle.string())
        .with_german("abgelehnt: ID '" + manifest.id + "' oder Version '" + manifest.version +
                     "' des Manifests taugen nicht als Ordnername");
  }
}

/// A bundle fetched from a registry is the release the index lists (an older release replayed
/// under a newer version's entry, or another profile under this one's, is refused).
void check_expected(const bundle::BundleManifest& manifest, const InstallOptions& options,
                    const fs::path& bundle) {
  if (options.expected_id.empty()) return;
  if (manifest.id == options.expected_id && manifest.version == options.expected_version) return;
  throw ConfigError("refused: the registry lists this bundle as " + options.expected_id + " " +
                        options.expected_version + ", but it is " + manifest.id + " " +
                        manifest.version + " (a replayed or misfiled release)",
                    bundle.string())
      .with_german("abgelehnt: die Registry führt dieses Bündel als " + options.expected_id + " " +
                   options.expected_version + ", es ist aber " + manifest.id + " " +
                   manifest.version + " (eine wieder eingespielte oder falsch abgelegte Ausgabe)");
}

/// Refuses a different bundle of an installed version and, unless allowed, an older version;
/// returns the installed copy when this very bundle is installed already.
std::optional<InstalledProfile> check_against_store(const fs::path& store,
                                                    const CheckedBundle& checked,
                                                    const InstallOptions& options,
                                                    const fs::path& bundle) {
  const auto& manifest = checked.contents.manifest;
  const auto version = SemanticVersion::parse(manifest.version).value_or(SemanticVersion{});
  const auto installed_versions = installed_profiles(store);
  for (const auto& installed : installed_versions) {
    if (installed.id != manifest.id || installed.version != manifest.version) continue;
    if (installed.bundle_sha256 == checked.sha256) return installed;
    throw ConfigError("refused: " + manifest.id + " " + manifest.version +
                          " is installed already from a different bundle (sha256 " +
                          installed.bundle_sha256 + ", this one " + checked.sha256 +
                          "); a published version never changes: konform profile remove " +
                          manifest.id + "@" + manifest.version + " first if you mean it",
                      bundle.string())
        .with_german("abgelehnt: " + manifest.id + " " + manifest.version +
                     " ist schon aus einem anderen Bündel installiert (sha256 " +
                     installed.bundle_sha256 + ", dieses " + checked.sha256 +
                     "); eine veröffentlichte Version ändert sich nie: erst konform profile "
                     "remove " +
                     manifest.id + "@" + manifest.version + ", wenn das gewollt ist");
  }
  for (const auto& installed : installed_versions) {
    const auto other = SemanticVersion::parse(installed.version).value_or(SemanticVersion{});
    if (installed.id != manifest.id || !(version < other) || options.allow_downgrade) continue;
    throw ConfigError("refused: " + manifest.id + " " + installed.version +
                          " is installed, newer than " + manifest.version +
                          " (an older release replayed?); pass --allow-downgrade to install "
                          "it beside the newer one",
                      bundle.string())
        .with_german("abgelehnt: " + manifest.id + " " + installed.version +
                     " ist installiert, neuer als " + manifest.version +
                     " (eine ältere Ausgabe wieder eingespielt?); mit --allow-downgrade neben "
                     "der neueren installieren");
  }
  return std::nullopt;
}

/// What was written is what the manifest lists, and the profile inside is the one the manifest
/// (and so the signature) names: a bundle whose profile.xml claims another id would otherwise
/// slip past the key's scope.
void check_unpacked(const fs::path& dir, const bundle::BundleManifest& manifest,
                    const fs::path& bundle) {
  for (const auto& file : manifest.files) {
    if (sha256_of_file(dir / file.path) != file.sha256) {
      throw ConfigError("'" + file.path + "' differs from the manifest after unpacking",
                        bundle.string())
          .with_german("'" + file.path + "' weicht nach dem Entpacken vom Manifest ab");
    }
  }
  const Profile profile = load_profile(dir);
  if (profile.id != manifest.id || profile.version != manifest.version) {
    throw ConfigError("refused: the bundle's manifest names " + manifest.id + " " +
                          manifest.version + " but its profile.xml is " + profile.id + " " +
                          profile.version,
                      bundle.string())
        .with_german("abgelehnt: das Manifest des Bündels nennt " + manifest.id + " " +
                     manifest.version + ", seine profile.xml aber " + profile.id + " " +
                     profile.version);
  }
}

std::string record_json(const InstalledProfile& installed) {
  nlohmann::ordered_json json{{"id", installed.id},
                              {"version", installed.version},
                              {"bundleSha256", installed.bundle_sha256},
                              {"key", installed.key_id}};
  return json.dump(2) + "\n";
}

fs::path partial_folder(const fs::path& store) {
  std::random_device random;
  return store / (std::string(kPartialPrefix) + std::to_string(random()));
}

}  // namespace

InstallOutcome install_bundle(const fs::path& store, const fs::path& bundle,
                              const InstallOptions& options) {
  const CheckedBundle checked = checked_bundle(bundle, options);
  const auto& manifest = checked.contents.manifest;
  check_folder_names(manifest, bundle);
  check_expected(manifest, options, bundle);
  if (auto installed = check_against_store(store, checked, options, bundle)) {
    return {std::move(*installed), true};
  }
  const fs::path target = store / manifest.id / manifest.version;
  InstalledProfile installed{manifest.id, manifest.version, checked.sha256, checked.key_id, target};
  std::error_code error;
  fs::create_directories(store / manifest.id, error);
  if (error) {
    throw ConfigError("cannot write to the profile store: " + error.message(), store.string())
        .with_german("in den Profilspeicher lässt sich nicht schreiben: " + error.message());
  }
  const fs::path partial = partial_folder(store);
  try {
    bundle::unpack_bundle(checked.contents, partial);
    check_unpacked(partial, manifest, bundle);
    write_file_atomically(partial / kInstallRecordName, record_json(installed));
    fs::rename(partial, target, error);
    if (error) {
      throw ConfigError("cannot move the profile into place: " + error.message(), target.string())
          .with_german("das Profil lässt sich nicht an seinen Platz bringen: " + error.message());
    }
  } catch (...) {
    fs::remove_all(partial, error);
    fs::remove(store / manifest.id, error);  // only when empty
    throw;
  }
  return {std::move(installed), false};
}

}  // namespace konform::store
