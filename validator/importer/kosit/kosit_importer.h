// `konform profile import` for KoSIT validator configurations: each scenario of a scenarios.xml
// becomes a document type (its match XPath the <match condition>, its root element taken from
// the match's first step), with its XML Schema and its Schematron. KoSIT ships Schematron
// compiled to XSLT; konform runs no XSLT, so each XSLT is mapped by name to the .sch it was
// compiled from (X.xsl -> X.sch in the --schematron-source folders). Every artefact and every
// file it includes or imports is copied into the new profile folder.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace konform::importer::kosit {

struct ImportOptions {
  std::filesystem::path scenarios;  ///< the scenarios.xml
  std::filesystem::path into;       ///< the profile folder to create (must not hold anything)
  std::string id;                   ///< profile id; empty: "kosit." + the configuration's name
  std::string version;              ///< profile version; empty: 1.0.0
  std::vector<std::filesystem::path> schematron_sources;  ///< where the .sch sources are
  /// Where XML Schemas are found by name when they are not at their location next to the
  /// configuration (KoSIT's "repository" layout).
  std::vector<std::filesystem::path> schema_sources;
  std::map<std::string, std::string> defines;  ///< values of @name@ build placeholders
};

struct ImportResult {
  std::string profile_id;
  /// What was done, one line each: scenario -> document type, each artefact's source and its
  /// copy, each XSLT -> .sch mapping, each severity override and what became of it.
  std::vector<std::string> log;
};

/// Writes the profile. Throws ConfigError (file, line) for anything it cannot map; the folder
/// may then hold a partial profile, which the error says.
ImportResult import_kosit_configuration(const ImportOptions& options);

}  // namespace konform::importer::kosit
