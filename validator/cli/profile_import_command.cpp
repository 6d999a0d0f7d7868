// `konform profile import SOURCE --into DIR [--id ID] [--schematron-source DIR]...
//  [--schema-source DIR]... [--define NAME=VALUE]...`: writes a profile folder from a published
// bundle, then checks it as `profile check` does. The source's kind decides the importer: a KoSIT
// validator configuration (scenarios.xml) here; XÖV releases come with their own importer.
#include <iostream>

#include "validator/cli/exit_code.h"
#include "validator/cli/profile_subcommands.h"
#include "validator/core/config_error.h"
#include "validator/importer/kosit/kosit_importer.h"
#include "validator/importer/kosit/scenarios_reader.h"

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

int run_import(const ImportArguments& arguments, const std::string& as_of) {
  if (!importer::kosit::is_kosit_scenarios(arguments.source)) {
    throw ConfigError(
        "not a KoSIT validator configuration (a scenarios.xml whose root is "
        "'scenarios' in " +
            std::string(importer::kosit::kKositScenariosNs) +
            "); importing XÖV standard releases is not available in this build",
        arguments.source)
        .with_german(
            "keine KoSIT-Prüfkonfiguration (eine scenarios.xml mit der Wurzel "
            "'scenarios' in " +
            std::string(importer::kosit::kKositScenariosNs) +
            "); der Import von XÖV-Releases ist in diesem Build nicht verfügbar");
  }
  importer::kosit::ImportOptions options;
  options.scenarios = fs::absolute(arguments.source);
  options.into = fs::absolute(arguments.into);
  options.id = arguments.id;
  options.schematron_sources.assign(arguments.schematron_sources.begin(),
                                    arguments.schematron_sources.end());
  options.schema_sources.assign(arguments.schema_sources.begin(), arguments.schema_sources.end());
  options.defines = parsed_defines(arguments.defines);
  const auto result = importer::kosit::import_kosit_configuration(options);
  for (const auto& line : result.log) std::cout << line << "\n";
  std::cout << "konform: wrote profile " << result.profile_id << " to " << arguments.into << "\n";
  return run_profile_check(options.into.string(), {}, as_of);
}

}  // namespace

Subcommand add_profile_import_command(CLI::App& profile, std::function<std::string()> today) {
  auto arguments = std::make_shared<ImportArguments>();
  CLI::App* cmd = profile.add_subcommand(
      "import", "Write a checked profile folder from a KoSIT validator configuration");
  cmd->add_option("source", arguments->source, "The bundle: a KoSIT scenarios.xml")->required();
  cmd->add_option("--into", arguments->into, "The profile folder to create (empty or new)")
      ->required();
  cmd->add_option("--id", arguments->id, "Profile id (default: kosit. + the configuration's name)");
  cmd->add_option("--schematron-source", arguments->schematron_sources,
                  "Folder with the .sch each compiled XSLT was made from (X.xsl -> X.sch); "
                  "repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--schema-source", arguments->schema_sources,
                  "Folder to find XML Schemas in by name; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--define", arguments->defines,
                  "NAME=VALUE for a @NAME@ placeholder of KoSIT's source configuration; "
                  "repeatable")
      ->allow_extra_args(false);
  return {cmd, [arguments, today] { return run_import(*arguments, today()); }};
}

}  // namespace konform::cli
