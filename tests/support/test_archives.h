// Archives for tests, as a hostile publisher would write them: any name, links, in the order
// given (libarchive, so zip releases and tar bundles are built the same way).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform::test {

struct ArchiveEntry {
  std::string name;
  std::string text;     ///< file content
  std::string link_to;  ///< non-empty: a symbolic link
};

enum class ArchiveKind { zip, tar_gz };

/// Writes `entries` in order into a new archive `file` of `kind`.
void write_archive(const std::filesystem::path& file, ArchiveKind kind,
                   const std::vector<ArchiveEntry>& entries);

}  // namespace konform::test
