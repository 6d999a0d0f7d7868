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

/// Whether `file` lies inside `root` (both canonical).
bool is_inside(const std::filesystem::path& file, const std::filesystem::path& root);

/// Walks `entry` and what it references, which must stay inside `root` (the folder the entry was
/// found in: a bundle may not copy arbitrary local files into a profile). Throws ConfigError
/// (file, line) when a referenced local file is missing or outside `root`, or a file is not
/// well-formed XML.
ArtefactClosure artefact_closure(const std::filesystem::path& entry,
                                 const std::filesystem::path& root);

}  // namespace konform::importer
