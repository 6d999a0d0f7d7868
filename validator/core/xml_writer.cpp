#include "validator/core/xml_writer.h"

#include <stdexcept>

#include "validator/core/xml_escape.h"

namespace konform {
namespace {

constexpr std::string_view kIndent = "  ";

// Letters, '_' and any byte of a non-ASCII (UTF-8) character: the prefixes of imported
// configurations may hold those. Nothing that could end a tag or a quoted value gets through.
bool is_name_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

// Stricter than XML's Name production for ASCII; names are konform's own, checked by the caller
// (servicedef::is_view_name) or prefixes of imported configurations.
void require_name(std::string_view name) {
  bool valid = !name.empty() && is_name_start(name.front());
  for (const char c : name) {
    valid =
        valid && (is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':');
  }
  if (!valid) throw std::logic_error("XmlWriter: not an XML name: " + std::string(name));
}

}  // namespace

XmlWriter::XmlWriter(std::ostream& out, TextLines text_lines)
    : out_(out), text_lines_(text_lines) {}

void XmlWriter::declaration() {
  if (anything_written_) throw std::logic_error("XmlWriter: the declaration must come first");
  put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
}

void XmlWriter::comment(std::string_view text) {
  begin_child_line();
  indent();
  bool replaced = false;
  put("<!--" + xml_comment_text(text, &replaced) + "-->\n");
  count_replacement(replaced);
}

void XmlWriter::start_element(std::string_view name, WhenEmpty when_empty) {
  require_name(name);
  if (open_.empty() && root_written_) {
    throw std::logic_error("XmlWriter: a second root element " + std::string(name));
  }
  begin_child_line();
  indent();
  put("<");
  put(name);
  open_.push_back({std::string(name), when_empty});
  root_written_ = true;
  start_tag_open_ = true;
}

void XmlWriter::namespace_declaration(std::string_view uri, std::string_view prefix) {
  attribute(prefix.empty() ? std::string("xmlns") : "xmlns:" + std::string(prefix), uri);
}

void XmlWriter::attribute(std::string_view name, std::string_view value) {
  if (!start_tag_open_) {
    throw std::logic_error("XmlWriter: attribute " + std::string(name) + " outside a start tag");
  }
  require_name(name);
  bool replaced = false;
  put(" " + std::string(name) + "=\"" + xml_escape_attribute(value, &replaced) + "\"");
  count_replacement(replaced);
}

void XmlWriter::optional_attribute(std::string_view name, std::string_view value) {
  if (!value.empty()) attribute(name, value);
}

void XmlWriter::text(std::string_view text) {
  if (open_.empty()) throw std::logic_error("XmlWriter: text outside the root element");
  Open& element = open_.back();
  if (element.has_children) {
    throw std::logic_error("XmlWriter: mixed content in " + element.name);
  }
  if (start_tag_open_) put(">");
  start_tag_open_ = false;
  element.has_text = true;
  bool replaced = false;
  put(text_lines_ == TextLines::kOnOneLine ? xml_escape_attribute(text, &replaced)
                                           : xml_escape_text(text, &replaced));
  count_replacement(replaced);
}

void XmlWriter::end_element() {
  if (open_.empty()) throw std::logic_error("XmlWriter: an end tag without a start tag");
  const Open element = std::move(open_.back());
  open_.pop_back();
  if (start_tag_open_) {
    start_tag_open_ = false;
    if (element.when_empty == WhenEmpty::kSelfClose) {
      put("/>\n");
      return;
    }
    put(">\n");
    indent();
  } else if (element.has_children) {
    indent();
  }
  put("</" + element.name + ">\n");
}

void XmlWriter::text_element(std::string_view name, std::string_view text) {
  start_element(name);
  this->text(text);
  end_element();
}

void XmlWriter::finish() const {
  if (!open_.empty()) {
    throw std::logic_error("XmlWriter: element " + open_.back().name + " is not ended");
  }
}

void XmlWriter::put(std::string_view bytes) {
  if (bytes.empty()) return;
  out_ << bytes;
  for (const char c : bytes) newlines_ += c == '\n' ? 1 : 0;
  line_open_ = bytes.back() != '\n';
  anything_written_ = true;
}

void XmlWriter::indent() {
  for (std::size_t level = 0; level < open_.size(); ++level) put(kIndent);
}

void XmlWriter::begin_child_line() {
  if (open_.empty()) return;
  Open& parent = open_.back();
  if (parent.has_text) throw std::logic_error("XmlWriter: mixed content in " + parent.name);
  if (start_tag_open_) put(">\n");
  start_tag_open_ = false;
  parent.has_children = true;
}

void XmlWriter::count_replacement(bool replaced) { replacements_ += replaced ? 1 : 0; }

}  // namespace konform
