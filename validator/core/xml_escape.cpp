#include "validator/core/xml_escape.h"

#include "validator/core/utf8.h"

namespace konform {
namespace {

// XML 1.0 §2.2 Char production.
bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

std::string xml_escape(std::string_view text, bool attribute, bool* replaced) {
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
    switch (ch.code_point) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
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

std::string xml_escape_text(std::string_view text, bool* replaced) {
  if (replaced != nullptr) *replaced = false;
  return xml_escape(text, false, replaced);
}

std::string xml_escape_attribute(std::string_view text, bool* replaced) {
  if (replaced != nullptr) *replaced = false;
  return xml_escape(text, true, replaced);
}

}  // namespace konform
