#include "validator/registry/install_download.h"

#include <fstream>

#include "validator/core/config_error.h"
#include "validator/core/scratch_folder.h"
#include "validator/core/sha256.h"

namespace konform::registry {
namespace fs = std::filesystem;
namespace {

void write_bytes(const fs::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) {
    throw ConfigError("cannot write the download", file.string())
        .with_german("der Download lässt sich nicht schreiben");
  }
}

/// Downloads bundle and signature, checks the listed hash, installs; the scratch folder's paths
/// in refusals are replaced by the bundle's URL, which is what the user knows.
store::InstallOutcome download_and_install(const fs::path& store, const net::Url& bundle,
                                           const net::Url& signature,
                                           const std::optional<std::string>& listed_sha256,
                                           const net::FetchOptions& fetch,
                                           store::InstallOptions install) {
  const std::string bundle_bytes = net::fetch(bundle, fetch).bytes;
  if (listed_sha256 && sha256_hex(bundle_bytes) != *listed_sha256) {
    throw ConfigError("refused: the bundle's SHA-256 is " + sha256_hex(bundle_bytes) +
                          ", the registry's index lists " + *listed_sha256 +
                          " (tampered with, or changed after it was listed)",
                      bundle.text)
        .with_german("abgelehnt: der SHA-256 des Bündels ist " + sha256_hex(bundle_bytes) +
                     ", der Index der Registry nennt " + *listed_sha256 +
                     " (manipuliert oder nach der Aufnahme geändert)");
  }
  const std::string signature_bytes = net::fetch(signature, fetch).bytes;
  const ScratchFolder scratch("konform-download-");
  const fs::path bundle_file = scratch.path() / "download.kpkg";
  write_bytes(bundle_file, bundle_bytes);
  install.signature = scratch.path() / "download.kpkg.minisig";
  write_bytes(install.signature, signature_bytes);
  try {
    return store::install_bundle(store, bundle_file, install);
  } catch (const ConfigError& error) {
    if (!error.file().starts_with(scratch.path().string())) throw;
    ConfigError located(error.what(), bundle.text);
    if (!error.message_de().empty()) located.with_german(error.message_de());
    throw located;
  }
}

}  // namespace

store::InstallOutcome install_release(const fs::path& store, const RegistryRelease& release,
                                      const net::FetchOptions& fetch,
                                      store::InstallOptions install) {
  install.expected_id = release.id;
  install.expected_version = release.version;
  install.allow_unsigned = false;  // the index names a signature; it must be there and good
  return download_and_install(store, release.bundle, release.signature, release.sha256, fetch,
                              std::move(install));
}

store::InstallOutcome install_from_url(const fs::path& store, const net::Url& bundle,
                                       const net::Url& signature, const net::FetchOptions& fetch,
                                       store::InstallOptions install) {
  return download_and_install(store, bundle, signature, std::nullopt, fetch, std::move(install));
}

}  // namespace konform::registry
