// Where schema documents may come from. konform resolves every schemaLocation itself, through the
// catalogs first and then as a path relative to the referring document, and only to local files:
// never the network. A profile is configuration someone else may have written, so its schemas stay
// inside the profile's folders (no absolute paths elsewhere, no `..` or symlink out). Artefacts
// named on the command line (ad-hoc mode) are the user's own choice, as xmllint's arguments are:
// their references may lead anywhere on the local file system.
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

/// How far local references may lead.
enum class Reach {
  kInsideRoots,      ///< a profile: only files inside its roots
  kLocalFileSystem,  ///< ad-hoc mode: any local file (the roots only name things)
};

/// The resolution rules of one profile (or of the ad-hoc mode).
class ResourcePolicy {
 public:
  /// `roots`: folders whose files may be read (made canonical here).
  ResourcePolicy(std::vector<std::filesystem::path> roots,
                 std::vector<std::shared_ptr<const Catalog>> catalogs,
                 Reach reach = Reach::kInsideRoots);

  /// Resolves `reference` (a schemaLocation, system id or URI) seen in a document whose own
  /// location is `base` (a local path; empty for the entry schema) to a canonical local file, or
  /// says why it is refused.
  std::variant<std::filesystem::path, Refusal> resolve(std::string_view reference,
                                                       std::string_view base) const;

  /// Whether a canonical path lies inside one of the roots.
  bool is_inside_roots(const std::filesystem::path& canonical_path) const;

  const std::vector<std::filesystem::path>& roots() const { return roots_; }
  const std::vector<std::shared_ptr<const Catalog>>& catalogs() const { return catalogs_; }
  Reach reach() const { return reach_; }

 private:
  std::variant<std::filesystem::path, Refusal> confine(const std::filesystem::path& path,
                                                       std::string_view reference) const;
  std::vector<std::filesystem::path> roots_;
  std::vector<std::shared_ptr<const Catalog>> catalogs_;
  Reach reach_;
};

/// True for references with a URL scheme other than file: (http:, https:, ftp:, urn:, ...).
bool has_non_file_scheme(std::string_view reference);

}  // namespace konform::xml
