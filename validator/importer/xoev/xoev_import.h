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

struct ImportedDocumentType {
  std::string id;
  std::string namespace_uri;
  std::string local_name;
  std::filesystem::path schema;  ///< relative to the profile folder
  std::vector<std::filesystem::path> schematrons;
};

struct ImportedCodeList {
  std::string uri;
  std::string version;
  std::filesystem::path file;  ///< relative to the profile folder
  bool from_with = false;      ///< taken from a --with folder because the schemas use it
};

/// A list the schemas fix (listURI, listVersionID) that neither the release nor a --with folder
/// carries, with the elements that use it.
struct MissingCodeList {
  std::string uri;
  std::string version;
  std::vector<std::string> elements;  ///< "{ns}local"
};

struct XoevImportReport {
  std::string id;
  std::string version;
  std::filesystem::path profile_dir;
  /// How messages were found: "xoev" (XÖV message criteria), "global-elements" (none met
  /// them, so every global element of the release's own schemas became a document type) or
  /// "none" (no global element at all: a library of types such as XBildung, imported for its
  /// schemas and code lists, with no document type).
  std::string message_rule;
  std::vector<ImportedDocumentType> document_types;
  std::vector<CatalogMapping> catalog;
  std::size_t schemas_copied = 0;
  std::vector<ImportedCodeList> codelists;
  std::vector<MissingCodeList> missing_codelists;
  /// Schematron files of the release that no document type's namespace matched.
  std::vector<std::filesystem::path> unbound_schematrons;
};

/// Imports the release. Throws ConfigError, writing nothing, when the source cannot be read or
/// is refused (a zip entry with "..", an absolute path or a link), when `into` is not empty,
/// when schemas cannot be resolved (every unresolved reference listed) or when the written
/// profile does not load and compile.
XoevImportReport import_xoev_release(const XoevImportOptions& options);

}  // namespace konform::importer::xoev
