#include "reports/html_escape.h"

#include "validator/core/utf8_rewrite.h"
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
  return rewrite_utf8(
      text, is_html_forbidden,
      [](std::string& out, char32_t c, std::string_view bytes, std::string_view rest) {
        if (const std::string_view entity = markup_entity(c); !entity.empty()) {
          out += entity;
          return;
        }
        switch (c) {
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
            if (rest.starts_with('\n')) break;
            out += '\n';
            break;
          default:
            out += bytes;
        }
      });
}

}  // namespace konform::reports
