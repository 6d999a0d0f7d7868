// Writing a file so that readers see the old content or the new, never half of it: the bytes go
// to a private temporary file beside it (mkostemp: a name nobody can predict), which is then
// renamed over it. The cache's entries, the lock file, install records and trust keys use it.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <initializer_list>
#include <string_view>
#include <system_error>

namespace konform {

struct AtomicWrite {
  /// The temporary file's name starts with this (a folder's reader can skip such leftovers).
  std::string_view temporary_prefix = ".konform-tmp-";
  /// The file's permission bits (the temporary file is created 0600 and changed before rename).
  mode_t mode = 0644;
};

/// Writes `parts`, one after the other, to `file` atomically. On failure the temporary file is
/// removed, `file` is as it was, and the error is returned (errno's code). Parts spare the caller
/// from joining a header to a multi-megabyte payload first.
std::error_code try_write_file_atomically(const std::filesystem::path& file,
                                          std::initializer_list<std::string_view> parts,
                                          const AtomicWrite& how = {});

/// As try_write_file_atomically, but throws ConfigError naming the file when it cannot write it.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                           const AtomicWrite& how = {});

}  // namespace konform
