// Reading a KoSIT validator configuration (scenarios.xml, namespace kKositScenariosNs) into plain
// values: each scenario's namespaces, match XPath, XML Schemas, Schematron (as KoSIT ships it:
// compiled XSLT) and <customLevel> severity overrides. KoSIT's source configurations carry
// build placeholders (@xrechnung.version@); the caller's definitions replace them.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace konform::importer::kosit {

inline constexpr const char* kKositScenariosNs =
    "http://www.xoev.de/de/validator/framework/1/scenarios";

struct Resource {
  std::string name;
  std::string location;  ///< placeholders replaced; relative to the configuration's folder
  int line = 0;
};

struct CustomLevel {
  std::string level;  ///< KoSIT's word: error | warning | information | …
  std::string rule_id;
  int line = 0;
};

struct Scenario {
  std::string name;
  int line = 0;
  std::vector<std::pair<std::string, std::string>> namespaces;  ///< prefix -> URI
  std::string match;  ///< placeholders replaced, whitespace trimmed
  int match_line = 0;
  std::vector<Resource> schemas;
  std::vector<Resource> schematrons;
  std::vector<CustomLevel> custom_levels;
};

struct Configuration {
  std::filesystem::path file;
  std::string name;
  std::string author;
  std::vector<Scenario> scenarios;
};

/// Whether `file` is a KoSIT scenarios file (root element `scenarios` in KoSIT's namespace).
bool is_kosit_scenarios(const std::filesystem::path& file);

/// Reads `file`; `defines` replace @name@ placeholders. Throws ConfigError (file, line) for a
/// scenario without match or schema, and for a placeholder in a match that `defines` lacks.
Configuration read_scenarios(const std::filesystem::path& file,
                             const std::map<std::string, std::string>& defines);

}  // namespace konform::importer::kosit
