// An OASIS XML Catalog (OASIS Standard V1.1, 7 Oct 2005), read by libxml2: maps the remote
// schemaLocation URLs that XÖV schemas carry to local copies, so validation runs offline.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

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

 private:
  Catalog(std::filesystem::path file, void* handle) : file_(std::move(file)), handle_(handle) {}
  std::filesystem::path file_;
  void* handle_;  // xmlCatalogPtr; kept opaque so libxml2's headers stay out of ours
};

}  // namespace konform::xml
