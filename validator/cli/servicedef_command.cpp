// `konform servicedef view FILE` prints the XML view of a service definition (what rule authors
// write XPath against); `konform init service [--from publiccode.yml]` writes a commented
// service-definition template, optionally referencing an existing publiccode.yml and taking
// over its German LeiKa entries so that the publiccode.yml can stay valid for upstream parsers.
// `konform init profile --from-xsd` is registered here too (init_profile_command.cpp).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "reports/servicedef_renderers.h"
#include "validator/cli/command_group.h"
#include "validator/cli/commands.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/init_profile_command.h"
#include "validator/core/config_error.h"
#include "validator/profile/embedded_schemas.h"
#include "validator/servicedef/service_definition.h"

namespace konform::cli {
namespace fs = std::filesystem;
namespace {

struct ServicedefOptions {
  std::string file;
  std::string from;
  std::string output = "konform-service.yml";
  bool force = false;
};

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ConfigError("cannot read file", file.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string quoted(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

/// The `services:` block for the LeiKa entries of publiccode.yml's German section (de/DE.leika:
/// leika-id, ozg-id, themenfeld, lebenslage), which upstream parsers reject in publiccode.yml.
std::string services_from_leika(const servicedef::YamlNode& publiccode, int& count) {
  const servicedef::YamlNode* section = publiccode.find("de");
  if (section == nullptr) section = publiccode.find("DE");
  const servicedef::YamlNode* leika = section != nullptr ? section->find("leika") : nullptr;
  if (leika == nullptr || leika->kind != servicedef::YamlNode::Kind::kSequence) return {};
  std::string block =
      "services:                           # taken over from publiccode.yml de.leika\n";
  const std::pair<const char*, const char*> fields[] = {{"leika-id", "leikaKey"},
                                                        {"ozg-id", "ozgId"},
                                                        {"themenfeld", "themenfeld"},
                                                        {"lebenslage", "lebenslage"}};
  for (const auto& item : leika->items) {
    if (item->kind != servicedef::YamlNode::Kind::kMap) continue;
    bool first = true;
    for (const auto& [from, to] : fields) {
      const servicedef::YamlNode* value = item->find(from);
      if (value == nullptr || value->kind != servicedef::YamlNode::Kind::kScalar) continue;
      block += std::string(first ? "  - " : "    ") + to + ": " + quoted(value->value) + "\n";
      first = false;
    }
    if (!first) ++count;
  }
  return count > 0 ? block : std::string{};
}

/// Replaces the template's top-level block that starts with `key:` by `replacement`.
std::string replace_block(const std::string& text, const std::string& key,
                          const std::string& replacement) {
  std::istringstream in(text);
  std::string out, line;
  bool skipping = false;
  while (std::getline(in, line)) {
    if (line.starts_with(key + ":")) {
      out += replacement;
      skipping = true;
      continue;
    }
    if (skipping && (line.empty() || (line[0] != ' ' && line[0] != '-'))) skipping = false;
    if (!skipping) out += line + "\n";
  }
  return out;
}

int run_view(const ServicedefOptions& options) {
  const fs::path file(options.file);
  const std::string bytes = read_file(file);
  const auto definition = servicedef::read_service_definition(bytes, file);
  std::vector<LocatedProblem> problems;
  for (const auto& problem : definition.problems) {
    problems.push_back({{problem.position.line, problem.position.column, ""}, problem.message});
  }
  reports::render_located_problems_text(options.file, problems, std::cerr);
  if (!definition.view) return kExitFindings;
  std::cout << definition.view->xml;
  return definition.problems.empty() ? kExitOk : kExitFindings;
}

int run_init(const ServicedefOptions& options) {
  const fs::path output(options.output);
  if (fs::exists(output) && !options.force) {
    throw ConfigError("exists already; use --force to overwrite", options.output);
  }
  std::string text(embedded::service_definition_template);
  if (!options.from.empty()) {
    const fs::path from(options.from);
    const std::string bytes = read_file(from);
    const auto document = servicedef::read_yaml(bytes);
    if (!document.root || document.root->kind != servicedef::YamlNode::Kind::kMap) {
      throw ConfigError("is not a readable publiccode.yml (a YAML mapping)", options.from);
    }
    const fs::path folder = fs::absolute(output).parent_path();
    const std::string relative = fs::absolute(from).lexically_relative(folder).generic_string();
    if (relative.empty() || relative.starts_with("..")) {
      throw ConfigError(
          "must lie in the folder of the service definition (or below it), which may only "
          "reference files inside its folder",
          options.from);
    }
    text = replace_block(text, "publiccode",
                         "publiccode: " + quoted(relative) +
                             "              # kept unchanged, valid for upstream parsers\n");
    int count = 0;
    const std::string services = services_from_leika(*document.root, count);
    if (!services.empty()) {
      text = replace_block(text, "services", services);
      reports::render_leika_takeover_text(static_cast<std::size_t>(count), options.from, std::cerr);
    }
  }
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw ConfigError("cannot write file", options.output);
  std::cerr << "konform: wrote " << options.output << "\n";
  return kExitOk;
}

}  // namespace

Command add_servicedef_command(CLI::App& app) {
  auto options = std::make_shared<ServicedefOptions>();
  CLI::App* cmd = add_command_group(app, "servicedef", "Inspect service definitions");
  CLI::App* view = cmd->add_subcommand(
      "view", "Print the XML view of a service definition (what XSD and Schematron rules see)");
  view->add_option("file", options->file, "konform-service.yml or publiccode.yml")->required();
  CLI::App* init = add_command_group(app, "init", "Write templates");
  CLI::App* service =
      init->add_subcommand("service", "Write a commented service-definition template");
  service->add_option("--from", options->from,
                      "An existing publiccode.yml to reference (its de.leika entries are taken "
                      "over as services)");
  service->add_option("--output,-o", options->output,
                      "Where to write (default konform-service.yml)");
  service->add_flag("--force", options->force, "Overwrite an existing file");
  const Subcommand profile = add_init_profile_command(*init);
  return [options, view, service, profile] {
    if (view->parsed()) return run_view(*options);
    if (profile.app->parsed()) return profile.run();
    if (service->parsed()) return run_init(*options);
    return static_cast<int>(kExitConfig);
  };
}

}  // namespace konform::cli
