// An OASIS XML Catalog (OASIS Standard V1.1, 7 Oct 2005), read by libxml2: maps the remote
// schemaLocation URLs that XÖV schemas carry to local copies, so validation runs offline.
//
// libxml2 reads the catalogs a catalog chains to (nextCatalog, delegatePublic, delegateSystem,
// delegateURI) lazily, during a lookup, and keeps them in a process-wide table, so what it read
// cannot be observed per load. Loading therefore follows the chain at once, resolving each
// reference as libxml2 does (against the entry's xml:base), so files() names every catalog a
// lookup may consult — for hashes, locks and the cache. A chained catalog that is missing or not
// a local file is a ConfigError at the referencing line (libxml2 would skip it silently, or go
// online).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace konform::xml {

/// One loaded catalog file. Immutable after load; resolution is a pure lookup.
class Catalog {
 public:
  /// Loads `file`. Throws ConfigError when it cannot be read or is not a catalog.
  static std::shared_ptr<const Catalog> load(const std::filesystem::path& file);
  ~Catalog();
  Catalog(const Catalog&) = delete;
  Catalog& operator=(const Catalog&) = delete;

  /// The local path the catalog maps `reference` to (tried as a URI entry, then as a system id),
  /// or nullopt when the catalog has no entry for it.
  std::optional<std::filesystem::path> resolve(std::string_view reference) const;

  const std::filesystem::path& file() const { return file_; }

  /// This catalog, then every catalog it chains to at any depth, each once (canonical paths).
  const std::vector<std::filesystem::path>& files() const { return files_; }

 private:
  Catalog(std::filesystem::path file, std::vector<std::filesystem::path> files, void* handle)
      : file_(std::move(file)), files_(std::move(files)), handle_(handle) {}
  std::filesystem::path file_;
  std::vector<std::filesystem::path> files_;
  void* handle_;  // xmlCatalogPtr; kept opaque so libxml2's headers stay out of ours
};

}  // namespace konform::xml
