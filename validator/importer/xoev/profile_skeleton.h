// `konform init profile --from-xsd`: a manifest and catalog skeleton for a profile built by hand
// around schemas already in its folder. The candidate document types come from the schemas' global
// elements (XÖV messages first, as the import finds them); remote schema locations get catalog
// entries to complete with local copies. A quick start, not a checked profile: the import
// (xoev_import.h) is the way to a complete one.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "validator/importer/xoev/messages.h"

namespace konform::importer::xoev {

struct SkeletonOptions {
  std::vector<std::filesystem::path> schemas;  ///< inside `dir`
  std::filesystem::path dir;                   ///< the profile folder
  std::string id;                              ///< empty: the folder's name
  bool force = false;                          ///< overwrite profile.xml and catalog.xml
};

struct Skeleton {
  MessageSet messages;
  /// Global elements of the schemas that were not taken as messages ("{ns}local").
  std::vector<std::string> other_elements;
  std::vector<CatalogMapping> mapped;    ///< remote locations a copy in the folder answers
  std::vector<UnresolvedSchema> to_map;  ///< remote locations the catalog must still map
  std::vector<std::filesystem::path> written;
};

/// Writes dir/profile.xml (and dir/catalog.xml when a schema has a remote location). Throws
/// ConfigError for a schema outside `dir`, one that is not a schema, or files that exist
/// without `force`.
Skeleton write_profile_skeleton(const SkeletonOptions& options);

}  // namespace konform::importer::xoev
