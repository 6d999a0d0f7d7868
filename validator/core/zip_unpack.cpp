#include "validator/core/zip_unpack.h"

#include <archive.h>
#include <archive_entry.h>

#include <fstream>
#include <memory>

#include "validator/core/archive_entry_name.h"
#include "validator/core/config_error.h"
#include "validator/core/limit_error.h"

namespace konform {
namespace fs = std::filesystem;

namespace {

using Archive = std::unique_ptr<archive, decltype(&archive_read_free)>;

/// Throws `Refusal` (a ConfigError) naming the entry and why it was refused.
template <typename Refusal = ConfigError>
[[noreturn]] void refuse(const ZipSource& zip, const std::string& entry, const std::string& why,
                         const std::string& why_de) {
  throw Refusal("zip entry '" + entry + "' refused: " + why, zip.label)
      .with_german("Zip-Eintrag '" + entry + "' abgelehnt: " + why_de);
}

[[noreturn]] void damaged(const ZipSource& zip, archive* reader) {
  const char* why = archive_error_string(reader);
  throw ConfigError(std::string("damaged or not a zip: ") + (why ? why : "unknown error"),
                    zip.label)
      .with_german("beschädigt oder kein Zip-Archiv");
}

Archive open_zip(const ZipSource& zip) {
  Archive reader(archive_read_new(), archive_read_free);
  archive_read_support_format_zip(reader.get());
  const int status =
      zip.file ? archive_read_open_filename(reader.get(), zip.file->c_str(), 1 << 16)
               : archive_read_open_memory(reader.get(), zip.bytes.data(), zip.bytes.size());
  if (status != ARCHIVE_OK) damaged(zip, reader.get());
  return reader;
}

/// The entry's path below the folder, or a refusal (a folder's name ends in '/').
fs::path checked_path(const ZipSource& zip, std::string name) {
  if (name.size() > 1 && name.back() == '/') name.pop_back();
  if (const auto refusal = check_entry_name(name)) refuse(zip, name, refusal.why, refusal.why_de);
  return fs::path(name);
}

}  // namespace

void unpack_zip(const ZipSource& zip, const fs::path& into, const ZipLimits& limits) {
  Archive reader = open_zip(zip);
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
    if (++entries > limits.max_entries) {
      refuse<LimitError>(zip, name, "more than " + std::to_string(limits.max_entries) + " entries",
                         "mehr als " + std::to_string(limits.max_entries) + " Einträge");
    }
    const auto type = archive_entry_filetype(entry);
    if (type != AE_IFDIR && type != AE_IFREG) {
      refuse(zip, name, "neither a file nor a folder", "weder Datei noch Ordner");
    }
    std::error_code error;
    fs::create_directories(type == AE_IFDIR ? into / path : (into / path).parent_path(), error);
    if (error || (type == AE_IFREG && fs::exists(into / path))) {
      refuse(zip, name, "it clashes with another entry", "er kollidiert mit einem anderen Eintrag");
    }
    if (type == AE_IFDIR) continue;
    std::ofstream out(into / path, std::ios::binary);
    char buffer[1 << 16];
    la_ssize_t read;
    while ((read = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0) {
      bytes += static_cast<std::uintmax_t>(read);
      if (bytes > limits.max_unpacked_bytes) {
        refuse<LimitError>(zip, name,
                           "the archive unpacks to more than " +
                               std::to_string(limits.max_unpacked_bytes) + " bytes",
                           "das Archiv entpackt zu mehr als " +
                               std::to_string(limits.max_unpacked_bytes) + " Bytes");
      }
      out.write(buffer, read);
    }
    if (read < 0 || !out) {
      throw ConfigError("cannot unpack entry '" + name + "'", zip.label)
          .with_german("Eintrag '" + name + "' lässt sich nicht entpacken");
    }
  }
  if (status != ARCHIVE_EOF) damaged(zip, reader.get());
}

}  // namespace konform
