#include "validator/compile/schema_cache.h"

#include <sys/stat.h>

#include <chrono>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>

#include "validator/core/config_error.h"
#include "validator/core/version.h"
#include "validator/profile/artefact_hash.h"

namespace konform {
namespace fs = std::filesystem;

namespace {

struct Digest {
  fs::path file;
  std::string sha256;
};

/// Identifies this konform build: version plus the executable's size and modification time, so a
/// rebuilt binary (whose grammar loading may differ) never reads entries of another.
std::string build_id() {
  struct stat info {};
  std::string id = "konform " + std::string(kVersion);
  if (::stat("/proc/self/exe", &info) == 0) {
    id += " exe " + std::to_string(info.st_size) + " " + std::to_string(info.st_mtim.tv_sec) + "." +
          std::to_string(info.st_mtim.tv_nsec);
  }
  return id;
}

/// The cache key, or nullopt when this set is not cacheable.
std::optional<std::string> key_of(const fs::path& entry, const xml::ResourcePolicy& policy) {
  std::error_code error;
  std::string key = "schema-set 1\n" + build_id() + "\n" + xml::SchemaSet::format_id() + "\n";
  key += "entry " + fs::weakly_canonical(fs::absolute(entry), error).string() + "\n";
  for (const auto& root : policy.roots()) key += "root " + root.string() + "\n";
  if (policy.reach() == xml::Reach::kLocalFileSystem) key += "reach local file system\n";
  for (const auto& catalog : policy.catalogs()) {
    key += "catalog " + fs::weakly_canonical(catalog->file(), error).string() + "\n";
  }
  if (key.find('\r') != std::string::npos) return std::nullopt;
  return key;
}

std::string digest_lines(const std::vector<Digest>& digests) {
  std::string out = std::to_string(digests.size()) + "\n";
  for (const auto& digest : digests) out += digest.sha256 + " " + digest.file.string() + "\n";
  return out;
}

/// Payload: "<n>\n" then n lines "<sha256> <path>" (schema documents, entry first), the same for
/// the catalogs and those they chain to, then the serialized grammar pool.
std::string payload_of(const xml::SchemaSet& set, const xml::ResourcePolicy& policy,
                       const std::string& grammars) {
  std::vector<Digest> files, catalog_digests;
  for (const auto& file : set.files()) files.push_back({file, sha256_of_file(file)});
  for (const auto& catalog : policy.catalogs()) {
    for (const auto& file : catalog->files())
      catalog_digests.push_back({file, sha256_of_file(file)});
  }
  return digest_lines(files) + digest_lines(catalog_digests) + grammars;
}

/// Reads one digest list at `pos`; nullopt when malformed or when any file changed.
std::optional<std::vector<fs::path>> current_files(std::string_view payload, std::size_t& pos,
                                                   std::string& why) {
  auto line = [&]() -> std::optional<std::string_view> {
    const auto end = payload.find('\n', pos);
    if (end == std::string_view::npos) return std::nullopt;
    auto text = payload.substr(pos, end - pos);
    pos = end + 1;
    return text;
  };
  auto count_text = line();
  if (!count_text) return std::nullopt;
  std::size_t count = 0;
  try {
    count = std::stoul(std::string(*count_text));
  } catch (const std::exception&) {
    return std::nullopt;
  }
  std::vector<fs::path> files;
  for (std::size_t i = 0; i < count; ++i) {
    auto text = line();
    if (!text || text->size() < 66 || (*text)[64] != ' ') return std::nullopt;
    fs::path file(std::string(text->substr(65)));
    std::string actual;
    try {
      actual = sha256_of_file(file);
    } catch (const ConfigError&) {
      why = file.string() + " is gone";
      return std::nullopt;
    }
    if (actual != text->substr(0, 64)) {
      why = file.string() + " changed";
      return std::nullopt;
    }
    files.push_back(std::move(file));
  }
  return files;
}

std::shared_ptr<const xml::SchemaSet> from_payload(std::string_view payload, std::string& why) {
  std::size_t pos = 0;
  auto files = current_files(payload, pos, why);
  if (!files || files->empty()) return nullptr;
  if (!current_files(payload, pos, why)) return nullptr;
  try {
    return xml::SchemaSet::deserialize(payload.substr(pos), std::move(*files));
  } catch (const std::exception& e) {
    why = e.what();
    return nullptr;
  }
}

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

std::string ms(double value) {
  std::ostringstream out;
  out.precision(1);
  out << std::fixed << value << " ms";
  return out.str();
}

}  // namespace

std::shared_ptr<const xml::SchemaSet> compile_schema_cached(const fs::path& entry,
                                                            const xml::ResourcePolicy& policy,
                                                            const cache::Store* store) {
  const auto key = store ? key_of(entry, policy) : std::nullopt;
  if (!key) return xml::SchemaSet::compile(entry, policy);
  const auto start = std::chrono::steady_clock::now();
  if (auto payload = store->load(*key)) {
    std::string why = "malformed payload";
    if (auto set = from_payload(*payload, why)) {
      store->trace("hit " + entry.string() + " (" + ms(ms_since(start)) + ")");
      return set;
    }
    store->trace("stale " + entry.string() + ": " + why + "; compiling");
  }
  std::string grammars;
  auto set = xml::SchemaSet::compile(entry, policy, &grammars);
  store->trace("compiled " + entry.string() + " (" + ms(ms_since(start)) + ")");
  if (grammars.empty()) {
    store->trace("not stored " + entry.string() + ": Xerces-C could not serialize the grammars");
    return set;
  }
  try {
    store->store(*key, payload_of(*set, policy, grammars));
  } catch (const std::exception& e) {  // a catalog or schema unreadable since compiling
    store->trace("not stored " + entry.string() + ": " + e.what());
  }
  return set;
}

}  // namespace konform
