#include "validator/servicedef/xml_view.h"

#include "validator/core/xml_escape.h"

#include <algorithm>

namespace konform::servicedef {
namespace {

bool is_name_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool is_name_char(char c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

class ViewWriter {
 public:
  explicit ViewWriter(std::vector<YamlProblem>& problems) : problems_(problems) {}

  void line(const std::string& text, const ViewOrigin& origin) {
    xml_ += text;
    xml_ += '\n';
    lines_.push_back(origin);
  }

  /// Text or attribute content: markup escaped, line breaks as character references (one
  /// element per line), characters XML cannot carry replaced by U+FFFD and reported.
  std::string escape(std::string_view s, const ViewOrigin& origin) {
    bool replaced = false;
    std::string out = xml_escape_attribute(s, &replaced);
    if (replaced) {
      problems_.push_back({origin.position,
                           "a value holds a character XML cannot carry (control character or "
                           "invalid UTF-8); it was replaced by U+FFFD",
                           "ein Wert enthält ein Zeichen, das XML nicht darstellen kann "
                           "(Steuerzeichen oder ungültiges UTF-8); es wurde durch U+FFFD ersetzt"});
    }
    return out;
  }

  /// Start tag text for a key: its own name, or <key name="…"> when it cannot be one.
  std::pair<std::string, std::string> tag_for(std::string_view key, const ViewOrigin& origin) {
    if (is_view_name(key)) return {std::string(key), std::string(key)};
    return {"key name=\"" + escape(key, origin) + "\"", "key"};
  }

  void value(std::string_view key, const YamlNode& node, const ViewOrigin& origin,
             const std::string& indent) {
    auto [open, close] = tag_for(key, origin);
    switch (node.kind) {
      case YamlNode::Kind::kScalar:
        line(indent + "<" + open + " yamlType=\"" + node.type + "\">" + escape(node.value, origin) +
                 "</" + close + ">",
             origin);
        return;
      case YamlNode::Kind::kMap:
        if (node.entries.empty()) {
          line(indent + "<" + open + " yamlType=\"map\"/>", origin);
          return;
        }
        line(indent + "<" + open + ">", origin);
        entries(node, origin, indent + "  ");
        line(indent + "</" + close + ">", origin);
        return;
      case YamlNode::Kind::kSequence:
        if (node.items.empty()) {
          line(indent + "<" + open + " yamlType=\"seq\"/>", origin);
          return;
        }
        for (std::size_t i = 0; i < node.items.size(); ++i) {
          const YamlNode& item = *node.items[i];
          ViewOrigin item_origin =
              at(origin, item.position, origin.yaml_path + "[" + std::to_string(i) + "]");
          if (item.kind == YamlNode::Kind::kSequence) {
            // A list inside a list: the outer item holds <item> elements.
            line(indent + "<" + open + ">", item_origin);
            value("item", item, item_origin, indent + "  ");
            line(indent + "</" + close + ">", item_origin);
          } else {
            value(key, item, item_origin, indent);
          }
        }
        return;
    }
  }

  /// A mapping's entries, sorted by key (code-point order) so the XSD can use xs:sequence.
  void entries(const YamlNode& map, const ViewOrigin& parent, const std::string& indent) {
    std::vector<const YamlEntry*> sorted;
    for (const auto& entry : map.entries) sorted.push_back(&entry);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const YamlEntry* a, const YamlEntry* b) { return a->key < b->key; });
    for (const YamlEntry* entry : sorted) {
      const std::string path =
          parent.yaml_path.empty() ? entry->key : parent.yaml_path + "." + entry->key;
      value(entry->key, *entry->value, at(parent, entry->position, path), indent);
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

  XmlView take() { return {std::move(xml_), std::move(lines_)}; }

 private:
  std::vector<YamlProblem>& problems_;
  std::string xml_;
  std::vector<ViewOrigin> lines_;
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
  ViewWriter writer(problems);
  const ViewOrigin top{{1, 1}, "", "", {}};
  writer.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", top);
  writer.line("<serviceDefinition xmlns=\"" + std::string(kNamespace) + "\">", top);
  if (publiccode_shape) {
    writer.line("  <publiccode>", top);
    writer.entries(root, top, "    ");
    writer.line("  </publiccode>", top);
  } else {
    std::vector<const YamlEntry*> sorted;
    for (const auto& entry : root.entries) sorted.push_back(&entry);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const YamlEntry* a, const YamlEntry* b) { return a->key < b->key; });
    for (const YamlEntry* entry : sorted) {
      ViewOrigin origin{entry->position, entry->key, "", {}};
      const bool is_reference = entry->key == "publiccode" &&
                                entry->value->kind == YamlNode::Kind::kScalar &&
                                entry->value->type == "str";
      if (!is_reference) {
        writer.value(entry->key, *entry->value, origin, "  ");
        continue;
      }
      // The referenced publiccode.yml's keys, located in that file.
      const std::string ref = writer.escape(referenced.path, origin);
      if (referenced.root == nullptr || referenced.root->entries.empty()) {
        writer.line("  <publiccode ref=\"" + ref + "\" yamlType=\"null\"/>", origin);
        continue;
      }
      writer.line("  <publiccode ref=\"" + ref + "\">", origin);
      ViewOrigin inside = origin;
      inside.file = referenced.path;
      inside.file_position = referenced.root->position;
      writer.entries(*referenced.root, inside, "    ");
      writer.line("  </publiccode>", origin);
    }
  }
  writer.line("</serviceDefinition>", top);
  return writer.take();
}

}  // namespace konform::servicedef
