#include "validator/codelist/genericode_reader.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <utility>

#include <pugixml.hpp>

#include "validator/codelist/line_index.h"
#include "validator/core/config_error.h"
#include "validator/core/xml_space.h"
#include "validator/xsdtypes/plain_date.h"

namespace konform::codelist {
namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

/// The XÖV annotation namespaces, oldest first; the index + 1 is the generation.
constexpr std::array<std::string_view, 4> kXoevNamespaces = {
    "http://xoev.de/schemata/genericode/1_0",
    "http://xoev.de/schemata/genericode/2",
    "http://xoev.de/schemata/genericode/3",
    "http://xoev.de/schemata/genericode/4",
};

int xoev_generation(std::string_view namespace_uri) {
  for (std::size_t i = 0; i < kXoevNamespaces.size(); ++i) {
    if (kXoevNamespaces[i] == namespace_uri) return static_cast<int>(i) + 1;
  }
  return 0;
}

struct ExpandedName {
  std::string namespace_uri;
  std::string local_name;
};

/// Resolves the element's prefix against the xmlns declarations in scope (pugixml does not
/// process namespaces). An undeclared prefix resolves to nullopt.
std::optional<ExpandedName> expanded_name(pugi::xml_node element) {
  const std::string_view qname = element.name();
  const std::size_t colon = qname.find(':');
  const std::string_view prefix = colon == std::string_view::npos ? "" : qname.substr(0, colon);
  ExpandedName name{"",
                    std::string(colon == std::string_view::npos ? qname : qname.substr(colon + 1))};
  if (prefix == "xml") {
    name.namespace_uri = kXmlNamespace;
    return name;
  }
  const std::string attribute = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
  for (pugi::xml_node scope = element; scope; scope = scope.parent()) {
    if (scope.type() != pugi::node_element) break;
    if (pugi::xml_attribute declaration = scope.attribute(attribute.c_str())) {
      name.namespace_uri = declaration.value();
      return name;
    }
  }
  if (prefix.empty()) return name;  // no default namespace declared: no namespace
  return std::nullopt;
}

/// All character data directly inside `element` (text and CDATA), whitespace-collapsed.
std::string text_of(pugi::xml_node element) {
  std::string text;
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      text += child.value();
    }
  }
  return collapse_whitespace(text);
}

class Reader {
 public:
  Reader(std::string_view text, std::string source_name)
      : text_(text), lines_(text), source_name_(std::move(source_name)) {}

  CodeList read() {
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer(text_.data(), text_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
      fail_at(parsed.offset, std::string("not well-formed XML: ") + parsed.description());
    }
    const pugi::xml_node root = document.document_element();
    const std::optional<ExpandedName> root_name = expanded_name(root);
    if (!root_name || root_name->namespace_uri != kGenericodeNamespace ||
        root_name->local_name != "CodeList") {
      fail(root, "not a genericode 1.0 code list: the root element is '" +
                     std::string(root.name()) + "', expected CodeList in namespace " +
                     std::string(kGenericodeNamespace));
    }
    XoevMetadata xoev = read_annotation(root.child("Annotation"));
    Identification identification = read_identification(root);
    read_column_set(root);
    read_rows(root);
    return CodeList(source_name_, std::move(identification), std::move(xoev), std::move(columns_),
                    std::move(keys_), std::move(pool_), std::move(cells_), std::move(defects_));
  }

 private:
  [[noreturn]] void fail_at(std::ptrdiff_t offset, const std::string& message) const {
    const TextPosition at = lines_.position(offset);
    throw ConfigError("genericode: " + message, source_name_, at.line, at.column);
  }
  [[noreturn]] void fail(pugi::xml_node node, const std::string& message) const {
    fail_at(start_of(node), message);
  }
  /// pugixml reports an element at its name; point at the '<' as other parsers do.
  std::ptrdiff_t start_of(pugi::xml_node node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    if (node.type() == pugi::node_element && offset > 0 &&
        static_cast<std::size_t>(offset) <= text_.size() && text_[offset - 1] == '<') {
      return offset - 1;
    }
    return offset;
  }
  void note(pugi::xml_node node, const std::string& message) {
    const TextPosition at = lines_.position(start_of(node));
    defects_.push_back("line " + std::to_string(at.line) + ": " + message);
  }

  pugi::xml_node required_child(pugi::xml_node parent, const char* name) const {
    pugi::xml_node child = parent.child(name);
    if (!child) fail(parent, std::string("missing ") + name + " in " + parent.name());
    return child;
  }
  std::string required_text(pugi::xml_node parent, const char* name) const {
    pugi::xml_node child = required_child(parent, name);
    std::string text = text_of(child);
    if (text.empty()) fail(child, std::string("empty ") + name + " in " + parent.name());
    return text;
  }

  XoevMetadata read_annotation(pugi::xml_node annotation) {
    XoevMetadata xoev;
    // Fields per generation; a newer generation overwrites an older one.
    std::array<int, 7> field_generation{};
    auto take = [&](std::size_t field, std::string& target, int generation,
                    const std::string& text) {
      if (generation >= field_generation[field]) {
        field_generation[field] = generation;
        target = text;
      }
    };
    for (pugi::xml_node element : annotation.child("Description").children()) {
      if (element.type() != pugi::node_element) continue;
      const std::optional<ExpandedName> name = expanded_name(element);
      if (!name)
        fail(element, "undeclared namespace prefix in '" + std::string(element.name()) + "'");
      const int generation = xoev_generation(name->namespace_uri);
      if (generation == 0) continue;
      xoev.generation = std::max(xoev.generation, generation);
      const std::string text = text_of(element);
      xoev.all.push_back({name->namespace_uri, name->local_name, text});
      const std::string& local = name->local_name;
      if (local == "nameKurz" || local == "shortName") {
        take(0, xoev.short_name, generation, text);
      } else if (local == "beschreibung" || local == "beschreibung-codeliste" ||
                 local == "codelistDescription") {
        take(1, xoev.description, generation, text);
      } else if (local == "herausgebernameKurz" || local == "agencyShortName") {
        take(2, xoev.agency_short_name, generation, text);
      } else if (local == "beschreibung-versionCodeliste" || local == "versionDescription") {
        take(3, xoev.version_description, generation, text);
      } else if (local == "datumgueltigkeitab" || local == "datumGueltigkeitAb" ||
                 local == "validFrom") {
        // A malformed date only loses the date check, so it is noted, not fatal.
        if (auto date = xsdtypes::plain_date_of(text)) {
          take(4, xoev.valid_from, generation, std::string(*date));
        } else {
          note(element,
               "'" + text + "' in " + local + " is not a date YYYY-MM-DD; ignored for date checks");
        }
      } else if (local == "versionXOEVHandbuch" || local == "versionCodelistenHandbuch" ||
                 local == "versionHandbook") {
        take(5, xoev.handbook_version, generation, text);
      } else if (local == "aenderungZurVorversion" || local == "changes") {
        take(6, xoev.changes, generation, text);
      }
    }
    return xoev;
  }

  Identification read_identification(pugi::xml_node root) const {
    const pugi::xml_node node = required_child(root, "Identification");
    Identification identification;
    identification.short_name = required_text(node, "ShortName");
    identification.long_name = text_of(node.child("LongName"));
    identification.version = required_text(node, "Version");
    identification.canonical_uri = required_text(node, "CanonicalUri");
    identification.canonical_version_uri = required_text(node, "CanonicalVersionUri");
    for (pugi::xml_node uri : node.children("LocationUri")) {
      identification.location_uris.push_back(text_of(uri));
    }
    for (pugi::xml_node uri : node.children("AlternateFormatLocationUri")) {
      identification.alternate_format_location_uris.push_back(text_of(uri));
    }
    const pugi::xml_node agency = node.child("Agency");
    identification.agency_short_name = text_of(agency.child("ShortName"));
    identification.agency_long_name = text_of(agency.child("LongName"));
    return identification;
  }

  void read_column_set(pugi::xml_node root) {
    const pugi::xml_node set = root.child("ColumnSet");
    if (!set) {
      if (pugi::xml_node ref = root.child("ColumnSetRef")) {
        fail(ref,
             "ColumnSetRef (a column set kept in another resource) is not supported: "
             "konform reads only the given file");
      }
      fail(root, "missing ColumnSet in CodeList");
    }
    for (pugi::xml_node node : set.children("Column")) {
      Column column;
      column.id = node.attribute("Id").value();
      if (column.id.empty()) fail(node, "Column without Id");
      if (column_index(column.id)) fail(node, "duplicate Column Id '" + column.id + "'");
      const std::string_view use = node.attribute("Use").value();
      if (use == "required") {
        column.use = ColumnUse::kRequired;
      } else if (use.empty() || use == "optional") {
        column.use = ColumnUse::kOptional;
      } else {
        fail(node, "Column '" + column.id + "' has Use='" + std::string(use) +
                       "', expected 'required' or 'optional'");
      }
      column.short_name = text_of(node.child("ShortName"));
      column.long_name = text_of(node.child("LongName"));
      column.data_type = node.child("Data").attribute("Type").value();
      column.language = node.child("Data").attribute("Lang").value();
      columns_.push_back(std::move(column));
    }
    if (set.child("ColumnRef")) {
      fail(set.child("ColumnRef"),
           "ColumnRef (a column kept in another resource) is not supported");
    }
    if (columns_.empty()) fail(set, "ColumnSet has no Column");
    for (pugi::xml_node node : set.children("Key")) {
      Key key;
      key.id = node.attribute("Id").value();
      if (key.id.empty()) fail(node, "Key without Id");
      for (const Key& other : keys_) {
        if (other.id == key.id) fail(node, "duplicate Key Id '" + key.id + "'");
      }
      key.short_name = text_of(node.child("ShortName"));
      for (pugi::xml_node ref : node.children("ColumnRef")) {
        const std::string_view name = ref.attribute("Ref").value();
        const std::optional<std::size_t> column = column_index(name);
        if (!column) {
          fail(ref, "Key '" + key.id + "' refers to unknown column '" + std::string(name) + "'");
        }
        key.columns.push_back(*column);
      }
      if (key.columns.empty()) fail(node, "Key '" + key.id + "' has no ColumnRef");
      key.marker = key_marker(node);
      keys_.push_back(std::move(key));
    }
    const bool has_single_column_key = std::any_of(
        keys_.begin(), keys_.end(), [](const Key& key) { return key.columns.size() == 1; });
    if (!has_single_column_key) {
      fail(set, "ColumnSet has no single-column Key, so the code column cannot be determined");
    }
  }

  KeyMarker key_marker(pugi::xml_node key) const {
    for (pugi::xml_node element : key.child("Annotation").child("AppInfo").children()) {
      if (element.type() != pugi::node_element) continue;
      const std::optional<ExpandedName> name = expanded_name(element);
      if (!name) continue;
      const int generation = xoev_generation(name->namespace_uri);
      if ((generation == 1 || generation == 2) && name->local_name == "xoev-code") {
        return KeyMarker::kXoevCode;
      }
      if (generation == 3 && name->local_name == "empfohleneCodeSpalte") {
        return KeyMarker::kEmpfohleneCodeSpalte;
      }
      if (generation == 4 && name->local_name == "recommendedKeyColumn") {
        return KeyMarker::kRecommendedKeyColumn;
      }
    }
    return KeyMarker::kNone;
  }

  void read_rows(pugi::xml_node root) {
    const pugi::xml_node list = root.child("SimpleCodeList");
    if (!list) fail(root, "missing SimpleCodeList in CodeList");
    const std::size_t width = columns_.size();
    // Key values seen so far (per key: joined value ids -> offset of the row) to reject duplicates.
    std::vector<std::unordered_map<std::string, std::ptrdiff_t>> seen(keys_.size());
    for (pugi::xml_node row : list.children("Row")) {
      const std::size_t first_cell = cells_.size();
      cells_.resize(first_cell + width, CodeList::kNoValue);
      std::optional<std::size_t> previous;
      for (pugi::xml_node value : row.children("Value")) {
        std::size_t column = 0;
        if (pugi::xml_attribute ref = value.attribute("ColumnRef")) {
          const std::optional<std::size_t> found = column_index(ref.value());
          if (!found) {
            fail(value, "Value refers to unknown column '" + std::string(ref.value()) + "'");
          }
          column = *found;
        } else {
          // genericode: a Value without ColumnRef belongs to the column after the previous one.
          column = previous ? *previous + 1 : 0;
          if (column >= width) fail(value, "Value without ColumnRef after the last column");
        }
        previous = column;
        if (cells_[first_cell + column] != CodeList::kNoValue) {
          fail(value, "second Value for column '" + columns_[column].id + "' in one Row");
        }
        if (pugi::xml_node complex = value.child("ComplexValue")) {
          fail(complex, "ComplexValue is not supported");
        }
        if (pugi::xml_node simple = value.child("SimpleValue")) {
          cells_[first_cell + column] = pool_.intern(text_of(simple));
        }
      }
      // A missing key value is fatal (check_key_values); a missing value of another required
      // column does not hinder checking codes, so it is noted.
      check_key_values(row, first_cell, seen);
      for (std::size_t column = 0; column < width; ++column) {
        if (columns_[column].use == ColumnUse::kRequired &&
            cells_[first_cell + column] == CodeList::kNoValue) {
          note(row, "Row has no value for required column '" + columns_[column].id + "'");
        }
      }
    }
  }

  void check_key_values(pugi::xml_node row, std::size_t first_cell,
                        std::vector<std::unordered_map<std::string, std::ptrdiff_t>>& seen) const {
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      std::string joined;
      for (std::size_t column : keys_[k].columns) {
        const StringPool::Id id = cells_[first_cell + column];
        if (id == CodeList::kNoValue) {
          fail(row, "Row has no value for column '" + columns_[column].id + "' of Key '" +
                        keys_[k].id + "'");
        }
        joined.append(reinterpret_cast<const char*>(&id), sizeof id);
      }
      const auto [existing, inserted] = seen[k].emplace(joined, start_of(row));
      if (!inserted) {
        std::string shown;
        for (std::size_t column : keys_[k].columns) {
          if (!shown.empty()) shown += ", ";
          shown += pool_.view(cells_[first_cell + column]);
        }
        fail(row, "duplicate value '" + shown + "' of Key '" + keys_[k].id +
                      "' (first used in the Row at line " +
                      std::to_string(lines_.position(existing->second).line) + ")");
      }
    }
  }

  std::optional<std::size_t> column_index(std::string_view id) const {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (columns_[i].id == id) return i;
    }
    return std::nullopt;
  }

  std::string_view text_;
  LineIndex lines_;
  std::string source_name_;
  std::vector<Column> columns_;
  std::vector<Key> keys_;
  StringPool pool_;
  std::vector<StringPool::Id> cells_;
  std::vector<std::string> defects_;
};

}  // namespace

CodeList read_genericode_file(const std::filesystem::path& file) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) throw ConfigError("cannot open code list file", file.string());
  std::ostringstream content;
  content << stream.rdbuf();
  if (stream.bad()) throw ConfigError("cannot read code list file", file.string());
  const std::string text = content.str();
  return parse_genericode(text, file.string());
}

CodeList parse_genericode(std::string_view text, const std::string& source_name) {
  return Reader(text, source_name).read();
}

}  // namespace konform::codelist
