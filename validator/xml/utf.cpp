#include "validator/xml/utf.h"

namespace konform::xml {
namespace {

/// Writes `cp` (below 0x80 not expected here, but handled) as UTF-8 at `p`; returns the end.
char* write_code_point(char32_t cp, char* p) {
  if (cp < 0x80) {
    *p++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *p++ = static_cast<char>(0xC0 | (cp >> 6));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *p++ = static_cast<char>(0xE0 | (cp >> 12));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *p++ = static_cast<char>(0xF0 | (cp >> 18));
    *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return p;
}

constexpr char32_t kReplacement = 0xFFFD;

}  // namespace

void append_utf8(const XMLCh* text, std::size_t length, std::string& out) {
  // Every element name, attribute and text node of every message passes through here (7 % of an
  // XRechnung batch with byte-wise push_back). Writing through a pointer into room for the worst
  // case (3 bytes per UTF-16 unit; a surrogate pair takes 4 bytes for 2 units) and copying ASCII
  // runs in a tight loop makes it several times cheaper.
  const std::size_t old_size = out.size();
  out.resize(old_size + 3 * length);
  char* const begin = out.data();
  char* p = begin + old_size;
  std::size_t i = 0;
  while (i < length) {
    while (i < length && text[i] < 0x80) *p++ = static_cast<char>(text[i++]);
    if (i == length) break;
    const char32_t unit = text[i++];
    char32_t cp = unit;
    if (unit >= 0xD800 && unit <= 0xDBFF && i < length && text[i] >= 0xDC00 && text[i] <= 0xDFFF) {
      cp = 0x10000 + ((unit - 0xD800) << 10) + (text[i++] - 0xDC00);
    } else if (unit >= 0xD800 && unit <= 0xDFFF) {
      cp = kReplacement;
    }
    p = write_code_point(cp, p);
  }
  out.resize(static_cast<std::size_t>(p - begin));
}

std::string to_utf8(const XMLCh* text) {
  std::string out;
  if (text == nullptr) return out;
  std::size_t length = 0;
  while (text[length] != 0) ++length;
  append_utf8(text, length, out);
  return out;
}

std::u16string to_utf16(std::string_view text) {
  std::u16string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    char32_t cp = kReplacement;
    std::size_t extra = 0;
    if (byte < 0x80) {
      cp = byte;
    } else if ((byte & 0xE0) == 0xC0) {
      cp = byte & 0x1F;
      extra = 1;
    } else if ((byte & 0xF0) == 0xE0) {
      cp = byte & 0x0F;
      extra = 2;
    } else if ((byte & 0xF8) == 0xF0) {
      cp = byte & 0x07;
      extra = 3;
    }
    ++i;
    for (std::size_t k = 0; k < extra; ++k, ++i) {
      if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        cp = kReplacement;
        break;
      }
      cp = (cp << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
    }
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(cp > 0x10FFFF ? static_cast<char16_t>(kReplacement)
                                  : static_cast<char16_t>(cp));
    }
  }
  return out;
}

}  // namespace konform::xml
