#include "validator/importer/xoev/zip_release.h"

#include <archive.h>
#include <archive_entry.h>

#include <fstream>
#include <memory>

#include "validator/core/config_error.h"

namespace konform::importer::xoev {
namespace fs = std::filesystem;

namespace {

using Archive = std::unique_ptr<archive, decltype(&archive_read_free)>;

[[noreturn]] void refuse(const fs::path& zip, const std::string& entry, const std::string& why,
                         const std::string& why_de) {
  throw ConfigError("zip entry '" + entry + "' refused: " + why, zip.string())
      .with_german("Zip-Eintrag '" + entry + "' abgelehnt: " + why_de);
}

/// The entry's path inside the scratch folder, or a refusal.
fs::path checked_path(const fs::path& zip, const std::string& name) {
  const fs::path path(name);
  if (name.empty() || path.is_absolute() || name.front() == '/' || name.front() == '\\' ||
      (name.size() > 1 && name[1] == ':')) {
    refuse(zip, name, "an absolute path", "ein absoluter Pfad");
  }
  for (const auto& step : path) {
    if (step == "..") refuse(zip, name, "a '..' step leads out", "ein '..'-Schritt führt hinaus");
  }
  if (name.find('\\') != std::string::npos) {
    refuse(zip, name, "a backslash in the path", "ein umgekehrter Schrägstrich im Pfad");
  }
  return path.lexically_normal();
}

}  // namespace

void unpack_release_zip(const fs::path& zip, const fs::path& into) {
  Archive reader(archive_read_new(), archive_read_free);
  archive_read_support_format_zip(reader.get());
  if (archive_read_open_filename(reader.get(), zip.c_str(), 1 << 16) != ARCHIVE_OK) {
    throw ConfigError(std::string("cannot read the zip: ") + archive_error_string(reader.get()),
                      zip.string())
        .with_german("das Zip-Archiv lässt sich nicht lesen");
  }
  fs::create_directories(into);
  std::uintmax_t bytes = 0;
  std::size_t entries = 0;
  archive_entry* entry = nullptr;
  int status;
  while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
    const char* raw_name = archive_entry_pathname(entry);
    const std::string name = raw_name ? raw_name : "";
    const fs::path path = checked_path(zip, name);
    if (archive_entry_symlink(entry) || archive_entry_hardlink(entry)) {
      refuse(zip, name, "a link", "eine Verknüpfung");
    }
    if (++entries > kMaxEntries) refuse(zip, name, "too many entries", "zu viele Einträge");
    const auto type = archive_entry_filetype(entry);
    if (type == AE_IFDIR) {
      fs::create_directories(into / path);
      continue;
    }
    if (type != AE_IFREG) {
      refuse(zip, name, "neither a file nor a folder", "weder Datei noch Ordner");
    }
    fs::create_directories((into / path).parent_path());
    std::ofstream out(into / path, std::ios::binary);
    char buffer[1 << 16];
    la_ssize_t read;
    while ((read = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0) {
      bytes += static_cast<std::uintmax_t>(read);
      if (bytes > kMaxUnpackedBytes) {
        refuse(zip, name, "the release unpacks to more than 1 GiB", "mehr als 1 GiB entpackt");
      }
      out.write(buffer, read);
    }
    if (read < 0 || !out) {
      throw ConfigError("cannot unpack entry '" + name + "'", zip.string())
          .with_german("Eintrag '" + name + "' lässt sich nicht entpacken");
    }
  }
  if (status != ARCHIVE_EOF) {
    throw ConfigError(std::string("damaged zip: ") + archive_error_string(reader.get()),
                      zip.string())
        .with_german("beschädigtes Zip-Archiv");
  }
}

}  // namespace konform::importer::xoev
