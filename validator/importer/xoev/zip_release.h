// Unpacks a release published as a zip into a scratch folder with konform's one zip reader
// (core/zip_unpack.h), refusing what could write outside it or smuggle a link in: an entry with an
// absolute path, a ".." step, a symbolic or hard link, or any entry that is neither a file nor a
// folder. Sizes are bounded (zip bombs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace konform::importer::xoev {

/// Entries and bytes a release may unpack to; XÖV releases are a few megabytes.
inline constexpr std::uintmax_t kMaxUnpackedBytes = 1ull << 30;
inline constexpr std::size_t kMaxEntries = 100000;

/// Unpacks `zip` into `into` (created). Throws ConfigError naming the zip and the entry at
/// fault; what was unpacked before stays for the caller to remove.
void unpack_release_zip(const std::filesystem::path& zip, const std::filesystem::path& into);

}  // namespace konform::importer::xoev
