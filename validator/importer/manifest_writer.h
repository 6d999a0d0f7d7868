// Writing the profile.xml of an imported profile (schema xsd/profile-1.xsd). The importer decides
// what goes in; this only serialises it, so every importer writes manifests the same way.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace konform::importer {

struct RuleDraft {
  std::string id;
  std::string severity;  ///< error | warning | info
  std::string reason;
};

struct DocumentTypeDraft {
  std::string id;
  std::string title;
  std::string namespace_uri;  ///< of the root element
  std::string local_name;
  std::string condition;  ///< XPath 2.0 over the document; empty: none
  std::vector<std::pair<std::string, std::string>> condition_namespaces;  ///< prefix -> URI
  std::string schema;                    ///< href relative to the profile folder
  std::vector<std::string> catalogs;     ///< hrefs
  std::vector<std::string> schematrons;  ///< hrefs
  std::vector<RuleDraft> rules;          ///< for inputs of this type only
};

struct ManifestDraft {
  std::string id;
  std::string version = "1.0.0";
  std::string level = "other";
  std::string title;
  std::string publisher;
  std::string description;
  std::vector<DocumentTypeDraft> document_types;
  std::vector<std::string> codelist_dirs;  ///< folders of genericode files, relative
  std::vector<RuleDraft> rules;
};

/// Writes `dir`/profile.xml. Throws ConfigError when it cannot be written.
void write_manifest(const ManifestDraft& manifest, const std::filesystem::path& dir);

}  // namespace konform::importer
