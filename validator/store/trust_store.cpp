#include "validator/store/trust_store.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "validator/core/atomic_file.h"
#include "validator/core/config_error.h"
#include "validator/core/user_folders.h"
#include "validator/store/trust_scope.h"

namespace konform::store {
namespace fs = std::filesystem;
namespace {

constexpr const char* kKeyExtension = ".pub";
constexpr const char* kScopeExtension = ".for";

std::vector<std::string> read_scope(const fs::path& file) {
  std::vector<std::string> scope;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    check_scope_pattern(line);
    scope.push_back(line);
  }
  return scope;
}

void create_store(const fs::path& dir) {
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) {
    throw ConfigError("cannot create the trust store: " + error.message(), dir.string())
        .with_german("der Vertrauensspeicher lässt sich nicht anlegen: " + error.message());
  }
}

}  // namespace

fs::path trust_dir(bool system) {
  return system ? fs::path("/etc/konform/trust")
                : require_user_folder(UserFolder::config) / "trust";
}

std::vector<fs::path> trust_dirs() { return {trust_dir(false), trust_dir(true)}; }

TrustedKey add_trusted_key(const fs::path& dir, const bundle::PublicKey& key,
                           const std::vector<std::string>& scope) {
  for (const auto& pattern : scope) check_scope_pattern(pattern);
  create_store(dir);
  const std::string id = bundle::key_id_hex(key.id);
  std::string scope_text = "# profile ids key " + id + " may sign (konform trust add --for)\n";
  for (const auto& pattern : scope) scope_text += pattern + "\n";
  // The scope first: a key file without its scope is trusted for nothing.
  write_file_atomically(dir / (id + kScopeExtension), scope_text);
  write_file_atomically(dir / (id + kKeyExtension), bundle::format_public_key(key));
  return {key, scope, dir / (id + kKeyExtension)};
}

std::vector<TrustedKey> trusted_keys(const std::vector<fs::path>& dirs) {
  std::vector<TrustedKey> keys;
  for (const auto& dir : dirs) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
      if (it->path().extension() == kKeyExtension) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      fs::path scope_file = file;
      scope_file.replace_extension(kScopeExtension);
      keys.push_back({bundle::read_public_key(file), read_scope(scope_file), file});
    }
  }
  return keys;
}

std::optional<TrustedKey> find_trusted_key(const std::vector<fs::path>& dirs,
                                           const bundle::KeyId& id) {
  for (auto& key : trusted_keys(dirs)) {
    if (key.key.id == id) return std::move(key);
  }
  return std::nullopt;
}

void remove_trusted_key(const fs::path& dir, const std::string& key_id_hex) {
  std::string id = key_id_hex;
  std::transform(id.begin(), id.end(), id.begin(), ::toupper);
  const fs::path key_file = dir / (id + kKeyExtension);
  std::error_code error;
  // The key first: a scope file left behind trusts nothing.
  const bool is_key_id = id.size() == 16 && std::all_of(id.begin(), id.end(), ::isxdigit);
  if (!is_key_id || !fs::remove(key_file, error)) {
    throw ConfigError("no key " + key_id_hex + " in the trust store " + dir.string() +
                      " (konform trust list shows the keys)")
        .with_german("kein Schlüssel " + key_id_hex + " im Vertrauensspeicher " + dir.string() +
                     " (konform trust list zeigt die Schlüssel)");
  }
  fs::remove(dir / (id + kScopeExtension), error);
}

}  // namespace konform::store
