#include "validator/importer/kosit/scenarios_reader.h"

#include <regex>

#include "validator/core/config_error.h"
#include "validator/importer/located_xml.h"

namespace konform::importer::kosit {
namespace fs = std::filesystem;

namespace {

/// The namespace URI of an element's name, from the declarations in scope.
std::string namespace_of(pugi::xml_node element) {
  const std::string_view qname = element.name();
  const auto colon = qname.find(':');
  const std::string attribute =
      colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(qname.substr(0, colon));
  for (pugi::xml_node node = element; node; node = node.parent()) {
    if (auto declaration = node.attribute(attribute.c_str())) return declaration.value();
  }
  return {};
}

/// Children of `parent` named `local` in KoSIT's namespace (any prefix).
std::vector<pugi::xml_node> children(pugi::xml_node parent, std::string_view local) {
  std::vector<pugi::xml_node> found;
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && local_name(child.name()) == local &&
        namespace_of(child) == kKositScenariosNs)
      found.push_back(child);
  }
  return found;
}

std::string child_text(pugi::xml_node parent, std::string_view local) {
  const auto found = children(parent, local);
  return found.empty() ? std::string() : std::string(found.front().text().get());
}

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

const std::regex& placeholder() {
  static const std::regex pattern("@([A-Za-z0-9_.-]+)@");
  return pattern;
}

/// `text` with every defined @name@ replaced; undefined ones stay as they are.
std::string substituted(const std::string& text,
                        const std::map<std::string, std::string>& defines) {
  std::string out;
  auto last = text.cbegin();
  for (std::sregex_iterator it(text.begin(), text.end(), placeholder()), end; it != end; ++it) {
    out.append(last, (*it)[0].first);
    const auto defined = defines.find((*it)[1].str());
    out += defined == defines.end() ? (*it)[0].str() : defined->second;
    last = (*it)[0].second;
  }
  out.append(last, text.cend());
  return out;
}

std::vector<Resource> resources(const LocatedXml& xml, pugi::xml_node scenario,
                                std::string_view step,
                                const std::map<std::string, std::string>& defines) {
  std::vector<Resource> found;
  for (auto validate : children(scenario, step)) {
    for (auto resource : children(validate, "resource")) {
      found.push_back({trimmed(child_text(resource, "name")),
                       trimmed(substituted(child_text(resource, "location"), defines)),
                       xml.line(resource)});
    }
  }
  return found;
}

}  // namespace

bool is_kosit_scenarios(const fs::path& file) {
  pugi::xml_document document;
  if (!fs::is_regular_file(file) || !document.load_file(file.c_str())) return false;
  const pugi::xml_node root = document.document_element();
  return local_name(root.name()) == "scenarios" && namespace_of(root) == kKositScenariosNs;
}

Configuration read_scenarios(const fs::path& file,
                             const std::map<std::string, std::string>& defines) {
  const LocatedXml xml(file);
  const pugi::xml_node root = xml.document().document_element();
  Configuration configuration;
  configuration.file = file;
  configuration.name = trimmed(substituted(child_text(root, "name"), defines));
  configuration.author = trimmed(child_text(root, "author"));
  for (auto element : children(root, "scenario")) {
    Scenario scenario;
    scenario.line = xml.line(element);
    scenario.name = trimmed(substituted(child_text(element, "name"), defines));
    for (auto ns : children(element, "namespace"))
      scenario.namespaces.emplace_back(ns.attribute("prefix").value(), trimmed(ns.text().get()));
    const auto match = children(element, "match");
    if (match.empty()) {
      throw ConfigError("scenario '" + scenario.name + "' has no <match>", file.string(),
                        scenario.line)
          .with_german("Szenario '" + scenario.name + "' hat kein <match>");
    }
    scenario.match_line = xml.line(match.front());
    scenario.match = trimmed(substituted(match.front().text().get(), defines));
    std::smatch left;
    if (std::regex_search(scenario.match, left, placeholder())) {
      const std::string name = left[1];
      throw ConfigError(
          "scenario '" + scenario.name + "': the match uses the build placeholder @" + name +
              "@ of KoSIT's source configuration; give its value with --define " + name + "=VALUE",
          file.string(), scenario.match_line)
          .with_german("Szenario '" + scenario.name + "': das match nutzt den Build-Platzhalter @" +
                       name + "@ der KoSIT-Quellkonfiguration; seinen Wert mit --define " + name +
                       "=WERT angeben");
    }
    scenario.schemas = resources(xml, element, "validateWithXmlSchema", defines);
    if (scenario.schemas.empty()) {
      throw ConfigError("scenario '" + scenario.name + "' names no XML Schema", file.string(),
                        scenario.line)
          .with_german("Szenario '" + scenario.name + "' nennt kein XML-Schema");
    }
    scenario.schematrons = resources(xml, element, "validateWithSchematron", defines);
    for (auto report : children(element, "createReport")) {
      for (auto level : children(report, "customLevel")) {
        scenario.custom_levels.push_back(
            {level.attribute("level").value(), trimmed(level.text().get()), xml.line(level)});
      }
    }
    configuration.scenarios.push_back(std::move(scenario));
  }
  if (configuration.scenarios.empty()) {
    throw ConfigError("the KoSIT configuration has no <scenario>", file.string())
        .with_german("die KoSIT-Konfiguration hat kein <scenario>");
  }
  return configuration;
}

}  // namespace konform::importer::kosit
