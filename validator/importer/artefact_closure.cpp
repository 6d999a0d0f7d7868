#include "validator/importer/artefact_closure.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>

#include "validator/core/config_error.h"
#include "validator/importer/located_xml.h"

namespace konform::importer {
namespace fs = std::filesystem;

namespace {

/// The location an element references, or nullptr: schema composition by schemaLocation,
/// Schematron and XSLT inclusion by href (an xs:import without schemaLocation reads nothing).
const char* referenced_location(const pugi::xml_node& element) {
  const std::string_view name = local_name(element.name());
  if (name == "include" || name == "import" || name == "redefine" || name == "override") {
    if (auto location = element.attribute("schemaLocation")) return location.value();
  }
  if (name == "include" || name == "import" || name == "extends") {
    if (auto href = element.attribute("href")) return href.value();
  }
  return nullptr;
}

bool has_scheme(std::string_view location) {
  const auto colon = location.find(':');
  // "C:" style drive letters do not occur here; a one-letter scheme is treated as one too.
  return colon != std::string_view::npos &&
         std::all_of(location.begin(), location.begin() + static_cast<std::ptrdiff_t>(colon),
                     [](char c) {
                       return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' ||
                              c == '.';
                     });
}

}  // namespace

bool is_inside(const fs::path& file, const fs::path& root) {
  const fs::path relative = file.lexically_relative(root);
  return !relative.empty() && *relative.begin() != "..";
}

ArtefactClosure artefact_closure(const fs::path& entry, const fs::path& root) {
  ArtefactClosure closure;
  std::set<fs::path> seen;
  std::deque<fs::path> pending{fs::weakly_canonical(entry)};
  seen.insert(pending.front());
  while (!pending.empty()) {
    const fs::path file = pending.front();
    pending.pop_front();
    closure.files.push_back(file);
    const LocatedXml xml(file);
    struct Walker : pugi::xml_tree_walker {
      std::vector<pugi::xml_node> references;
      bool for_each(pugi::xml_node& node) override {
        if (node.type() == pugi::node_element && referenced_location(node))
          references.push_back(node);
        return true;
      }
    } walker;
    pugi::xml_node top = xml.document();
    top.traverse(walker);
    for (const auto& element : walker.references) {
      const std::string location = referenced_location(element);
      if (location.empty()) continue;
      if (has_scheme(location)) {
        closure.remote.push_back(file.string() + ":" + std::to_string(xml.line(element)) + ": " +
                                 location);
        continue;
      }
      const fs::path target = fs::weakly_canonical(file.parent_path() / location);
      if (!fs::is_regular_file(target)) {
        throw ConfigError(
            "'" + location + "' is referenced but not found (looked for " + target.string() + ")",
            file.string(), xml.line(element))
            .with_german(
                "'" + location +
                "' wird referenziert, ist aber nicht vorhanden (gesucht: " + target.string() + ")");
      }
      if (!is_inside(target, root)) {
        throw ConfigError("'" + location + "' leads outside " + root.string() +
                              " (what an imported artefact includes or imports must lie in the "
                              "folder it was found in)",
                          file.string(), xml.line(element))
            .with_german("'" + location + "' führt aus " + root.string() +
                         " hinaus (was ein importiertes Artefakt einbindet, muss in dem Ordner "
                         "liegen, in dem es gefunden wurde)");
      }
      if (seen.insert(target).second) pending.push_back(target);
    }
  }
  return closure;
}

}  // namespace konform::importer
