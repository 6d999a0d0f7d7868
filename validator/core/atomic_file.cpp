#include "validator/core/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "validator/core/config_error.h"

namespace konform {
namespace fs = std::filesystem;
namespace {

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace

std::error_code try_write_file_atomically(const fs::path& file,
                                          std::initializer_list<std::string_view> parts,
                                          const AtomicWrite& how) {
  const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  std::string temporary = (folder / (std::string(how.temporary_prefix) + "XXXXXX")).string();
  const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);  // mode 0600
  if (fd < 0) return {errno, std::generic_category()};
  bool written = true;
  for (const std::string_view part : parts) written = written && write_all(fd, part);
  written = written && ::fchmod(fd, how.mode) == 0;
  const int write_errno = errno;
  const bool closed = ::close(fd) == 0;
  if (!written || !closed || ::rename(temporary.c_str(), file.c_str()) != 0) {
    const int error = !written ? write_errno : errno;
    ::unlink(temporary.c_str());
    return {error, std::generic_category()};
  }
  return {};
}

void write_file_atomically(const fs::path& file, std::string_view bytes, const AtomicWrite& how) {
  if (const std::error_code error = try_write_file_atomically(file, {bytes}, how)) {
    throw ConfigError("cannot write the file (" + error.message() + ")", file.string())
        .with_german("die Datei lässt sich nicht schreiben (" + error.message() + ")");
  }
}

}  // namespace konform
