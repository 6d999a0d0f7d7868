#include "validator/cache/cache_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <system_error>
#include <utility>

#include "validator/core/atomic_file.h"
#include "validator/core/sha256.h"

// The checksum code compiled in from the header: no library to load at start-up.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace konform::cache {
namespace fs = std::filesystem;

namespace {

// Format 1 carried a SHA-256 of the payload; its entries read as another format and are rebuilt.
constexpr std::string_view kMagic = "KONFORM-CACHE 2\n";
constexpr std::size_t kChecksumLength = 32;  // hex digits of XXH3-128

std::string payload_checksum(std::string_view payload) {
  const XXH128_hash_t hash = XXH3_128bits(payload.data(), payload.size());
  char text[kChecksumLength + 1];
  std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return std::string(text, kChecksumLength);
}
constexpr std::string_view kTempPrefix = ".tmp-";
/// Entries larger than this are not read (a grammar pool of a large XÖV set is a few MB).
constexpr std::uintmax_t kMaxEntryBytes = 512ull << 20;

/// Closes a file descriptor on scope exit.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

/// Reads a decimal number ending in '\n' at `pos`; advances past the newline.
std::optional<std::size_t> read_number(std::string_view text, std::size_t& pos) {
  const auto end = text.find('\n', pos);
  if (end == std::string_view::npos || end == pos || end - pos > 20) return std::nullopt;
  std::size_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data() + pos, text.data() + end, value);
  if (ec != std::errc() || ptr != text.data() + end) return std::nullopt;
  pos = end + 1;
  return value;
}

bool is_cache_file(const std::string& name) {
  return name.ends_with(Store::kEntrySuffix) || name.starts_with(kTempPrefix);
}

}  // namespace

Store::Store(fs::path directory) : directory_(std::move(directory)) {
  const char* trace = std::getenv("KONFORM_CACHE_TRACE");
  tracing_ = trace != nullptr && std::string_view(trace) == "1";
}

std::unique_ptr<Store> Store::open(const fs::path& directory) {
  std::unique_ptr<Store> store(new Store(directory));
  if (directory.empty() || !directory.is_absolute()) {
    store->trace("off: no absolute cache folder (set XDG_CACHE_HOME or HOME)");
    return nullptr;
  }
  std::error_code error;
  fs::create_directories(directory.parent_path(), error);
  if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) {
    store->trace("off: cannot create " + directory.string() + ": " + std::strerror(errno));
    return nullptr;
  }
  struct stat info {};
  if (::lstat(directory.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    store->trace("off: " + directory.string() + " is not a folder (a symlink is not followed)");
    return nullptr;
  }
  if (info.st_uid != ::geteuid()) {
    store->trace("off: " + directory.string() + " belongs to another user");
    return nullptr;
  }
  if ((info.st_mode & 077) != 0 && ::chmod(directory.c_str(), 0700) != 0) {
    store->trace("off: cannot make " + directory.string() + " private (0700)");
    return nullptr;
  }
  return store;
}

std::string Store::entry_name(const std::string& key) {
  return sha256_hex(key) + std::string(kEntrySuffix);
}

void Store::trace(std::string_view message) const {
  if (tracing_) std::cerr << "konform: cache: " << message << "\n";
}

std::optional<std::string> Store::load(const std::string& key) const {
  const std::string name = entry_name(key);
  Fd dir(::open(directory_.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (dir.get() < 0) return std::nullopt;
  Fd file(::openat(dir.get(), name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
  if (file.get() < 0) {
    trace(errno == ELOOP ? "rejected " + name + ": a symlink" : "miss " + name);
    return std::nullopt;
  }
  struct stat info {};
  if (::fstat(file.get(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_uid != ::geteuid() ||
      static_cast<std::uintmax_t>(info.st_size) > kMaxEntryBytes) {
    trace("rejected " + name + ": not a regular file of this user within the size limit");
    return std::nullopt;
  }
  std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t got = ::read(file.get(), bytes.data() + done, bytes.size() - done);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    done += static_cast<std::size_t>(got);
  }
  bytes.resize(done);
  const std::string_view text = bytes;
  auto reject = [&](std::string_view why) -> std::optional<std::string> {
    trace("rejected " + name + ": " + std::string(why));
    return std::nullopt;
  };
  if (!text.starts_with(kMagic)) return reject("not a konform cache entry of this format");
  std::size_t pos = kMagic.size();
  const auto key_size = read_number(text, pos);
  if (!key_size || text.size() - pos < *key_size + 1) return reject("truncated key");
  if (text.substr(pos, *key_size) != key || text[pos + *key_size] != '\n') {
    return reject("made for another key");
  }
  pos += *key_size + 1;
  const auto payload_size = read_number(text, pos);
  if (!payload_size || text.size() - pos < kChecksumLength + 1) return reject("truncated header");
  const std::string_view checksum = text.substr(pos, kChecksumLength);
  pos += kChecksumLength;
  if (text[pos++] != '\n') return reject("malformed checksum");
  if (text.size() - pos != *payload_size) return reject("payload size mismatch (truncated?)");
  const std::string_view payload = text.substr(pos);
  if (payload_checksum(payload) != checksum) return reject("payload checksum mismatch");
  bytes.erase(0, pos);  // in place: no second multi-megabyte allocation
  return bytes;
}

void Store::store(const std::string& key, std::string_view payload) const {
  const std::string name = entry_name(key);
  std::string header(kMagic);
  header += std::to_string(key.size()) + "\n" + key + "\n" + std::to_string(payload.size()) + "\n" +
            payload_checksum(payload) + "\n";
  // Private to this user (0600), like the folder; is_cache_file() knows the temporary prefix.
  const AtomicWrite how{.temporary_prefix = kTempPrefix, .mode = 0600};
  if (const std::error_code error =
          try_write_file_atomically(directory_ / name, {header, payload}, how)) {
    trace("not stored " + name + ": " + error.message());
    return;
  }
  trace("stored " + name + " (" + std::to_string(payload.size()) + " bytes)");
}

Info info(const fs::path& directory) {
  Info out;
  out.directory = directory;
  std::error_code error;
  if (!fs::is_directory(fs::symlink_status(directory, error))) return out;
  out.exists = true;
  for (const auto& entry : fs::directory_iterator(directory, error)) {
    if (!is_cache_file(entry.path().filename().string())) continue;
    if (!entry.is_regular_file(error) || entry.is_symlink(error)) continue;
    ++out.entries;
    out.bytes += entry.file_size(error);
  }
  return out;
}

std::size_t clear(const fs::path& directory) {
  std::error_code error;
  if (!fs::is_directory(fs::symlink_status(directory, error))) return 0;
  std::size_t removed = 0;
  for (const auto& entry : fs::directory_iterator(directory, error)) {
    if (!is_cache_file(entry.path().filename().string())) continue;
    // remove() unlinks a symlink itself, never its target.
    if (fs::remove(entry.path(), error)) ++removed;
  }
  return removed;
}

}  // namespace konform::cache
