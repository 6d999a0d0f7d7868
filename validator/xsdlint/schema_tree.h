// The schema documents of an XSD set: its entry schemas and every document they include, import,
// redefine or override, at any depth, each once. References resolve as a profile's do
// (xml::ResourcePolicy): through the catalogs first, then relative to the referring document,
// only to local files inside the roots (the entries' folders and the catalogs' folders), never
// the network. A reference that cannot be followed is a configuration error located at its
// xs:include or xs:import, so no document of the set is left out silently.
#pragma once

#include <filesystem>
#include <vector>

namespace konform::xsdlint {

struct SchemaTree {
  /// The documents to check, entries first, then in the order they were first referenced.
  std::vector<std::filesystem::path> documents;
  /// W3C's own schemas reached by an import (xml.xsd, xmldsig): read to follow their references
  /// but not checked, since they are not a standard's documents and the W3C publishes some of
  /// them with a DTD, which konform refuses in an input.
  std::vector<std::filesystem::path> not_checked;
};

/// Collects the tree of `entries` with `catalogs` (OASIS XML catalogs). Throws ConfigError.
SchemaTree collect_schema_tree(const std::vector<std::filesystem::path>& entries,
                               const std::vector<std::filesystem::path>& catalogs);

}  // namespace konform::xsdlint
