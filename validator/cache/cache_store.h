// The compiled-profile cache on disk: a folder of verified entries, each a payload stored under a
// key ($XDG_CACHE_HOME/konform, else ~/.cache/konform). The store knows nothing of what it holds;
// the compile stage decides what a key covers (validator/compile/schema_cache.h).
//
// An entry is trusted only when it is a regular file of this user inside the folder (symlinks are
// never followed), carries the caller's full key byte for byte and an XXH3-128 checksum matching
// its payload. The checksum finds truncation and flipped bytes; it is no defence against someone
// who can write the folder (nor would a cryptographic hash be: it sits in the same file), which is
// why the folder must be this user's own. XXH3 reads the 3.9 MB XBau grammar in 0.2 ms where
// SHA-256 took 2.3 ms, a tenth of a warm run. Anything else — missing, truncated, flipped bytes,
// another key or format — reads as a miss. Writes go to a private temporary file renamed over the
// entry, so concurrent processes see either the old or the new entry, never a mix. Nothing here
// throws on cache trouble: a cache that cannot be used is traced and skipped, and the caller
// compiles as if there were none.
//
// Entry file (all numbers decimal ASCII):
//   "KONFORM-CACHE 2\n" <key size> "\n" <key> "\n" <payload size> "\n" <payload XXH3-128 hex>
//   "\n" <payload>
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "validator/core/cache_info.h"

namespace konform::cache {

class Store {
 public:
  /// Opens `directory`, creating it (mode 0700, parents as needed). Null — with a trace line —
  /// when it is not a directory of this user (a symlink, say) or cannot be created.
  static std::unique_ptr<Store> open(const std::filesystem::path& directory);

  /// The payload stored under `key`, or nullopt when there is no trusted entry (why is traced).
  std::optional<std::string> load(const std::string& key) const;

  /// Stores `payload` under `key` atomically, replacing any entry. Failures are traced only.
  void store(const std::string& key, std::string_view payload) const;

  /// Writes "konform: cache: <message>" to standard error when KONFORM_CACHE_TRACE=1.
  void trace(std::string_view message) const;

  const std::filesystem::path& directory() const { return directory_; }

  /// The entry file name of `key` (the SHA-256 of the key plus kEntrySuffix).
  static std::string entry_name(const std::string& key);

  static constexpr std::string_view kEntrySuffix = ".konform-cache";

 private:
  explicit Store(std::filesystem::path directory);
  std::filesystem::path directory_;
  bool tracing_ = false;
};

/// Counts the entries in `directory` (temporary files of interrupted writes count as entries).
Info info(const std::filesystem::path& directory);

/// Removes every entry and leftover temporary file from `directory` (nothing else, no symlink
/// targets); returns how many files were removed.
std::size_t clear(const std::filesystem::path& directory);

}  // namespace konform::cache
