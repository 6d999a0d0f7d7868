// The lexical space of xs:base64Binary, one definition for the XSD validator (UTF-16 text from
// Xerces-C) and XPath casts (UTF-8), so both accept exactly the same forms: XML Schema 1.0 Part 2
// §3.2.16 as corrected by erratum E2-54 — quads of [A-Za-z0-9+/], single spaces between characters
// (the text is whitespace-collapsed first), padding only in the last quad and the bits it leaves
// unused zero. XPath's own decoder once accepted "YR==" (unused bits set) and double spaces, which
// the XSD validator rejects.
#pragma once

#include <array>
#include <cstdint>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace konform::xsdtypes {

/// 0-63 for a base64 character, -1 for anything else (padding included).
constexpr int base64_sextet(char32_t c) {
  if (c >= U'A' && c <= U'Z') return static_cast<int>(c - U'A');
  if (c >= U'a' && c <= U'z') return static_cast<int>(c - U'a') + 26;
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0') + 52;
  if (c == U'+') return 62;
  if (c == U'/') return 63;
  return -1;
}

namespace detail {
/// Whether an ASCII character is one of the 64 (padding is not): the hot loop's test.
inline constexpr auto kIsBase64 = [] {
  std::array<bool, 0x80> table{};
  for (char32_t c = 0; c < 0x80; ++c) table[c] = base64_sextet(c) >= 0;
  return table;
}();

/// Whether a character is one of the 64 (padding is not), by the table.
template <typename Char>
constexpr bool is_base64_char(Char c) {
  const auto unit = static_cast<std::make_unsigned_t<Char>>(c);
  return unit < 0x80 && kIsBase64[unit];
}

/// Characters per block_prefix test: 16 bytes of UTF-8, or 16 UTF-16 units narrowed to 16 bytes.
inline constexpr long kBlockChars = 16;

/// How many of the 16 characters at `p` are base64 characters before the first that is not (16
/// when all are), tested side by side in one vector register: attachments are hundreds of
/// kilobytes of them: about 1.9 instructions per UTF-16 character, where Xerces-C's values were
/// first measured and then tested in blocks of 8 units (5.9). No address sanitizer: NUL-terminated
/// text is read in whole blocks that may extend past the NUL (never past the page it lies in, see
/// block_fits_page).
template <typename Char>
[[gnu::no_sanitize_address]] inline long block_prefix(const Char* p) {
#if defined(__SSE2__)
  __m128i bytes;
  if constexpr (sizeof(Char) == 1) {
    bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  } else {
    static_assert(sizeof(Char) == 2);
    // Narrowed with saturation: a unit above U+7FFF becomes 0x00, one in U+0100..U+7FFF 0xFF, one
    // in U+0080..U+00FF stays above 0x7F; none of these bytes is a base64 character, so a unit
    // whose low byte is 'A' does not pass as 'A'.
    bytes = _mm_packus_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)),
                             _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 8)));
  }
  // Signed comparisons: bytes above 0x7F are negative and fall in no range. Setting bit 0x20
  // folds 'A'-'Z' onto 'a'-'z' (and nothing else onto them); '/' is next to the digits.
  const auto between = [](__m128i v, char lowest, char highest) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lowest - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(highest + 1))));
  };
  const __m128i letters = between(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), 'a', 'z');
  const __m128i slash_digits = between(bytes, '/', '9');
  const __m128i plus = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('+'));
  const auto passed = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letters, slash_digits), plus)));
  return __builtin_ctz(~passed);  // bit 16 of ~passed is set
#else
  long n = 0;
  while (n < kBlockChars && is_base64_char(p[n])) ++n;
  return n;
#endif
}

/// Whether the block of 16 characters at `p` lies in one 4096-byte page: reading it cannot fault
/// when its first character is readable, wherever the text's NUL falls (what strlen relies on).
template <typename Char>
inline bool block_fits_page(const Char* p) {
  constexpr std::uintptr_t kPage = 4096;
  return reinterpret_cast<std::uintptr_t>(p) % kPage <= kPage - kBlockChars * sizeof(Char);
}
}  // namespace detail

/// The four characters of XML whitespace: what whitespace collapsing turns into single spaces.
template <typename Char>
constexpr bool is_xml_space(Char c) {
  return c == Char(' ') || c == Char('\n') || c == Char('\t') || c == Char('\r');
}

namespace detail {

/// base64_decoded_length (kCollapsed) and base64_decoded_length_uncollapsed: one pass, in which
/// base64 characters are counted a block at a time (attachments are long runs of them) and
/// whitespace and padding, rare, are handled one by one. Only the last quad's third and fourth
/// character may be padding, so the first padding's position is kept. kTerminated: the text ends
/// at its first NUL and `end` is not used, so the same pass finds the end.
template <bool kCollapsed, bool kTerminated, typename Char>
long decoded_length(const Char* begin, const Char* end) {
  const auto at_end = [&end](const Char* p) { return kTerminated ? *p == Char(0) : p == end; };
  if (kCollapsed && (at_end(begin) || *begin == Char(' '))) return -1;
  long count = 0;
  long first_pad = -1;
  const Char* p = begin;
  for (;;) {
    const Char* const run = p;
    // A block at a time where one can be read, else a character (the end of measured text, the
    // last characters of a page), until a character that is not base64.
    for (;;) {
      if (kTerminated ? block_fits_page(p) : end - p >= kBlockChars) {
        const long passed = block_prefix(p);
        p += passed;
        if (passed == kBlockChars) continue;
      } else if (!at_end(p) && is_base64_char(*p)) {
        ++p;
        continue;
      }
      break;
    }
    count += p - run;
    if (at_end(p)) break;
    if (kCollapsed && *p == Char(' ')) {
      if (at_end(p + 1) || p[1] == Char(' ')) return -1;  // collapsed text: single inner spaces
    } else if (!kCollapsed && is_xml_space(*p)) {
      // Collapsing leaves at most single spaces between characters, which the grammar allows.
    } else if (*p == Char('=')) {
      if (first_pad < 0) first_pad = count;
      ++count;
    } else {
      return -1;
    }
    ++p;
  }
  if (!kCollapsed && count == 0) return 0;  // whitespace alone collapses to the empty form
  if (count % 4 != 0) return -1;
  if (first_pad >= 0 && first_pad < count - 2) return -1;
  // The last quad, read backwards over the whitespace.
  char32_t quad[4];
  for (int i = 3; i >= 0; --i) {
    do --p;
    while (is_xml_space(*p));
    quad[i] = static_cast<char32_t>(*p);
  }
  const long full = count / 4 * 3;
  if (quad[3] != U'=') return quad[2] == U'=' ? -1 : full;  // "ab=c"
  if (quad[2] == U'=')
    return (base64_sextet(quad[1]) & 0xF) == 0 ? full - 2 : -1;  // "ab==": 4 bits
  return (base64_sextet(quad[2]) & 0x3) == 0 ? full - 1 : -1;    // "abc=": 2 bits
}
}  // namespace detail

/// The decoded length of the collapsed text [begin, end) when it is a base64Binary lexical form,
/// else -1. The empty text is not one here; a validator that accepts it decides so before asking.
/// Char is char (UTF-8: every byte of a multi-byte character is >= 0x80 and refused) or char16_t.
template <typename Char>
long base64_decoded_length(const Char* begin, const Char* end) {
  return detail::decoded_length<true, false>(begin, end);
}

/// The same for text as it stands in the document, before whitespace collapsing: the decoded
/// length of what collapsing it would give, or -1. Whitespace of any kind anywhere counts for
/// nothing; text of whitespace alone, like the empty text, decodes to 0 bytes. The XSD validator
/// checks attachments so, without Xerces-C first copying them collapsed one character at a time.
template <typename Char>
long base64_decoded_length_uncollapsed(const Char* begin, const Char* end) {
  return detail::decoded_length<false, false>(begin, end);
}

/// The same for NUL-terminated text, as Xerces-C hands values to a validator: one pass finds the
/// end and checks, where measuring the text first was a second pass as long as the check.
template <typename Char>
long base64_decoded_length_uncollapsed(const Char* text) {
  return detail::decoded_length<false, true>(text, static_cast<const Char*>(nullptr));
}

}  // namespace konform::xsdtypes
