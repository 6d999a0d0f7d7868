#include "validator/core/xml_escape.h"

#include "validator/core/utf8.h"

namespace konform {
namespace {

// XML 1.0 §2.2 Char production.
bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

enum class Context { kText, kAttribute, kComment };

std::string xml_escape(std::string_view text, Context context, bool* replaced) {
  const bool attribute = context == Context::kAttribute;
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const DecodedChar ch = decode_utf8(text, pos);
    const std::string_view bytes = text.substr(pos, ch.length);
    pos += ch.length;
    if (!ch.valid || !is_xml_char(ch.code_point)) {
      if (replaced != nullptr) *replaced = true;
      out += kReplacementChar;
      continue;
    }
    if (context == Context::kComment) {
      // A comment holds no references: only "--" (which would end it) is broken up.
      if (ch.code_point == '-' && !out.empty() && out.back() == '-') out += ' ';
      out += bytes;
      continue;
    }
    if (const std::string_view entity = markup_entity(ch.code_point); !entity.empty()) {
      out += entity;
      continue;
    }
    switch (ch.code_point) {
      case '\r':
        out += "&#13;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\'':
        out += attribute ? "&apos;" : "'";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      default:
        out += bytes;
    }
  }
  return out;
}

}  // namespace

std::string_view markup_entity(char32_t c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    default:
      return {};
  }
}

std::string xml_escape_text(std::string_view text, bool* replaced) {
  if (replaced != nullptr) *replaced = false;
  return xml_escape(text, Context::kText, replaced);
}

std::string xml_escape_attribute(std::string_view text, bool* replaced) {
  if (replaced != nullptr) *replaced = false;
  return xml_escape(text, Context::kAttribute, replaced);
}

std::string xml_comment_text(std::string_view text, bool* replaced) {
  if (replaced != nullptr) *replaced = false;
  std::string out = xml_escape(text, Context::kComment, replaced);
  if (!out.empty() && out.back() == '-') out += ' ';  // "--->" would not end the comment
  return out;
}

}  // namespace konform
