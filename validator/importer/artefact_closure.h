// The files an XML Schema or a Schematron rule set reads besides itself: every local file reached
// through xs:include/import/redefine/override (schemaLocation) and sch:include, sch:extends,
// xsl:include/import (href), at any depth. An importer copies exactly these into a profile so
// that nothing outside the profile is referenced afterwards.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform::importer {

struct ArtefactClosure {
  /// The entry first, then every local file it reaches (canonical paths, each once).
  std::vector<std::filesystem::path> files;
  /// Locations with a scheme (http:, urn:, …) that only a catalog could map: "file:line: URL".
  std::vector<std::string> remote;
};

/// Walks `entry` and what it references. Throws ConfigError (file, line) when a referenced local
/// file is missing or a file is not well-formed XML.
ArtefactClosure artefact_closure(const std::filesystem::path& entry);

}  // namespace konform::importer
