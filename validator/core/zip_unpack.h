// Unpacking a zip archive into a folder, confined: every entry must be a plain relative path
// (archive_entry_name.h) of a file or folder; links, devices and anything else are refused, and
// the entry count and the bytes unpacked are bounded, so a zip bomb stops at the limit instead of
// filling the disk. One reader for every zip konform takes: XÖV releases and candidate uploads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace konform {

struct ZipLimits {
  std::size_t max_entries = 0;
  std::uintmax_t max_unpacked_bytes = 0;
};

/// A zip in a file or in memory; `label` names it in errors (the file, or the upload's name).
struct ZipSource {
  std::string label;
  std::optional<std::filesystem::path> file;  ///< read from here when set, else `bytes`
  std::string_view bytes;
};

/// Unpacks `zip` into `into` (created). Throws ConfigError naming the label and the entry at
/// fault ("zip entry 'E' refused: why"), LimitError when it is beyond `limits`; what was unpacked
/// before stays for the caller to remove.
void unpack_zip(const ZipSource& zip, const std::filesystem::path& into, const ZipLimits& limits);

}  // namespace konform
