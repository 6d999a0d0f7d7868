#include "validator/servicedef/xml_view.h"

#include <algorithm>
#include <sstream>

#include "validator/core/xml_writer.h"

namespace konform::servicedef {
namespace {

bool is_name_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool is_name_char(char c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/// A mapping's entries, sorted by key (code-point order) so the XSD can use xs:sequence.
std::vector<const YamlEntry*> sorted_entries(const YamlNode& map) {
  std::vector<const YamlEntry*> sorted;
  for (const auto& entry : map.entries) sorted.push_back(&entry);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const YamlEntry* a, const YamlEntry* b) { return a->key < b->key; });
  return sorted;
}

/// Writes one element per line (text escaped so it stays on its line) and remembers where each
/// line comes from.
class ViewWriter {
 public:
  explicit ViewWriter(std::vector<YamlProblem>& problems)
      : problems_(problems), xml_(out_, XmlWriter::TextLines::kOnOneLine) {}

  XmlWriter& xml() { return xml_; }

  /// Ties the lines begun since the last call to `origin`, and reports each value written since
  /// then that held a character XML cannot carry (it became U+FFFD).
  void written(const ViewOrigin& origin) {
    while (lines_.size() < xml_.line_count()) lines_.push_back(origin);
    for (; reported_ < xml_.replacements(); ++reported_) {
      problems_.push_back({origin.position,
                           "a value holds a character XML cannot carry (control character or "
                           "invalid UTF-8); it was replaced by U+FFFD",
                           "ein Wert enthält ein Zeichen, das XML nicht darstellen kann "
                           "(Steuerzeichen oder ungültiges UTF-8); es wurde durch U+FFFD ersetzt"});
    }
  }

  /// The element of a key: its own name, or <key name="…"> when it cannot be one.
  void start(std::string_view key) {
    if (is_view_name(key)) {
      xml_.start_element(key);
      return;
    }
    xml_.start_element("key");
    xml_.attribute("name", key);
  }

  void value(std::string_view key, const YamlNode& node, const ViewOrigin& origin) {
    switch (node.kind) {
      case YamlNode::Kind::kScalar:
        start(key);
        xml_.attribute("yamlType", node.type);
        xml_.text(node.value);
        xml_.end_element();
        written(origin);
        return;
      case YamlNode::Kind::kMap:
        start(key);
        if (node.entries.empty()) xml_.attribute("yamlType", "map");
        written(origin);
        entries(node, origin);
        xml_.end_element();
        written(origin);
        return;
      case YamlNode::Kind::kSequence:
        if (node.items.empty()) {
          start(key);
          xml_.attribute("yamlType", "seq");
          xml_.end_element();
          written(origin);
          return;
        }
        for (std::size_t i = 0; i < node.items.size(); ++i) {
          const YamlNode& item = *node.items[i];
          ViewOrigin item_origin =
              at(origin, item.position, origin.yaml_path + "[" + std::to_string(i) + "]");
          if (item.kind == YamlNode::Kind::kSequence) {
            // A list inside a list: the outer item holds <item> elements.
            start(key);
            written(item_origin);
            value("item", item, item_origin);
            xml_.end_element();
            written(item_origin);
          } else {
            value(key, item, item_origin);
          }
        }
        return;
    }
  }

  void entries(const YamlNode& map, const ViewOrigin& parent) {
    for (const YamlEntry* entry : sorted_entries(map)) {
      const std::string path =
          parent.yaml_path.empty() ? entry->key : parent.yaml_path + "." + entry->key;
      value(entry->key, *entry->value, at(parent, entry->position, path));
    }
  }

  /// The origin of a child: in the definition itself, or inside a referenced file.
  static ViewOrigin at(const ViewOrigin& parent, YamlPosition position, std::string path) {
    ViewOrigin origin = parent;
    origin.yaml_path = std::move(path);
    if (parent.file.empty()) {
      origin.position = position;
    } else {
      origin.file_position = position;
    }
    return origin;
  }

  XmlView take() {
    xml_.finish();
    return {out_.str(), std::move(lines_)};
  }

 private:
  std::vector<YamlProblem>& problems_;
  std::ostringstream out_;
  XmlWriter xml_;
  std::vector<ViewOrigin> lines_;
  std::size_t reported_ = 0;
};

}  // namespace

const ViewOrigin& XmlView::origin_of(int line) const {
  static const ViewOrigin kNone;
  if (lines.empty()) return kNone;
  const auto index = static_cast<std::size_t>(std::max(line, 1) - 1);
  return lines[std::min(index, lines.size() - 1)];
}

bool is_view_name(std::string_view name) {
  if (name.empty() || !is_name_start(name.front())) return false;
  if (!std::all_of(name.begin(), name.end(), is_name_char)) return false;
  auto lower = [](char c) { return static_cast<char>(c | 0x20); };
  return !(name.size() >= 3 && lower(name[0]) == 'x' && lower(name[1]) == 'm' &&
           lower(name[2]) == 'l');
}

XmlView write_view(const YamlNode& root, bool publiccode_shape,
                   const ReferencedPubliccode& referenced, std::vector<YamlProblem>& problems) {
  constexpr auto kOpenAndClose = XmlWriter::WhenEmpty::kOpenAndClose;
  ViewWriter writer(problems);
  XmlWriter& xml = writer.xml();
  const ViewOrigin top{{1, 1}, "", "", {}};
  xml.declaration();
  xml.start_element("serviceDefinition", kOpenAndClose);
  xml.namespace_declaration(kNamespace);
  writer.written(top);
  if (publiccode_shape) {
    xml.start_element("publiccode", kOpenAndClose);
    writer.written(top);
    writer.entries(root, top);
    xml.end_element();
    writer.written(top);
  } else {
    for (const YamlEntry* entry : sorted_entries(root)) {
      ViewOrigin origin{entry->position, entry->key, "", {}};
      const bool is_reference = entry->key == "publiccode" &&
                                entry->value->kind == YamlNode::Kind::kScalar &&
                                entry->value->type == "str";
      if (!is_reference) {
        writer.value(entry->key, *entry->value, origin);
        continue;
      }
      // The referenced publiccode.yml's keys, located in that file.
      xml.start_element("publiccode");
      xml.attribute("ref", referenced.path);
      if (referenced.root == nullptr || referenced.root->entries.empty()) {
        xml.attribute("yamlType", "null");
        xml.end_element();
        writer.written(origin);
        continue;
      }
      writer.written(origin);
      ViewOrigin inside = origin;
      inside.file = referenced.path;
      inside.file_position = referenced.root->position;
      writer.entries(*referenced.root, inside);
      xml.end_element();
      writer.written(origin);
    }
  }
  xml.end_element();
  writer.written(top);
  return writer.take();
}

}  // namespace konform::servicedef
