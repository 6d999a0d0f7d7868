#include "validator/core/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace konform {

DecodedChar decode_utf8(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1, true};

  std::size_t length = 0;
  char32_t code_point = 0;
  char32_t minimum = 0;  // smaller values would be overlong encodings
  if ((lead & 0xE0) == 0xC0) {
    length = 2, code_point = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, code_point = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, code_point = lead & 0x07, minimum = 0x10000;
  } else {
    return {0xFFFD, 1, false};  // continuation byte or 0xF8..0xFF as lead
  }
  if (pos + length > text.size()) return {0xFFFD, 1, false};
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0) != 0x80) return {0xFFFD, 1, false};
    code_point = (code_point << 6) | (next & 0x3F);
  }
  if (code_point < minimum || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return {0xFFFD, 1, false};
  }
  return {code_point, length, true};
}

char* write_utf8(char32_t code_point, char* out) {
  if (code_point < 0x80) {
    *out++ = static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    *out++ = static_cast<char>(0xC0 | (code_point >> 6));
    *out++ = static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (code_point >> 12));
    *out++ = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (code_point >> 18));
    *out++ = static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (code_point & 0x3F));
  }
  return out;
}

void append_utf8(std::string& out, char32_t code_point) {
  char encoded[4];
  out.append(encoded, static_cast<std::size_t>(write_utf8(code_point, encoded) - encoded));
}

std::u32string to_code_points(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (std::size_t pos = 0; pos < utf8.size();) {
    const DecodedChar decoded = decode_utf8(utf8, pos);
    out.push_back(decoded.code_point);
    pos += decoded.length;
  }
  return out;
}

std::string to_utf8(std::u32string_view code_points) {
  std::string out;
  out.reserve(code_points.size());
  for (char32_t code_point : code_points) append_utf8(out, code_point);
  return out;
}

namespace {

bool is_high_surrogate(char32_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool is_low_surrogate(char32_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

}  // namespace

char* write_utf8(std::u16string_view utf16, char* out) {
  const char16_t* const text = utf16.data();
  const std::size_t length = utf16.size();
  std::size_t i = 0;
  // ASCII runs are copied in a tight loop: every element name, attribute and text node of every
  // message the XML reader reports passes through here.
  while (i < length) {
#if defined(__SSE2__)
    // Sixteen, then eight units at a time while all are ASCII, the common case of names, values
    // and attachments (hundreds of kilobytes): a unit is ASCII when its bits above the low seven
    // are zero, and packing then narrows it to a byte.
    const __m128i above_ascii = _mm_set1_epi16(static_cast<short>(0xFF80));
    while (i + 16 <= length) {
      const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + i));
      const __m128i high_half = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + i + 8));
      const __m128i high = _mm_and_si128(_mm_or_si128(low, high_half), above_ascii);
      if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF) break;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(low, high_half));
      i += 16;
      out += 16;
    }
    while (i + 8 <= length) {
      const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + i));
      const __m128i high = _mm_and_si128(units, above_ascii);
      if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF) break;
      _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(units, units));
      i += 8;
      out += 8;
    }
#endif
    while (i < length && text[i] < 0x80) *out++ = static_cast<char>(text[i++]);
    if (i == length) break;
    const char32_t unit = text[i++];
    char32_t code_point = unit;
    if (is_high_surrogate(unit) && i < length && is_low_surrogate(text[i])) {
      code_point = 0x10000 + ((unit - 0xD800) << 10) + (text[i++] - 0xDC00);
    } else if (is_high_surrogate(unit) || is_low_surrogate(unit)) {
      code_point = 0xFFFD;
    }
    out = write_utf8(code_point, out);
  }
  return out;
}

std::u16string to_utf16(std::string_view utf8) {
  std::u16string out;
  out.reserve(utf8.size());
  for (std::size_t pos = 0; pos < utf8.size();) {
    const DecodedChar decoded = decode_utf8(utf8, pos);
    pos += decoded.length;
    if (decoded.code_point < 0x10000) {
      out.push_back(static_cast<char16_t>(decoded.code_point));
    } else {
      const char32_t above_bmp = decoded.code_point - 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (above_bmp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (above_bmp & 0x3FF)));
    }
  }
  return out;
}

}  // namespace konform
