// Which global elements of a release are its messages, and the schema each is validated
// against. XÖV messages are named "<name>.NNNN" or carry a nachrichtenkopf; a release with none
// of those (XHochschule) has every global element of its own schemas taken instead.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "validator/importer/xoev/schema_closure.h"

namespace konform::importer::xoev {

struct FoundMessage {
  std::string id;  ///< the local name, made unique with "-2", "-3", …
  std::string namespace_uri;
  std::string local_name;
  std::filesystem::path declared_in;   ///< canonical
  std::filesystem::path entry_schema;  ///< canonical; the entry point that reaches declared_in
};

struct MessageSet {
  std::vector<FoundMessage> messages;
  /// "xoev", "global-elements" (no XÖV message found) or "none" (no global element at all).
  std::string rule;
  /// The release's schemas no other release schema refers to, in path order.
  std::vector<std::filesystem::path> entry_points;
};

/// The messages declared by the schemas of `closure` that lie inside `own_dir`.
MessageSet find_messages(const SchemaClosure& closure, const std::filesystem::path& own_dir);

}  // namespace konform::importer::xoev
