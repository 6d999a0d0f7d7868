#include "validator/importer/kosit/kosit_importer.h"

#include <regex>
#include <set>

#include "validator/core/config_error.h"
#include "validator/importer/artefact_closure.h"
#include "validator/importer/confined_copy.h"
#include "validator/importer/kosit/scenarios_reader.h"
#include "validator/importer/manifest_writer.h"
#include "validator/importer/source_lookup.h"

namespace konform::importer::kosit {
namespace fs = std::filesystem;

namespace {

/// Lower-case letters and digits, every other run of characters one dot ("EN16931 XRechnung
/// (UBL Invoice)" -> "en16931.xrechnung.ubl.invoice").
std::string slug(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != '.') {
      out += '.';
    }
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

std::string joined(const std::vector<fs::path>& folders) {
  std::string out;
  for (const auto& folder : folders) out += (out.empty() ? "" : ", ") + folder.string();
  return out.empty() ? "none given" : out;
}

struct Root {
  std::string namespace_uri;
  std::string local_name;
};

/// The root element a KoSIT match tests: the first step of its first absolute path
/// ("exists(/invoice:Invoice[...])" -> Invoice in the prefix's namespace). konform matches
/// document types by root element first and evaluates the condition only there.
Root root_of(const Scenario& scenario, const Configuration& configuration) {
  static const std::regex first_step(R"(/\s*([A-Za-z_][\w.\-]*):([A-Za-z_][\w.\-]*))");
  std::smatch step;
  if (std::regex_search(scenario.match, step, first_step)) {
    for (const auto& [prefix, uri] : scenario.namespaces) {
      if (prefix == step[1].str()) return {uri, step[2].str()};
    }
  }
  throw ConfigError("scenario '" + scenario.name +
                        "': cannot tell the root element from the match (konform needs an "
                        "absolute path starting with a prefixed root element, as in "
                        "exists(/p:Root[...]))",
                    configuration.file.string(), scenario.match_line)
      .with_german("Szenario '" + scenario.name +
                   "': das Wurzelelement ist aus dem match nicht erkennbar (nötig ist ein "
                   "absoluter Pfad mit präfixiertem Wurzelelement wie exists(/p:Wurzel[...]))");
}

/// A location next to the configuration (KoSIT's repository layout), when it exists there; it
/// must not lead out of the configuration's folder.
std::optional<FoundSource> beside_configuration(const Resource& resource,
                                                const Configuration& configuration) {
  const std::string& location = resource.location;
  const fs::path folder = fs::weakly_canonical(configuration.file.parent_path());
  const fs::path file = fs::weakly_canonical(folder / location);
  if (!fs::is_regular_file(file)) return std::nullopt;
  if (!is_inside(file, folder)) {
    throw ConfigError(
        "'" + location + "' leads outside the configuration's folder " + folder.string(),
        configuration.file.string(), resource.line)
        .with_german("'" + location + "' führt aus dem Ordner der Konfiguration " +
                     folder.string() + " hinaus");
  }
  return FoundSource{file, folder};
}

FoundSource schema_source(const Resource& resource, const ImportOptions& options,
                          const Configuration& configuration, std::vector<std::string>& log) {
  if (auto beside = beside_configuration(resource, configuration)) return *beside;
  const std::string name = fs::path(resource.location).filename().string();
  if (auto found = find_by_name(options.schema_sources, name)) {
    log.push_back("  schema " + resource.location + " -> " + found->file.string() +
                  " (by name in --schema-source)");
    return *found;
  }
  throw ConfigError("XML Schema '" + resource.location +
                        "' is neither next to the configuration nor, by the name '" + name +
                        "', in a --schema-source folder (" + joined(options.schema_sources) + ")",
                    configuration.file.string(), resource.line)
      .with_german("XML-Schema '" + resource.location +
                   "' liegt weder neben der Konfiguration noch, unter dem Namen '" + name +
                   "', in einem --schema-source-Ordner (" + joined(options.schema_sources) + ")");
}

/// The .sch a Schematron resource comes from: itself when KoSIT names a .sch, else the file
/// X.sch for the compiled X.xsl(t).
FoundSource schematron_source(const Resource& resource, const ImportOptions& options,
                              const Configuration& configuration, std::vector<std::string>& log) {
  const fs::path location(resource.location);
  if (location.extension() == ".sch") {
    if (auto beside = beside_configuration(resource, configuration)) return *beside;
  }
  const std::string name = location.stem().string() + ".sch";
  if (auto found = find_by_name(options.schematron_sources, name)) {
    log.push_back("  schematron " + resource.location + " -> " + found->file.string() +
                  " (compiled XSLT mapped by name to its source " + name + ")");
    return *found;
  }
  throw ConfigError("Schematron '" + resource.location +
                        "' is compiled XSLT, and konform runs no XSLT: it needs the Schematron "
                        "the XSLT was compiled from, '" +
                        name + "', which no --schematron-source folder holds (" +
                        joined(options.schematron_sources) + ")",
                    configuration.file.string(), resource.line)
      .with_german("Schematron '" + resource.location +
                   "' ist kompiliertes XSLT, und konform führt kein XSLT aus: nötig ist das "
                   "Schematron, aus dem es kompiliert wurde, '" +
                   name + "', das kein --schematron-source-Ordner enthält (" +
                   joined(options.schematron_sources) + ")");
}

/// Every file of the closures of `entries`, each once, in first-seen order. A remote reference
/// is an error: an import copies what it maps, and konform never goes online.
std::vector<fs::path> closures(const std::vector<FoundSource>& entries) {
  std::vector<fs::path> files;
  std::set<fs::path> seen;
  for (const auto& entry : entries) {
    const ArtefactClosure closure = artefact_closure(entry.file, entry.folder);
    if (!closure.remote.empty()) {
      throw ConfigError("a remote location has no local copy (konform never goes online): " +
                            closure.remote.front(),
                        entry.file.string())
          .with_german("eine entfernte Adresse hat keine lokale Kopie (konform geht nie online): " +
                       closure.remote.front());
    }
    for (const auto& file : closure.files) {
      if (seen.insert(file).second) files.push_back(file);
    }
  }
  return files;
}

/// konform's severity for a KoSIT customLevel word.
std::string severity_of(const CustomLevel& level, const Configuration& configuration) {
  if (level.level == "error" || level.level == "warning") return level.level;
  if (level.level == "information") return "info";
  throw ConfigError("customLevel '" + level.level + "' of rule " + level.rule_id +
                        " is none of error, warning, information",
                    configuration.file.string(), level.line)
      .with_german("customLevel '" + level.level + "' der Regel " + level.rule_id +
                   " ist keiner von error, warning, information");
}

struct ScenarioSources {
  FoundSource schema;
  std::vector<FoundSource> schematrons;
};

}  // namespace

ImportResult import_kosit_configuration(const ImportOptions& options) {
  const Configuration configuration = read_scenarios(options.scenarios, options.defines);
  ImportResult result;
  auto& log = result.log;
  std::vector<ScenarioSources> sources;
  std::vector<FoundSource> schema_entries;
  std::vector<FoundSource> schematron_entries;
  for (const auto& scenario : configuration.scenarios) {
    log.push_back("scenario '" + scenario.name + "' (" + configuration.file.string() + ":" +
                  std::to_string(scenario.line) + ")");
    if (scenario.schemas.size() > 1) {
      throw ConfigError("scenario '" + scenario.name +
                            "' names several XML Schemas; a konform document type has one entry "
                            "schema (write one that includes the others)",
                        configuration.file.string(), scenario.schemas[1].line)
          .with_german("Szenario '" + scenario.name +
                       "' nennt mehrere XML-Schemas; ein konform-Dokumenttyp hat ein "
                       "Einstiegsschema (eines schreiben, das die anderen einbindet)");
    }
    ScenarioSources found{schema_source(scenario.schemas.front(), options, configuration, log), {}};
    schema_entries.push_back(found.schema);
    for (const auto& resource : scenario.schematrons) {
      found.schematrons.push_back(schematron_source(resource, options, configuration, log));
      schematron_entries.push_back(found.schematrons.back());
    }
    sources.push_back(std::move(found));
  }

  create_profile_folder(options.into);
  const auto schema_copies = copy_into_profile(closures(schema_entries), options.into, "schemas");
  const auto rule_copies = copy_into_profile(closures(schematron_entries), options.into, "rules");

  ManifestDraft manifest;
  manifest.id = options.id.empty() ? "kosit." + slug(configuration.name) : options.id;
  if (!options.version.empty()) manifest.version = options.version;
  manifest.title = configuration.name;
  manifest.publisher =
      configuration.author.empty() ? "KoSIT validator configuration" : configuration.author;
  manifest.description = "Imported by konform profile import from " +
                         configuration.file.filename().string() +
                         " (KoSIT validator configuration); Schematron from the sources the "
                         "configuration's compiled XSLT was made from.";
  std::set<std::string> type_ids;
  for (std::size_t i = 0; i < configuration.scenarios.size(); ++i) {
    const Scenario& scenario = configuration.scenarios[i];
    DocumentTypeDraft type;
    type.id = slug(scenario.name);
    if (type.id.empty()) type.id = "scenario";
    for (int n = 2; !type_ids.insert(type.id).second; ++n)
      type.id = slug(scenario.name) + "." + std::to_string(n);
    type.title = scenario.name;
    const Root root = root_of(scenario, configuration);
    type.namespace_uri = root.namespace_uri;
    type.local_name = root.local_name;
    type.condition = scenario.match;
    type.condition_namespaces = scenario.namespaces;
    type.schema = schema_copies.at(sources[i].schema.file);
    for (const auto& schematron : sources[i].schematrons)
      type.schematrons.push_back(rule_copies.at(schematron.file));
    log.push_back("document type '" + type.id + "' from scenario '" + scenario.name + "': {" +
                  type.namespace_uri + "}" + type.local_name + " where " + type.condition);
    // KoSIT sets levels per scenario (the XRechnung configuration lowers BR-CL-21 to warning in
    // one scenario, to information in another): each becomes a rule declaration of its type.
    for (const auto& level : scenario.custom_levels) {
      const std::string where =
          configuration.file.filename().string() + ":" + std::to_string(level.line);
      type.rules.push_back({level.rule_id, severity_of(level, configuration),
                            "KoSIT customLevel " + level.level + " (" + where + ")"});
      log.push_back("  customLevel " + level.rule_id + " = " + level.level + " (" +
                    configuration.file.string() + ":" + std::to_string(level.line) +
                    "): rule declaration of document type '" + type.id + "'");
    }
    manifest.document_types.push_back(std::move(type));
  }
  write_manifest(manifest, options.into);
  log.push_back("copied " + std::to_string(schema_copies.size()) + " schema files and " +
                std::to_string(rule_copies.size()) + " Schematron files into " +
                options.into.string());
  result.profile_id = manifest.id;
  return result;
}

}  // namespace konform::importer::kosit
