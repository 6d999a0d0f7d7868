#include "reports/escape.h"

#include "validator/core/utf8_rewrite.h"
#include "validator/core/xml_escape.h"

namespace konform::reports {
namespace {

bool is_terminal_control(char32_t c) { return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F); }

std::string github_escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  return rewrite_utf8(
      text, is_terminal_control,
      [](std::string& out, char32_t, std::string_view bytes, std::string_view) { out += bytes; });
}

std::string github_escape_data(std::string_view text) { return github_escape(text, false); }

std::string github_escape_property(std::string_view text) { return github_escape(text, true); }

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (const std::string_view entity = markup_entity(static_cast<unsigned char>(c));
        !entity.empty()) {
      out += entity;
      continue;
    }
    switch (c) {
      case '\\':
      case '|':
      case '*':
      case '_':
      case '~':
      case '[':
      case ']':
      case '`':
        out += '\\';
        out += c;
        break;
      case '\r':
        // CRLF is one line break; a lone CR is one too.
        if (i + 1 < text.size() && text[i + 1] == '\n') break;
        out += "<br>";
        break;
      case '\n':
        out += "<br>";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string uri_escape_path(std::string_view path) {
  static constexpr std::string_view kKept =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/";
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (const char c : path) {
    if (kKept.find(c) != std::string_view::npos) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

}  // namespace konform::reports
