// UTF-8 decoding and encoding, and conversion from and to UTF-16, once for all of konform:
// renderers and writers of its own formats, XPath's string functions, the regex translator and the
// XML reader (Xerces-C speaks UTF-16). Findings carry text
// from inputs and profiles that may not be valid UTF-8; every format that needs well-formed output
// (XML, terminals) walks the text with decode_utf8() and substitutes U+FFFD for what it cannot pass
// on.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace konform {

/// One decoded character. Invalid input (bad lead byte, truncated or overlong sequence,
/// surrogate, beyond U+10FFFF) decodes as one invalid byte so the caller can resynchronise.
struct DecodedChar {
  char32_t code_point = 0;  ///< U+FFFD when !valid
  std::size_t length = 1;   ///< bytes consumed, >= 1
  bool valid = false;
};

/// Decodes the character starting at text[pos]. REQUIRES: pos < text.size().
DecodedChar decode_utf8(std::string_view text, std::size_t pos);

/// Writes the UTF-8 encoding of a valid Unicode scalar value at `out`, which has room for 4 bytes;
/// returns the end of what it wrote.
char* write_utf8(char32_t code_point, char* out);

/// Appends the UTF-8 encoding of a valid Unicode scalar value.
void append_utf8(std::string& out, char32_t code_point);

/// The code points of UTF-8 text (XPath's string functions count and index by code point);
/// invalid input decodes as U+FFFD per invalid byte.
std::u32string to_code_points(std::string_view utf8);

/// The UTF-8 encoding of valid Unicode scalar values.
std::string to_utf8(std::u32string_view code_points);

/// Writes the UTF-8 form of UTF-16 text at `out`, which has room for 3 bytes per code unit (a
/// surrogate pair takes 4 bytes for its 2 units); returns the end of what it wrote. A lone
/// surrogate becomes U+FFFD.
char* write_utf8(std::u16string_view utf16, char* out);

/// The UTF-16 form of UTF-8 text; invalid input becomes U+FFFD per invalid byte, as in
/// to_code_points().
std::u16string to_utf16(std::string_view utf8);

/// The replacement character U+FFFD, encoded.
inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

}  // namespace konform
