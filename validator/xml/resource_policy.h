// Where schema documents may come from. konform resolves every schemaLocation itself, through the
// profile's catalogs and relative paths, and only to local files inside the profile's folders:
// no network, no absolute paths elsewhere, no `..` or symlink out of the allowed roots.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "validator/xml/catalog.h"

namespace konform::xml {

/// A location that was refused, and why (for the configuration error).
struct Refusal {
  std::string reason;
};

/// The resolution rules of one profile (or of the ad-hoc mode).
class ResourcePolicy {
 public:
  /// `roots`: folders whose files may be read (made canonical here).
  ResourcePolicy(std::vector<std::filesystem::path> roots,
                 std::vector<std::shared_ptr<const Catalog>> catalogs);

  /// Resolves `reference` (a schemaLocation, system id or URI) seen in a document whose own
  /// location is `base` (a local path; empty for the entry schema) to a canonical local file, or
  /// says why it is refused.
  std::variant<std::filesystem::path, Refusal> resolve(std::string_view reference,
                                                       std::string_view base) const;

  /// Whether a canonical path lies inside one of the roots.
  bool is_inside_roots(const std::filesystem::path& canonical_path) const;

  const std::vector<std::filesystem::path>& roots() const { return roots_; }
  const std::vector<std::shared_ptr<const Catalog>>& catalogs() const { return catalogs_; }

 private:
  std::variant<std::filesystem::path, Refusal> confine(const std::filesystem::path& path,
                                                       std::string_view reference) const;
  std::vector<std::filesystem::path> roots_;
  std::vector<std::shared_ptr<const Catalog>> catalogs_;
};

/// True for references with a URL scheme other than file: (http:, https:, ftp:, urn:, ...).
bool has_non_file_scheme(std::string_view reference);

}  // namespace konform::xml
