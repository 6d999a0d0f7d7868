#include "validator/importer/xoev/release_artefacts.h"

#include <pugixml.hpp>

#include <algorithm>

#include "validator/codelist/genericode_reader.h"
#include "validator/core/config_error.h"
#include "validator/importer/located_xml.h"

namespace konform::importer::xoev {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kSchematron = "http://purl.oclc.org/dsdl/schematron";

/// Whether the file's root element is {genericode}CodeList; reads only up to the root's start
/// tag would suffice, but lists are small enough to parse whole.
bool is_genericode(const fs::path& file) {
  pugi::xml_document document;
  if (!document.load_file(file.c_str(), pugi::parse_default)) return false;
  const auto root = document.document_element();
  if (importer::local_name(root.name()) != "CodeList") return false;
  const std::string name = root.name();
  const auto colon = name.find(':');
  const std::string attribute =
      colon == std::string::npos ? "xmlns" : "xmlns:" + name.substr(0, colon);
  return root.attribute(attribute.c_str()).value() == codelist::kGenericodeNamespace;
}

}  // namespace

bool lies_inside(const fs::path& file, const fs::path& dir) {
  const auto relative = file.lexically_relative(dir);
  return !relative.empty() && *relative.begin() != "..";
}

std::vector<fs::path> files_inside(const fs::path& dir, const std::string& extension) {
  std::vector<fs::path> out;
  const fs::path root = fs::canonical(dir);
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != extension) continue;
    fs::path file = fs::canonical(entry.path());
    if (!lies_inside(file, root)) continue;  // a link out of the folder
    out.push_back(std::move(file));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<FoundCodeList> find_code_lists(const fs::path& dir) {
  std::vector<FoundCodeList> out;
  for (const auto& file : files_inside(dir, ".xml")) {
    if (!is_genericode(file)) continue;
    const auto list = codelist::read_genericode_file(file);
    out.push_back({file, list.identification().canonical_uri, list.identification().version});
  }
  return out;
}

std::vector<fs::path> find_schematrons(const fs::path& dir) { return files_inside(dir, ".sch"); }

std::set<std::string> schematron_namespaces(const fs::path& file) {
  pugi::xml_document document;
  const auto parsed = document.load_file(file.c_str(), pugi::parse_default);
  if (!parsed) {
    throw ConfigError(std::string("not well-formed XML: ") + parsed.description(), file.string());
  }
  std::set<std::string> out;
  for (const auto& found : document.select_nodes("//*[local-name()='ns'][@uri]")) {
    const auto ns = found.node();
    const std::string name = ns.name();
    const auto colon = name.find(':');
    const std::string attribute =
        colon == std::string::npos ? "xmlns" : "xmlns:" + name.substr(0, colon);
    // The <ns> must be Schematron's own: look its prefix up on the element or above.
    for (auto node = ns; node; node = node.parent()) {
      if (auto bound = node.attribute(attribute.c_str())) {
        if (bound.value() == kSchematron) out.insert(ns.attribute("uri").value());
        break;
      }
    }
  }
  return out;
}

}  // namespace konform::importer::xoev
