// Reading a service definition (a konform-service.yml or a plain publiccode.yml): the YAML tree,
// the referenced publiccode.yml if any, the XML view the rules see, and what the definition
// declares for cross-checks with message samples (the standards it speaks, its samples).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "validator/servicedef/xml_view.h"
#include "validator/servicedef/yaml_tree.h"

namespace konform::servicedef {

/// A message standard and version the definition says it exchanges (an `interfaces` entry).
struct DeclaredStandard {
  std::string name;
  std::string version;
  YamlPosition position;
};

/// A message sample the definition points at (`samples`), resolved against its folder.
struct DeclaredSample {
  std::string written;         ///< as written in the definition
  std::filesystem::path file;  ///< resolved; empty when it escapes the folder or is absolute
  YamlPosition position;
};

struct ServiceDefinition {
  std::optional<XmlView> view;        ///< null when the YAML could not be read
  std::vector<YamlProblem> problems;  ///< located in the definition
  std::vector<DeclaredStandard> standards;
  std::vector<DeclaredSample> samples;
  /// The publiccode.yml the definition references (resolved); empty when inline or none. It is
  /// part of this definition, not an input of its own.
  std::filesystem::path publiccode_file;
};

/// Reads a definition from its bytes; `file` locates a referenced publiccode.yml and samples
/// (both must stay inside the definition's folder). Never throws for bad content.
ServiceDefinition read_service_definition(std::string_view bytes,
                                          const std::filesystem::path& file);

}  // namespace konform::servicedef
