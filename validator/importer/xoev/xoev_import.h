// Turns a published XÖV standard release (a folder, or a zip of one) into a complete profile
// folder: one document type per message, one catalog that maps every remote schemaLocation to a
// copy inside the profile, the release's genericode lists, its Schematron bound to the document
// types whose namespaces its rules name (all of them when it names none). Afterwards the profile
// references nothing outside its folder. What cannot be resolved is reported, never dropped: a
// schema with no local copy stops the import (the profile could not compile); a code list the
// schemas fix but nobody supplies is listed in the report (and by `konform profile check`).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "validator/core/xoev_import_report.h"
#include "validator/importer/xoev/schema_closure.h"

namespace konform::importer::xoev {

struct XoevImportOptions {
  std::filesystem::path source;  ///< the release: a folder or a .zip
  /// Folders holding schemas and code lists the release refers to but does not carry (the XÖV
  /// library, DIN 91379, xmldsig, another standard's base schemas, …).
  std::vector<std::filesystem::path> with;
  std::filesystem::path into;  ///< the profile folder to write; must not exist or be empty
  std::string id;              ///< empty: the release folder's name, lower-cased
  std::string version;         ///< empty: the entry schemas' version attribute, else 1.0.0
};

/// Imports the release. Throws ConfigError, writing nothing, when the source cannot be read or
/// is refused (a zip entry with "..", an absolute path or a link), when `into` is not empty,
/// when schemas cannot be resolved (every unresolved reference listed) or when the written
/// profile does not load and compile.
XoevImportReport import_xoev_release(const XoevImportOptions& options);

}  // namespace konform::importer::xoev
