// `konform profile import SOURCE --into DIR [--id ID] ...`: writes a profile folder from a
// published bundle, then checks it as `profile check` does. The source's kind decides the
// importer: a KoSIT validator configuration (a scenarios.xml; --schematron-source,
// --schema-source, --define) or an XÖV standard release (a folder or a .zip; --with); --version
// for both.
#include <iostream>

#include "reports/xoev_import_renderers.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/profile_subcommands.h"
#include "validator/cli/repeatable_option.h"
#include "validator/core/config_error.h"
#include "validator/importer/kosit/kosit_importer.h"
#include "validator/importer/kosit/scenarios_reader.h"
#include "validator/importer/xoev/xoev_import.h"

namespace konform::cli {
namespace fs = std::filesystem;

namespace {

struct ImportArguments {
  std::string source;
  std::string into;
  std::string id;
  std::vector<std::string> schematron_sources;
  std::vector<std::string> schema_sources;
  std::vector<std::string> defines;  ///< NAME=VALUE
  std::vector<std::string> with;     ///< XÖV: folders with the library schemas and code lists
  std::string version;               ///< XÖV: the profile version
};

std::map<std::string, std::string> parsed_defines(const std::vector<std::string>& defines) {
  std::map<std::string, std::string> values;
  for (const auto& define : defines) {
    const auto equals = define.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw ConfigError("--define '" + define + "' is not NAME=VALUE")
          .with_german("--define '" + define + "' hat nicht die Form NAME=WERT");
    }
    values[define.substr(0, equals)] = define.substr(equals + 1);
  }
  return values;
}

/// Refuses the options of the other importer, which would otherwise be ignored silently.
void refuse_options_of_other_kind(const std::vector<std::pair<const char*, bool>>& given,
                                  const std::string& kind, const std::string& source) {
  for (const auto& [option, is_given] : given) {
    if (!is_given) continue;
    throw ConfigError(std::string(option) + " does not apply to " + kind, source)
        .with_german(std::string(option) + " gilt nicht für " + kind);
  }
}

int run_kosit_import(const ImportArguments& arguments, const std::string& as_of) {
  refuse_options_of_other_kind({{"--with", !arguments.with.empty()}},
                               "a KoSIT validator configuration", arguments.source);
  importer::kosit::ImportOptions options;
  options.scenarios = fs::absolute(arguments.source);
  options.into = fs::absolute(arguments.into);
  options.id = arguments.id;
  options.version = arguments.version;
  options.schematron_sources.assign(arguments.schematron_sources.begin(),
                                    arguments.schematron_sources.end());
  options.schema_sources.assign(arguments.schema_sources.begin(), arguments.schema_sources.end());
  options.defines = parsed_defines(arguments.defines);
  const auto result = importer::kosit::import_kosit_configuration(options);
  for (const auto& line : result.log) std::cout << line << "\n";
  std::cout << "konform: wrote profile " << result.profile_id << " to " << arguments.into << "\n";
  return run_profile_check(options.into.string(), {}, as_of);
}

int run_xoev_import(const ImportArguments& arguments, const std::string& as_of) {
  refuse_options_of_other_kind({{"--schematron-source", !arguments.schematron_sources.empty()},
                                {"--schema-source", !arguments.schema_sources.empty()},
                                {"--define", !arguments.defines.empty()}},
                               "an XÖV release", arguments.source);
  importer::xoev::XoevImportOptions options;
  options.source = arguments.source;
  options.into = arguments.into;
  options.with.assign(arguments.with.begin(), arguments.with.end());
  options.id = arguments.id;
  options.version = arguments.version;
  reports::render_xoev_import_text(importer::xoev::import_xoev_release(options), std::cout);
  return run_profile_check(fs::absolute(arguments.into).string(), {}, as_of);
}

int run_import(const ImportArguments& arguments, const std::string& as_of) {
  if (importer::kosit::is_kosit_scenarios(arguments.source)) {
    return run_kosit_import(arguments, as_of);
  }
  const fs::path source(arguments.source);
  if (fs::is_directory(source) || (fs::is_regular_file(source) && source.extension() == ".zip")) {
    return run_xoev_import(arguments, as_of);
  }
  throw ConfigError(
      "neither a KoSIT validator configuration (a scenarios.xml whose root is 'scenarios' in " +
          std::string(importer::kosit::kKositScenariosNs) +
          ") nor an XÖV standard release (a folder or a .zip)",
      arguments.source)
      .with_german(
          "weder eine KoSIT-Prüfkonfiguration (eine scenarios.xml mit der Wurzel "
          "'scenarios' in " +
          std::string(importer::kosit::kKositScenariosNs) +
          ") noch ein XÖV-Release (ein Ordner oder eine .zip-Datei)");
}

}  // namespace

Subcommand add_profile_import_command(CLI::App& profile, std::function<std::string()> today) {
  auto arguments = std::make_shared<ImportArguments>();
  CLI::App* cmd = profile.add_subcommand(
      "import",
      "Write a checked profile folder from a KoSIT validator configuration or an XÖV release");
  cmd->add_option("source", arguments->source,
                  "The bundle: a KoSIT scenarios.xml, or an XÖV release (folder or .zip)")
      ->required();
  cmd->add_option("--into", arguments->into, "The profile folder to create (empty or new)")
      ->required();
  cmd->add_option("--id", arguments->id,
                  "Profile id (default: kosit. + the configuration's name; for a release, its "
                  "folder's name)");
  cmd->add_option("--version", arguments->version,
                  "Profile version (XÖV release: default the schemas' version, else 1.0.0; KoSIT: "
                  "default 1.0.0), so that versions of one standard can be installed side by "
                  "side");
  add_repeatable_option(cmd, "--with", arguments->with,
                        "XÖV release: folder with schemas or code lists the release refers to (XÖV "
                        "library, DIN 91379, xmldsig, …); repeatable");
  add_repeatable_option(
      cmd, "--schematron-source", arguments->schematron_sources,
      "KoSIT: folder with the .sch each compiled XSLT was made from (X.xsl -> X.sch); "
      "repeatable");
  add_repeatable_option(cmd, "--schema-source", arguments->schema_sources,
                        "KoSIT: folder to find XML Schemas in by name; repeatable");
  add_repeatable_option(
      cmd, "--define", arguments->defines,
      "KoSIT: NAME=VALUE for a @NAME@ placeholder of KoSIT's source configuration; "
      "repeatable");
  return {cmd, [arguments, today] { return run_import(*arguments, today()); }};
}

}  // namespace konform::cli
