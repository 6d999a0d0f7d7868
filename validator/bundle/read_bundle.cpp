#include "validator/bundle/read_bundle.h"

#include <archive.h>
#include <archive_entry.h>

#include <fstream>
#include <map>
#include <memory>

#include "validator/core/archive_entry_name.h"
#include "validator/core/config_error.h"
#include "validator/core/sha256.h"

namespace konform::bundle {
namespace fs = std::filesystem;

namespace {

using Reader = std::unique_ptr<archive, decltype(&archive_read_free)>;

[[noreturn]] void refuse(const fs::path& bundle, const std::string& entry, const std::string& why,
                         const std::string& why_de) {
  throw ConfigError("bundle entry '" + entry + "' refused: " + why, bundle.string())
      .with_german("Bündel-Eintrag '" + entry + "' abgelehnt: " + why_de);
}

[[noreturn]] void damaged(const fs::path& bundle, archive* reader) {
  const char* why = archive_error_string(reader);
  throw ConfigError(std::string("damaged or not a bundle: ") + (why ? why : "unknown error"),
                    bundle.string())
      .with_german("beschädigt oder kein Bündel");
}

/// Every entry's bytes by name, each checked on the way out.
std::map<std::string, std::string> read_entries(const fs::path& bundle) {
  Reader reader(archive_read_new(), archive_read_free);
  // Only what pack writes: tar (ustar, pax) with gzip.
  archive_read_support_format_tar(reader.get());
  archive_read_support_filter_gzip(reader.get());
  if (archive_read_open_filename(reader.get(), bundle.c_str(), 1 << 16) != ARCHIVE_OK) {
    damaged(bundle, reader.get());
  }
  std::map<std::string, std::string> entries;
  std::uintmax_t bytes = 0;
  archive_entry* entry = nullptr;
  int status;
  while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
    const char* raw_name = archive_entry_pathname_utf8(entry);
    if (!raw_name) raw_name = archive_entry_pathname(entry);
    std::string name = raw_name ? raw_name : "";
    if (archive_entry_symlink(entry) || archive_entry_hardlink(entry)) {
      refuse(bundle, name, "a link", "eine Verknüpfung");
    }
    const auto type = archive_entry_filetype(entry);
    if (type == AE_IFDIR && name.size() > 1 && name.back() == '/') name.pop_back();
    if (const auto refusal = check_entry_name(name)) {
      refuse(bundle, name, refusal.why, refusal.why_de);
    }
    if (entries.size() >= kMaxBundleEntries) {
      refuse(bundle, name, "too many entries", "zu viele Einträge");
    }
    if (type == AE_IFDIR) continue;
    if (type != AE_IFREG)
      refuse(bundle, name, "neither a file nor a folder", "weder Datei noch Ordner");
    std::string content;
    char buffer[1 << 16];
    la_ssize_t read;
    while ((read = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0) {
      bytes += static_cast<std::uintmax_t>(read);
      if (bytes > kMaxBundleBytes) {
        refuse(bundle, name, "the bundle unpacks to more than 1 GiB", "mehr als 1 GiB entpackt");
      }
      content.append(buffer, static_cast<std::size_t>(read));
    }
    if (read < 0) damaged(bundle, reader.get());
    if (!entries.emplace(name, std::move(content)).second) {
      refuse(bundle, name, "the name comes twice", "der Name kommt zweimal vor");
    }
  }
  if (status != ARCHIVE_EOF) damaged(bundle, reader.get());
  return entries;
}

}  // namespace

BundleContents read_bundle(const fs::path& bundle) {
  auto entries = read_entries(bundle);
  const auto manifest_entry = entries.find(kBundleManifestName);
  if (manifest_entry == entries.end()) {
    throw ConfigError(std::string("not a konform bundle: no ") + kBundleManifestName,
                      bundle.string())
        .with_german(std::string("kein konform-Bündel: ") + kBundleManifestName + " fehlt");
  }
  BundleContents contents;
  contents.manifest = parse_manifest(manifest_entry->second, bundle.string());
  entries.erase(manifest_entry);
  for (const auto& file : contents.manifest.files) {
    const auto found = entries.find(file.path);
    if (found == entries.end()) {
      refuse(bundle, file.path, "the manifest lists it but the bundle lacks it",
             "das Manifest führt ihn auf, das Bündel enthält ihn nicht");
    }
    if (found->second.size() != file.size || sha256_hex(found->second) != file.sha256) {
      refuse(bundle, file.path, "its content differs from the manifest's SHA-256 (tampered?)",
             "sein Inhalt weicht vom SHA-256 des Manifests ab (verändert?)");
    }
    contents.files.emplace_back(file.path, std::move(found->second));
    entries.erase(found);
  }
  if (!entries.empty()) {
    refuse(bundle, entries.begin()->first, "the manifest does not list it",
           "das Manifest führt ihn nicht auf");
  }
  return contents;
}

void unpack_bundle(const BundleContents& contents, const fs::path& into) {
  if (!fs::create_directories(into)) {
    throw ConfigError("cannot unpack: the folder exists already", into.string())
        .with_german("Entpacken nicht möglich: den Ordner gibt es schon");
  }
  const auto write = [&](const std::string& name, const std::string& bytes) {
    const fs::path target = into / fs::path(name);
    fs::create_directories(target.parent_path());
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      throw ConfigError("cannot write '" + name + "'", into.string())
          .with_german("'" + name + "' lässt sich nicht schreiben");
    }
  };
  write(kBundleManifestName, manifest_json(contents.manifest));
  for (const auto& [name, bytes] : contents.files) write(name, bytes);
}

}  // namespace konform::bundle
