#include "tests/unit/codelist/pugi_event_driver.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "validator/codelist/line_index.h"

namespace konform::codelist::test {
namespace {

class Driver : public ElementPathSource {
 public:
  Driver(std::string_view text, XmlEventSink& sink) : text_(text), lines_(text), sink_(sink) {}

  void run() {
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer(
        text_.data(), text_.size(), pugi::parse_default | pugi::parse_comments | pugi::parse_pi,
        pugi::encoding_utf8);
    if (!parsed) {
      const TextPosition at = lines_.position(parsed.offset);
      throw std::runtime_error("not well-formed at " + std::to_string(at.line) + ":" +
                               std::to_string(at.column) + ": " + parsed.description());
    }
    sink_.set_path_source(this);
    sink_.start_document();
    open_.push_back({});  // the document node: counts the root
    for (pugi::xml_node child : document.children()) visit(child);
    sink_.end_document();
  }

  std::string current_path() const override {
    std::string path;
    for (std::size_t i = 1; i < open_.size(); ++i) path += open_[i].step;
    return path;
  }
  std::string current_local_name() const override { return open_.back().local_name; }

 private:
  /// An open element: its path step, local name and how many children of each expanded name it
  /// has had.
  struct Open {
    std::string step;
    std::string local_name;
    std::map<std::string, int> children;
  };

  /// pugixml's offset of an element is that of its name; the position is that of its '<'.
  TextPosition position_of(pugi::xml_node node) const {
    std::ptrdiff_t offset = node.offset_debug();
    if (node.type() == pugi::node_element) --offset;
    return lines_.position(offset);
  }

  std::string resolve(std::string_view prefix, pugi::xml_node where) const {
    if (prefix == "xml") return "http://www.w3.org/XML/1998/namespace";
    for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope) {
      if (scope->first == prefix) return scope->second;
    }
    if (prefix.empty()) return {};
    const TextPosition at = position_of(where);
    throw std::runtime_error("undeclared prefix '" + std::string(prefix) + "' at line " +
                             std::to_string(at.line));
  }

  void visit(pugi::xml_node node) {
    switch (node.type()) {
      case pugi::node_element:
        visit_element(node);
        break;
      case pugi::node_pcdata:
      case pugi::node_cdata:
        sink_.characters(node.value(), position_of(node));
        break;
      case pugi::node_comment:
        sink_.comment(node.value(), position_of(node));
        break;
      case pugi::node_pi:
        sink_.processing_instruction(node.name(), node.value(), position_of(node));
        break;
      default:
        break;
    }
  }

  void visit_element(pugi::xml_node element) {
    const std::ptrdiff_t offset = element.offset_debug() - 1;
    if (offset < 0 || static_cast<std::size_t>(offset) >= text_.size() || text_[offset] != '<') {
      throw std::runtime_error(std::string("pugixml offset does not point at the start tag of ") +
                               element.name());
    }
    const std::size_t scope_mark = scopes_.size();
    for (pugi::xml_attribute attribute : element.attributes()) {
      const std::string_view name = attribute.name();
      if (name == "xmlns" || name.starts_with("xmlns:")) {
        std::string prefix(name == "xmlns" ? "" : name.substr(6));
        sink_.start_prefix_mapping(prefix, attribute.value());
        scopes_.emplace_back(std::move(prefix), attribute.value());
      }
    }
    const auto [prefix, local] = split(element.name());
    const std::string namespace_uri = resolve(prefix, element);
    // Resolved attribute namespaces must outlive the call; reserve so views stay valid.
    std::vector<std::string> attribute_namespaces;
    attribute_namespaces.reserve(
        std::distance(element.attributes_begin(), element.attributes_end()));
    std::vector<XmlAttribute> attributes;
    for (pugi::xml_attribute attribute : element.attributes()) {
      const std::string_view name = attribute.name();
      if (name == "xmlns" || name.starts_with("xmlns:")) continue;
      const auto [attribute_prefix, attribute_local] = split(name);
      // Unprefixed attributes are in no namespace (Namespaces in XML 1.0, §6.2).
      attribute_namespaces.push_back(attribute_prefix.empty() ? std::string()
                                                              : resolve(attribute_prefix, element));
      attributes.push_back(
          {attribute_namespaces.back(), attribute_local, attribute_prefix, attribute.value()});
    }
    const TextPosition position = position_of(element);
    const std::string expanded = "Q{" + namespace_uri + "}" + std::string(local);
    const int sibling_position = ++open_.back().children[expanded];
    open_.push_back(
        {"/" + expanded + "[" + std::to_string(sibling_position) + "]", std::string(local), {}});
    sink_.start_element({namespace_uri, local, prefix, attributes, position});
    for (pugi::xml_node child : element.children()) visit(child);
    sink_.end_element(namespace_uri, local, position);
    open_.pop_back();
    scopes_.resize(scope_mark);
  }

  static std::pair<std::string_view, std::string_view> split(std::string_view qname) {
    const std::size_t colon = qname.find(':');
    if (colon == std::string_view::npos) return {std::string_view(), qname};
    return {qname.substr(0, colon), qname.substr(colon + 1)};
  }

  std::string_view text_;
  LineIndex lines_;
  XmlEventSink& sink_;
  std::vector<std::pair<std::string, std::string>> scopes_;  // prefix -> namespace, innermost last
  std::vector<Open> open_;
};

}  // namespace

void drive_events(std::string_view text, XmlEventSink& sink) { Driver(text, sink).run(); }

int line_at(std::string_view text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

}  // namespace konform::codelist::test
