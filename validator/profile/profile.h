// A Profile is one loaded manifest: identity, the document types it defines and the artefacts
// they use, with every path already checked to lie inside the profile's folder. Loading reads
// and validates; it does not compile schemas (that is the compile stage).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform {

/// Which inputs a document type applies to: the root element's expanded name.
struct DocumentMatch {
  std::string namespace_uri;
  std::string local_name;
  bool any_root = false;  ///< the ad-hoc profile's single document type takes every input

  bool matches(std::string_view ns, std::string_view local) const {
    return any_root || (ns == namespace_uri && local == local_name);
  }
};

struct DocumentType {
  std::string id;
  std::string title;
  DocumentMatch match;
  std::filesystem::path schema;  ///< entry XSD (canonical); empty: well-formedness only
  std::vector<std::filesystem::path> catalogs;  ///< OASIS catalogs (canonical)
};

/// A profile's declaration that a code-kind element uses a given list (manifest <codeBinding>).
struct CodeBindingDeclaration {
  std::string namespace_uri;
  std::string local_name;
  std::string list_uri;
  std::string list_version;  ///< empty: the message names the version
  std::string code_column;   ///< empty: the schema's genutzteCodeSpalte or the list's key
};

/// A reference to a parent profile (reserved: layering arrives with profile manifest v2).
struct ProfileReference {
  std::string id;
  std::string version_range;
};

struct Profile {
  std::string id;
  std::string version;
  std::string level;  ///< federal | state | municipal | other
  std::string title;
  std::string publisher;
  std::filesystem::path dir;       ///< canonical folder; every artefact lies inside it
  std::filesystem::path manifest;  ///< canonical path of profile.xml; empty for ad-hoc profiles
  std::vector<ProfileReference> extends;
  std::vector<DocumentType> document_types;
  /// Genericode files and folders of them (canonical, inside the profile).
  std::vector<std::filesystem::path> codelists;
  std::vector<CodeBindingDeclaration> code_bindings;
  /// Folders whose files the profile's schemas may read: its own folder, for ad-hoc profiles the
  /// folders the user named.
  std::vector<std::filesystem::path> roots;
};

}  // namespace konform
