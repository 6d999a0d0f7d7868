#include "validator/xsdlint/schema_tree.h"

#include <pugixml.hpp>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <variant>

#include "validator/core/config_error.h"
#include "validator/xml/catalog.h"
#include "validator/xml/own_format.h"
#include "validator/xml/resource_policy.h"

namespace konform::xsdlint {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kXsdNamespace = "http://www.w3.org/2001/XMLSchema";

/// The local name of a possibly prefixed element name.
std::string_view local_name(std::string_view name) {
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

/// Whether `element` is in the XML Schema namespace (declared on it or an ancestor).
bool in_xsd_namespace(const pugi::xml_node& element) {
  const std::string_view name = element.name();
  const auto colon = name.find(':');
  const std::string attribute =
      colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
  for (auto node = element; node; node = node.parent()) {
    if (auto declaration = node.attribute(attribute.c_str())) {
      return declaration.value() == kXsdNamespace;
    }
  }
  return false;
}

bool is_reference(std::string_view local) {
  return local == "include" || local == "import" || local == "redefine" || local == "override";
}

class TreeWalk {
 public:
  explicit TreeWalk(xml::ResourcePolicy policy) : policy_(std::move(policy)) {}

  void visit(const fs::path& document) {
    if (!seen_.insert(document).second) return;
    const std::string bytes = xml::read_own_file(document, "schema document");
    pugi::xml_document tree;
    // No DOCTYPE processing and no entities beyond XML's own: pugixml reads no DTD.
    const auto parsed = tree.load_buffer(bytes.data(), bytes.size(), pugi::parse_default);
    if (!parsed) {
      throw ConfigError(std::string("not a well-formed schema document: ") + parsed.description(),
                        document.string(), xml::line_at(bytes, parsed.offset))
          .with_german(std::string("kein wohlgeformtes Schemadokument: ") + parsed.description());
    }
    const auto root = tree.document_element();
    if (local_name(root.name()) != "schema" || !in_xsd_namespace(root)) {
      throw ConfigError("not an XML Schema document (its root element is not xs:schema)",
                        document.string(), xml::line_at(bytes, root.offset_debug()))
          .with_german("kein XML-Schema-Dokument (sein Wurzelelement ist nicht xs:schema)");
    }
    const std::string_view target = root.attribute("targetNamespace").value();
    auto& list = target.starts_with("http://www.w3.org/") ? tree_.not_checked : tree_.documents;
    list.push_back(document);
    for (auto child : root.children()) {
      if (!is_reference(local_name(child.name())) || !in_xsd_namespace(child)) continue;
      const std::string_view location = child.attribute("schemaLocation").value();
      // An import without schemaLocation names a namespace, not a document: nothing to read
      // (XOEV-SCH-007 reports it).
      if (location.empty()) continue;
      const auto resolved = policy_.resolve(location, document.string());
      if (const auto* refusal = std::get_if<xml::Refusal>(&resolved)) {
        throw ConfigError("cannot follow " + std::string(child.name()) + ": " + refusal->reason,
                          document.string(), xml::line_at(bytes, child.offset_debug()))
            .with_german("kann " + std::string(child.name()) + " nicht folgen: " + refusal->reason);
      }
      visit(std::get<fs::path>(resolved));
    }
  }

  SchemaTree take() { return std::move(tree_); }

 private:
  xml::ResourcePolicy policy_;
  std::set<fs::path> seen_;
  SchemaTree tree_;
};

}  // namespace

SchemaTree collect_schema_tree(const std::vector<fs::path>& entries,
                               const std::vector<fs::path>& catalogs) {
  std::vector<fs::path> roots;
  std::vector<std::shared_ptr<const xml::Catalog>> loaded;
  for (const auto& catalog : catalogs) {
    loaded.push_back(xml::Catalog::load(catalog));
    roots.push_back(fs::absolute(catalog).parent_path());
  }
  std::vector<fs::path> canonical_entries;
  for (const auto& entry : entries) {
    std::error_code ec;
    auto canonical = fs::canonical(entry, ec);
    if (ec || !fs::is_regular_file(canonical)) {
      throw ConfigError("schema " + entry.string() + " does not exist or is not a file")
          .with_german("Schema " + entry.string() + " existiert nicht oder ist keine Datei");
    }
    roots.push_back(canonical.parent_path());
    canonical_entries.push_back(std::move(canonical));
  }
  TreeWalk walk(xml::ResourcePolicy(std::move(roots), std::move(loaded)));
  for (const auto& entry : canonical_entries) walk.visit(entry);
  return walk.take();
}

}  // namespace konform::xsdlint
