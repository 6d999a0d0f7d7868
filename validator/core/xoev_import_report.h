// What `konform profile import` did with an XÖV release: plain data the importer
// (validator/importer/xoev/xoev_import.h) returns and reports/xoev_import_renderers.h renders.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace konform::importer::xoev {

/// A remote location mapped to a local copy.
struct CatalogMapping {
  std::string url;
  std::filesystem::path target;  ///< relative to the profile folder
  std::filesystem::path source;  ///< the copy it was found as
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

}  // namespace konform::importer::xoev
