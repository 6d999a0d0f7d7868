#include "validator/xml/utf.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

/// Writes the UTF-8 form of `length` UTF-16 units at `p`, which has room for 3 bytes per unit
/// (a surrogate pair takes 4 bytes for 2 units); returns the end. ASCII runs are copied in a tight
/// loop: every element name, attribute and text node of every message passes through here.
char* write_utf8(const XMLCh* text, std::size_t length, char* p) {
  std::size_t i = 0;
  while (i < length) {
#if defined(__SSE2__)
    // Eight units at a time while all are ASCII, the common case of names and values: a unit is
    // ASCII when its bits above the low seven are zero, and packing then narrows it to a byte.
    const __m128i above_ascii = _mm_set1_epi16(static_cast<short>(0xFF80));
    while (i + 8 <= length) {
      const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + i));
      const __m128i high = _mm_and_si128(units, above_ascii);
      if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF) break;
      _mm_storel_epi64(reinterpret_cast<__m128i*>(p), _mm_packus_epi16(units, units));
      i += 8;
      p += 8;
    }
#endif
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
  return p;
}

std::size_t length_of(const XMLCh* text) {
  std::size_t length = 0;
  if (text != nullptr) {
    while (text[length] != 0) ++length;
  }
  return length;
}

}  // namespace

void append_utf8(const XMLCh* text, std::size_t length, std::string& out) {
  const std::size_t old_size = out.size();
  out.resize(old_size + 3 * length);
  char* const begin = out.data();
  char* const end = write_utf8(text, length, begin + old_size);
  out.resize(static_cast<std::size_t>(end - begin));
}

std::string to_utf8(const XMLCh* text) {
  std::string out;
  append_utf8(text, length_of(text), out);
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

Utf8Arena::Slice Utf8Arena::append(const XMLCh* text, std::size_t length) {
  reserve(size_ + 3 * length);
  const Slice slice{size_, 0};
  char* const end = write_utf8(text, length, data_.get() + size_);
  size_ = static_cast<std::size_t>(end - data_.get());
  return {slice.offset, size_ - slice.offset};
}

Utf8Arena::Slice Utf8Arena::append(const XMLCh* text) { return append(text, length_of(text)); }

void Utf8Arena::reserve(std::size_t needed) {
  if (needed <= capacity_) return;
  const std::size_t capacity = std::max({needed, 2 * capacity_, std::size_t{256}});
  auto grown = std::make_unique_for_overwrite<char[]>(capacity);
  if (size_ > 0) std::memcpy(grown.get(), data_.get(), size_);
  data_ = std::move(grown);
  capacity_ = capacity;
}

}  // namespace konform::xml
