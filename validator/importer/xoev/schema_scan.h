// What the import needs to know of one XML Schema document, read as text (never compiled, no
// external entity or DTD followed): its target namespace, the documents it includes, imports or
// redefines, and its global elements with enough of their content to tell an XÖV message.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform::importer::xoev {

struct SchemaReference {
  std::string location;       ///< schemaLocation as written (relative path or URL)
  std::string namespace_uri;  ///< xs:import's namespace; the including schema's for include
  int line = 0;
};

struct GlobalElement {
  std::string name;
  /// The element's own content declares or refers to an element named "nachrichtenkopf…".
  bool carries_message_header = false;
};

struct ScannedSchema {
  std::filesystem::path file;
  std::string target_namespace;
  std::string version;  ///< the xs:schema version attribute, empty when absent
  std::vector<SchemaReference> references;
  std::vector<GlobalElement> elements;
};

/// Reads `file`; throws ConfigError (file, line) when it is not well-formed or not an xs:schema.
ScannedSchema scan_schema(const std::filesystem::path& file);

/// XÖV message names end in a dot and four digits ("schueler.wechsel.0001").
bool has_message_number(const std::string& name);

}  // namespace konform::importer::xoev
