// Every schema a release needs, found locally: starting from the release's own schemas, each
// include, import and redefine is followed — a relative location inside the folder it was found
// in, a remote URL (konform never goes online) to a copy of the same file name in the release or
// a --with folder. What the import copies, the catalog entries it writes and what it could not
// resolve come out of here; nothing is left out silently.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "validator/core/xoev_import_report.h"
#include "validator/importer/xoev/schema_scan.h"

namespace konform::importer::xoev {

/// A folder schemas are taken from, and where its files go inside the profile.
struct SourceRoot {
  std::filesystem::path dir;         ///< canonical
  std::filesystem::path target_dir;  ///< relative to the profile folder ("release", "lib/w3c")
};

/// A reference the import could not satisfy.
struct UnresolvedSchema {
  std::string location;
  std::string namespace_uri;
  std::filesystem::path referenced_by;
  int line = 0;
  std::string reason;
};

struct SchemaClosure {
  /// Every schema reached, by canonical source path, with its path inside the profile.
  std::map<std::filesystem::path, std::filesystem::path> targets;
  std::map<std::filesystem::path, ScannedSchema> scanned;
  std::vector<CatalogMapping> catalog;  ///< sorted by URL, each URL once
  std::vector<UnresolvedSchema> unresolved;
};

/// Follows the references of `start` (schemas inside roots.front(), the release) through
/// `roots` (the release first, then the --with folders in the order given).
SchemaClosure close_schemas(const std::vector<std::filesystem::path>& start,
                            const std::vector<SourceRoot>& roots);

/// Whether a schemaLocation names a remote resource (a URL with a scheme) rather than a path.
bool is_remote(const std::string& location);

}  // namespace konform::importer::xoev
