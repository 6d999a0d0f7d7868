// The lexical space of xs:base64Binary, one definition for the XSD validator (UTF-16 text from
// Xerces-C) and XPath casts (UTF-8), so both accept exactly the same forms: XML Schema 1.0 Part 2
// §3.2.16 as corrected by erratum E2-54 — quads of [A-Za-z0-9+/], single spaces between characters
// (the text is whitespace-collapsed first), padding only in the last quad and the bits it leaves
// unused zero. XPath's own decoder once accepted "YR==" (unused bits set) and double spaces, which
// the XSD validator rejects.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <type_traits>

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

/// Whether the 16 bytes at `p` (16 / sizeof(Char) characters) are all base64 characters, tested
/// side by side in one vector register: attachments are hundreds of kilobytes of them, and one
/// character at a time cost about eight instructions each. Every comparison is unsigned, so a
/// UTF-16 unit above U+007F (whose low byte may be 'A') or a UTF-8 byte above 0x7F fails it.
template <typename Char>
inline bool block_is_base64(const Char* p) {
  using Unit = std::make_unsigned_t<Char>;
  using Units [[gnu::vector_size(16)]] = Unit;
  Units units;
  std::memcpy(&units, p, sizeof units);
  const auto in_range = [&units](char lowest, char highest) {
    return (units - static_cast<Unit>(lowest)) <= static_cast<Unit>(highest - lowest);
  };
  const auto ok = in_range('A', 'Z') | in_range('a', 'z') | in_range('0', '9') |
                  (units == static_cast<Unit>('+')) | (units == static_cast<Unit>('/'));
  std::uint64_t halves[2];
  std::memcpy(halves, &ok, sizeof halves);
  return (halves[0] & halves[1]) == ~std::uint64_t{0};
}

/// Characters per block_is_base64 test.
template <typename Char>
inline constexpr long kBlockChars = 16 / static_cast<long>(sizeof(Char));
}  // namespace detail

/// The four characters of XML whitespace: what whitespace collapsing turns into single spaces.
template <typename Char>
constexpr bool is_xml_space(Char c) {
  return c == Char(' ') || c == Char('\n') || c == Char('\t') || c == Char('\r');
}

namespace detail {

/// base64_decoded_length (kCollapsed) and base64_decoded_length_uncollapsed: one pass, in which
/// base64 characters are counted in a tight loop (attachments are long runs of them) and
/// whitespace and padding, rare, are handled one by one. Only the last quad's third and fourth
/// character may be padding, so the first padding's position is kept.
template <bool kCollapsed, typename Char>
long decoded_length(const Char* begin, const Char* end) {
  if (kCollapsed && (begin == end || *begin == Char(' '))) return -1;
  long count = 0;
  long first_pad = -1;
  const Char* p = begin;
  for (;;) {
    const Char* const run = p;
    while (end - p >= kBlockChars<Char> && block_is_base64(p)) p += kBlockChars<Char>;
    while (p != end && static_cast<char32_t>(*p) < 0x80 && kIsBase64[static_cast<char32_t>(*p)]) {
      ++p;
    }
    count += p - run;
    if (p == end) break;
    if (kCollapsed && *p == Char(' ')) {
      if (p + 1 == end || p[1] == Char(' ')) return -1;  // collapsed text: single inner spaces
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
  return detail::decoded_length<true>(begin, end);
}

/// The same for text as it stands in the document, before whitespace collapsing: the decoded
/// length of what collapsing it would give, or -1. Whitespace of any kind anywhere counts for
/// nothing; text of whitespace alone, like the empty text, decodes to 0 bytes. The XSD validator
/// checks attachments so, without Xerces-C first copying them collapsed one character at a time.
template <typename Char>
long base64_decoded_length_uncollapsed(const Char* begin, const Char* end) {
  return detail::decoded_length<false>(begin, end);
}

}  // namespace konform::xsdtypes
