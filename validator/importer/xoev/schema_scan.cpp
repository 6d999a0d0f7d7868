#include "validator/importer/xoev/schema_scan.h"

#include <pugixml.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "validator/codelist/line_index.h"
#include "validator/core/config_error.h"
#include "validator/importer/located_xml.h"

namespace konform::importer::xoev {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema";

/// The namespace a prefix is bound to on `node` or its ancestors ("" for the default namespace
/// when the prefix is empty and none is declared).
std::string namespace_of_prefix(pugi::xml_node node, const std::string& prefix) {
  const std::string attribute = prefix.empty() ? "xmlns" : "xmlns:" + prefix;
  for (; node; node = node.parent()) {
    if (auto declared = node.attribute(attribute.c_str())) return declared.value();
  }
  return {};
}

bool is_xsd(pugi::xml_node node, std::string_view local) {
  if (node.type() != pugi::node_element || importer::local_name(node.name()) != local) return false;
  const std::string name = node.name();
  const auto colon = name.find(':');
  return namespace_of_prefix(node, colon == std::string::npos ? "" : name.substr(0, colon)) == kXsd;
}

bool carries_message_header(pugi::xml_node element) {
  for (auto node : element.select_nodes(".//*[@name or @ref]")) {
    const auto declared = node.node();
    if (!is_xsd(declared, "element")) continue;
    const std::string_view name = declared.attribute("name")
                                      ? declared.attribute("name").value()
                                      : importer::local_name(declared.attribute("ref").value());
    if (name.rfind("nachrichtenkopf", 0) == 0) return true;
  }
  return false;
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ConfigError("cannot read the schema", file.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

bool has_message_number(const std::string& name) {
  static const std::regex numbered(R"(.+\.[0-9]{4})");
  return std::regex_match(name, numbered);
}

ScannedSchema scan_schema(const fs::path& file) {
  const std::string text = read_text(file);
  const codelist::LineIndex lines(text);
  pugi::xml_document document;
  // No DTD is read (pugixml never loads one; parse_doctype only skips an internal subset).
  const auto parsed = document.load_buffer(text.data(), text.size(), pugi::parse_default);
  if (!parsed) {
    const auto at = lines.position(parsed.offset);
    throw ConfigError(std::string("not well-formed XML: ") + parsed.description(), file.string(),
                      at.line, at.column);
  }
  const auto root = document.document_element();
  if (!is_xsd(root, "schema")) {
    throw ConfigError("not an XML Schema (the root element is not xs:schema)", file.string());
  }
  ScannedSchema out;
  out.file = file;
  out.target_namespace = root.attribute("targetNamespace").value();
  out.version = root.attribute("version").value();
  for (auto child : root.children()) {
    const bool imports = is_xsd(child, "import");
    if (imports || is_xsd(child, "include") || is_xsd(child, "redefine")) {
      if (!child.attribute("schemaLocation")) continue;  // resolved by namespace elsewhere
      out.references.push_back(
          {child.attribute("schemaLocation").value(),
           imports ? child.attribute("namespace").value() : out.target_namespace,
           lines.position(child.offset_debug()).line});
    } else if (is_xsd(child, "element") && child.attribute("name")) {
      out.elements.push_back({child.attribute("name").value(), carries_message_header(child)});
    }
  }
  return out;
}

}  // namespace konform::importer::xoev
