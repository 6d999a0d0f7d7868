#include "validator/schematron/source_tree.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>

#include <pugixml.hpp>

#include "validator/core/xml_space.h"
#include "validator/schematron/schema_error.h"

namespace konform::schematron {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxSchemaBytes = 64u * 1024u * 1024u;
constexpr std::size_t kMaxIncludeDepth = 32;
constexpr const char* kXmlNs = "http://www.w3.org/XML/1998/namespace";

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u; }
std::pair<std::string, std::string> split_qname(std::string_view qname) {
  auto colon = qname.find(':');
  if (colon == std::string_view::npos) return {"", std::string(qname)};
  return {std::string(qname.substr(0, colon)), std::string(qname.substr(colon + 1))};
}

bool inside(const fs::path& folder, const fs::path& file) {
  auto f = folder.begin();
  auto p = file.begin();
  for (; f != folder.end(); ++f, ++p) {
    if (f->empty()) continue;  // trailing separator
    if (p == file.end() || *f != *p) return false;
  }
  return true;
}

// A relative reference without scheme, authority, query or fragment (trusted rule sets may also
// name an absolute local path).
std::optional<std::string> href_problem(const std::string& href, Includes reach) {
  if (href.empty()) return "empty href";
  if (href.find('#') != std::string::npos || href.find('?') != std::string::npos)
    return "fragment identifiers and queries are not supported";
  const bool absolute = href.front() == '/' || href.front() == '\\';
  if (absolute && reach == Includes::kInsideRoot) return "absolute paths are not allowed";
  auto colon = href.find(':');
  auto slash = href.find('/');
  if (colon != std::string::npos && (slash == std::string::npos || colon < slash))
    return "URIs with a scheme are not allowed (only paths relative to the including file)";
  if (href.find('%') != std::string::npos) return "percent-encoded paths are not supported";
  return std::nullopt;
}

}  // namespace

SourceFile::SourceFile(fs::path file_path, std::string name, std::string content)
    : path(std::move(file_path)), display_name(std::move(name)), text(std::move(content)) {
  line_starts.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts.push_back(i + 1);
  }
}

TextPosition SourceFile::position(std::size_t offset) const {
  offset = std::min(offset, text.size());
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - line_starts.begin());  // 1-based
  std::size_t column = 1;
  for (std::size_t i = line_starts[line - 1]; i < offset; ++i) {
    if (!is_continuation_byte(text[i])) ++column;
  }
  return {static_cast<int>(line), static_cast<int>(column)};
}

std::optional<std::size_t> SourceFile::attribute_value_offset(std::size_t element_offset,
                                                              std::string_view qname) const {
  std::size_t i = element_offset;
  if (i >= text.size() || text[i] != '<') return std::nullopt;
  ++i;
  while (i < text.size() && !is_xml_space(text[i]) && text[i] != '>' && text[i] != '/') ++i;
  while (i < text.size()) {
    while (i < text.size() && is_xml_space(text[i])) ++i;
    if (i >= text.size() || text[i] == '>' || text[i] == '/') return std::nullopt;
    std::size_t name_start = i;
    while (i < text.size() && !is_xml_space(text[i]) && text[i] != '=') ++i;
    std::string_view name(text.data() + name_start, i - name_start);
    while (i < text.size() && is_xml_space(text[i])) ++i;
    if (i >= text.size() || text[i] != '=') return std::nullopt;
    ++i;
    while (i < text.size() && is_xml_space(text[i])) ++i;
    if (i >= text.size() || (text[i] != '"' && text[i] != '\'')) return std::nullopt;
    char quote = text[i++];
    std::size_t value_start = i;
    while (i < text.size() && text[i] != quote) ++i;
    if (name == qname) return value_start;
    ++i;
  }
  return std::nullopt;
}

std::size_t SourceFile::advance(std::size_t offset, std::size_t chars) const {
  std::size_t i = offset;
  while (chars > 0 && i < text.size()) {
    if (text[i] == '&') {
      auto semicolon = text.find(';', i);
      i = semicolon == std::string::npos ? i + 1 : semicolon + 1;
    } else {
      ++i;
      while (i < text.size() && is_continuation_byte(text[i])) ++i;
    }
    --chars;
  }
  return i;
}

const std::string* SchNode::attribute(std::string_view name) const {
  for (const auto& [key, value] : attributes) {
    if (key == name) return &value;
  }
  return nullptr;
}

std::string SchNode::attribute_or(std::string_view name, std::string fallback) const {
  const std::string* value = attribute(name);
  return value != nullptr ? *value : std::move(fallback);
}

std::string SchNode::namespaced_attribute(std::string_view ns_uri,
                                          std::string_view local_name) const {
  if (!namespaces) return {};
  for (const auto& [key, value] : attributes) {
    const auto colon = key.find(':');
    if (colon == std::string::npos || std::string_view(key).substr(colon + 1) != local_name) {
      continue;
    }
    const auto bound = namespaces->find(key.substr(0, colon));
    if (bound != namespaces->end() && bound->second == ns_uri) return value;
  }
  return {};
}

void SchNode::set_attribute(std::string_view name, std::string value) {
  for (auto& [key, old] : attributes) {
    if (key == name) {
      old = std::move(value);
      return;
    }
  }
  attributes.emplace_back(std::string(name), std::move(value));
}

void fail_at(const SchNode& node, const std::string& code, const std::string& message,
             std::string_view attribute, std::size_t chars_into_value) {
  if (!node.file) throw SchemaError("<unknown>", 0, 0, code, message);
  std::size_t offset = node.offset;
  if (!attribute.empty()) {
    if (auto value = node.file->attribute_value_offset(node.offset, attribute)) {
      offset = node.file->advance(*value, chars_into_value);
    }
  }
  TextPosition p = node.file->position(offset);
  throw SchemaError(node.file->display_name, p.line, p.column, code, message);
}

SourceLoader::SourceLoader(fs::path root, Includes reach) : reach_(reach) {
  std::error_code ec;
  root_ = fs::canonical(root, ec);
  if (ec || !fs::is_directory(root_)) {
    throw SchemaError(root.string(), 0, 0, kErrorInclude,
                      "the Schematron root folder does not exist: " + root.string());
  }
}

std::string SourceLoader::display_name_for(const fs::path& canonical) const {
  // A trusted include outside the root is named from the root ("../common.sch"), as its href
  // leads there: reports then name no folder of this machine.
  if (inside(root_, canonical) || reach_ == Includes::kLocalFileSystem)
    return canonical.lexically_relative(root_).generic_string();
  return canonical.generic_string();
}

namespace {

std::string read_file(const fs::path& file, const std::string& name) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw SchemaError(name, 0, 0, kErrorXml, "cannot read " + file.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.size() > kMaxSchemaBytes) {
    throw SchemaError(name, 0, 0, kErrorXml, "file larger than 64 MiB: " + file.string());
  }
  return text;
}

struct Converter {
  std::shared_ptr<const SourceFile> file;
  std::function<SchNode(const SchNode& include)> include;

  std::size_t offset_of(pugi::xml_node node) const {
    // pugixml counts offsets in its own UTF-8 copy of a document in another encoding (ISO-8859-1
    // grows by a byte per non-ASCII character), so an offset may lie past the text: the location
    // is then approximate, never a read beyond the text (found by fuzzing).
    const std::ptrdiff_t raw = node.offset_debug();
    if (raw < 0 || file->text.empty()) return 0;
    auto offset = std::min(static_cast<std::size_t>(raw), file->text.size() - 1);
    while (offset > 0 && file->text[offset] != '<') --offset;
    return offset;
  }

  SchNode element(pugi::xml_node node,
                  const std::shared_ptr<const std::map<std::string, std::string>>& parent_ns) {
    SchNode out;
    out.file = file;
    out.offset = offset_of(node);
    std::shared_ptr<std::map<std::string, std::string>> declared;
    for (pugi::xml_attribute a : node.attributes()) {
      std::string_view name = a.name();
      if (name == "xmlns" || name.rfind("xmlns:", 0) == 0) {
        if (!declared) declared = std::make_shared<std::map<std::string, std::string>>(*parent_ns);
        (*declared)[name == "xmlns" ? std::string() : std::string(name.substr(6))] = a.value();
      } else {
        out.attributes.emplace_back(std::string(name), a.value());
      }
    }
    out.namespaces =
        declared ? std::shared_ptr<const std::map<std::string, std::string>>(declared) : parent_ns;
    out.qname = node.name();
    auto [prefix, local] = split_qname(out.qname);
    out.local = local;
    if (prefix == "xml") {
      out.ns = kXmlNs;
    } else {
      auto it = out.namespaces->find(prefix);
      if (it != out.namespaces->end()) {
        out.ns = it->second;
      } else if (!prefix.empty()) {
        fail_at(out, kErrorXml, "unbound namespace prefix '" + prefix + "'");
      }
    }
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        if (!out.children.empty() && out.children.back().is_text) {
          out.children.back().text += child.value();
        } else {
          SchNode text;
          text.is_text = true;
          text.text = child.value();
          text.file = file;
          text.offset = out.offset;
          out.children.push_back(std::move(text));
        }
      } else if (child.type() == pugi::node_element) {
        SchNode sub = element(child, out.namespaces);
        if (sub.is_sch("include")) {
          out.children.push_back(include(sub));
        } else {
          out.children.push_back(std::move(sub));
        }
      }
    }
    return out;
  }
};

}  // namespace

SchNode SourceLoader::parse(std::shared_ptr<const SourceFile> file) {
  if (file->text.find("<!DOCTYPE") != std::string::npos) {
    throw SchemaError(file->display_name, 1, 1, kErrorXml,
                      "a DOCTYPE is not allowed in Schematron files");
  }
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(file->text.data(), file->text.size(),
                      pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
  if (!parsed) {
    TextPosition p =
        file->position(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, parsed.offset)));
    throw SchemaError(file->display_name, p.line, p.column, kErrorXml,
                      std::string("not well-formed XML: ") + parsed.description());
  }
  pugi::xml_node root = doc.document_element();
  if (!root) throw SchemaError(file->display_name, 1, 1, kErrorXml, "no root element");

  Converter converter{file, {}};
  fs::path folder = file->path.parent_path();
  converter.include = [this, folder](const SchNode& include) -> SchNode {
    std::string href = include.attribute_or("href");
    if (auto problem = href_problem(href, reach_)) {
      fail_at(include, kErrorInclude, "include href='" + href + "' refused: " + *problem, "href");
    }
    std::error_code ec;
    fs::path target = fs::weakly_canonical(folder / href, ec);
    if (ec || !fs::is_regular_file(target)) {
      fail_at(include, kErrorInclude, "included file not found: " + href, "href");
    }
    target = fs::canonical(target, ec);
    if (ec || (reach_ == Includes::kInsideRoot && !inside(root_, target))) {
      fail_at(include, kErrorInclude,
              "include href='" + href + "' resolves to " + target.string() + ", outside " +
                  root_.string() +
                  ": a profile's rule sets read only files inside the profile folder; copy the "
                  "included file into it",
              "href");
    }
    if (std::find(include_stack_.begin(), include_stack_.end(), target) != include_stack_.end()) {
      fail_at(include, kErrorInclude, "include cycle through " + href, "href");
    }
    if (include_stack_.size() >= kMaxIncludeDepth) {
      fail_at(include, kErrorInclude, "includes nested deeper than 32 levels", "href");
    }
    std::string name = display_name_for(target);
    auto included = std::make_shared<SourceFile>(target, name, read_file(target, name));
    remember_read(target);
    include_stack_.push_back(target);
    SchNode root_node = parse(included);
    include_stack_.pop_back();
    return root_node;
  };
  auto base_ns = std::make_shared<const std::map<std::string, std::string>>(
      std::map<std::string, std::string>{{"xml", kXmlNs}});
  return converter.element(root, base_ns);
}

void SourceLoader::remember_read(const fs::path& canonical) {
  if (std::find(files_read_.begin(), files_read_.end(), canonical) == files_read_.end())
    files_read_.push_back(canonical);
}

SchNode SourceLoader::load_file(const fs::path& file, std::string display_name) {
  std::error_code ec;
  fs::path canonical = fs::canonical(file, ec);
  if (ec) {
    throw SchemaError(display_name.empty() ? file.string() : display_name, 0, 0, kErrorXml,
                      "cannot read " + file.string());
  }
  if (display_name.empty()) display_name = display_name_for(canonical);
  auto source =
      std::make_shared<SourceFile>(canonical, display_name, read_file(canonical, display_name));
  remember_read(canonical);
  include_stack_ = {canonical};
  SchNode root = parse(source);
  include_stack_.clear();
  return root;
}

SchNode SourceLoader::load_text(std::string text, std::string display_name,
                                const fs::path& base_folder) {
  std::error_code ec;
  fs::path folder = fs::weakly_canonical(base_folder, ec);
  // A virtual file inside base_folder, so includes resolve relative to it.
  auto source = std::make_shared<SourceFile>(folder / "<memory>.sch", std::move(display_name),
                                             std::move(text));
  include_stack_.clear();
  return parse(source);
}

}  // namespace konform::schematron
