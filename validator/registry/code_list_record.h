// What `codelist fetch` and `profile update-codelists` fetched into a folder: codelists.sha256
// beside the lists, one line per file, fields separated by a tab:
//   SHA-256 (lower-case hex) <TAB> file name <TAB> source URL <TAB> fetched at (UTC, ISO 8601)
// Lines starting with '#' are comments. A list in the folder is reused only when its bytes still
// have the recorded SHA-256; the record is rewritten atomically after each fetch.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace konform::registry {

inline constexpr const char* kCodeListRecordName = "codelists.sha256";

struct CodeListRecordEntry {
  std::string sha256;
  std::string url;
  std::string fetched_at;
};

/// By file name (no folder), in byte order.
using CodeListRecord = std::map<std::string, CodeListRecordEntry>;

/// The folder's record; empty when it has none. Throws ConfigError with the line at fault when a
/// line is not four tab-separated fields with a SHA-256 first.
CodeListRecord read_code_list_record(const std::filesystem::path& folder);

/// Writes the record atomically (core/atomic_file.h).
void write_code_list_record(const std::filesystem::path& folder, const CodeListRecord& record);

/// Now, as the record writes it: 2026-12-06T14:20:00Z.
std::string utc_now_iso8601();

}  // namespace konform::registry
