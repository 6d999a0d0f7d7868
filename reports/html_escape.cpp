#include "reports/html_escape.h"

#include "validator/core/utf8.h"
#include "validator/core/xml_escape.h"

namespace konform::reports {
namespace {

// HTML Living Standard §13.2.5.80 "numeric character reference end state" and §13.2.2
// "preprocessing the input stream": controls other than ASCII whitespace and noncharacters are
// parse errors.
bool is_html_forbidden(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\f' || c == '\r') return false;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
  if (c >= 0xFDD0 && c <= 0xFDEF) return true;
  return (c & 0xFFFE) == 0xFFFE;  // U+FFFE, U+FFFF and their counterparts in every plane
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const DecodedChar ch = decode_utf8(text, pos);
    const std::string_view bytes = text.substr(pos, ch.length);
    pos += ch.length;
    if (!ch.valid || is_html_forbidden(ch.code_point)) {
      out += kReplacementChar;
      continue;
    }
    if (const std::string_view entity = markup_entity(ch.code_point); !entity.empty()) {
      out += entity;
      continue;
    }
    switch (ch.code_point) {
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\f':
        out += ' ';
        break;
      case '\r':
        // CRLF is one line break; a lone CR is one too.
        if (pos < text.size() && text[pos] == '\n') break;
        out += '\n';
        break;
      default:
        out += bytes;
    }
  }
  return out;
}

}  // namespace konform::reports
