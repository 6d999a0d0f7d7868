// Test-only: parse an XML string with pugixml and drive xdm::TreeBuilder with the events the
// hardened reader would send (namespaces resolved here, line/column computed from offsets), so
// the xdm and xpath tests can build documents from literal strings.
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "validator/xdm/tree_builder.h"

namespace konform::xdm::test {

class PugiDriver {
 public:
  PugiDriver(const std::string& xml, TreeBuilder& builder) : xml_(xml), builder_(builder) {
    for (std::size_t i = 0; i < xml.size(); ++i) {
      if (xml[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  void run(const pugi::xml_document& doc) {
    builder_.start_document();
    std::vector<std::map<std::string, std::string>> scopes{{{"xml", kXml}, {"", ""}}};
    for (pugi::xml_node child : doc.children()) visit(child, scopes);
    builder_.end_document();
  }

 private:
  static constexpr const char* kXml = "http://www.w3.org/XML/1998/namespace";

  TextPosition position(std::ptrdiff_t offset) const {
    if (offset < 0) return {};
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(),
                               static_cast<std::size_t>(offset));
    std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    std::size_t start = line == 0 ? 0 : line_starts_[line - 1];
    return {static_cast<int>(line + 1),
            static_cast<int>(static_cast<std::size_t>(offset) - start + 1)};
  }

  static std::pair<std::string, std::string> split(const std::string& qname) {
    auto colon = qname.find(':');
    if (colon == std::string::npos) return {"", qname};
    return {qname.substr(0, colon), qname.substr(colon + 1)};
  }

  void visit(pugi::xml_node node, std::vector<std::map<std::string, std::string>>& scopes) {
    TextPosition pos = position(node.offset_debug());
    switch (node.type()) {
      case pugi::node_element: {
        auto scope = scopes.back();
        for (pugi::xml_attribute a : node.attributes()) {
          std::string name = a.name();
          if (name == "xmlns") {
            scope[""] = a.value();
            builder_.start_prefix_mapping("", a.value());
          } else if (name.rfind("xmlns:", 0) == 0) {
            scope[name.substr(6)] = a.value();
            builder_.start_prefix_mapping(name.substr(6), a.value());
          }
        }
        scopes.push_back(scope);
        auto [prefix, local] = split(node.name());
        std::vector<std::string> storage;
        std::vector<XmlAttribute> attributes;
        storage.reserve(64);
        for (pugi::xml_attribute a : node.attributes()) {
          std::string name = a.name();
          if (name == "xmlns" || name.rfind("xmlns:", 0) == 0) continue;
          auto [ap, al] = split(name);
          std::string uri = ap.empty() ? "" : lookup(scope, ap);
          storage.push_back(uri);
          storage.push_back(al);
          storage.push_back(ap);
        }
        std::size_t k = 0;
        for (pugi::xml_attribute a : node.attributes()) {
          std::string name = a.name();
          if (name == "xmlns" || name.rfind("xmlns:", 0) == 0) continue;
          attributes.push_back(XmlAttribute{storage[k], storage[k + 1], storage[k + 2], a.value()});
          k += 3;
        }
        std::string uri = lookup(scope, prefix);
        builder_.start_element({uri, local, prefix, attributes, pos});
        for (pugi::xml_node child : node.children()) visit(child, scopes);
        builder_.end_element(uri, local, pos);
        scopes.pop_back();
        break;
      }
      case pugi::node_pcdata:
      case pugi::node_cdata:
        builder_.characters(node.value(), pos);
        break;
      case pugi::node_comment:
        builder_.comment(node.value(), pos);
        break;
      case pugi::node_pi:
        builder_.processing_instruction(node.name(), node.value(), pos);
        break;
      default:
        break;
    }
  }

  static std::string lookup(const std::map<std::string, std::string>& scope,
                            const std::string& prefix) {
    auto it = scope.find(prefix);
    if (it == scope.end()) throw std::runtime_error("undeclared prefix " + prefix);
    return it->second;
  }

  const std::string& xml_;
  TreeBuilder& builder_;
  std::vector<std::size_t> line_starts_;
};

/// Parses `xml` into a Document (throws std::runtime_error on malformed XML).
inline std::unique_ptr<Document> parse_xml(const std::string& xml, bool strip_whitespace = false) {
  pugi::xml_document doc;
  pugi::xml_parse_result result =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_full | pugi::parse_ws_pcdata);
  if (!result) throw std::runtime_error(std::string("XML parse error: ") + result.description());
  TreeBuilderOptions options;
  options.strip_whitespace = strip_whitespace;
  TreeBuilder builder(options);
  PugiDriver(xml, builder).run(doc);
  return builder.take();
}

}  // namespace konform::xdm::test
