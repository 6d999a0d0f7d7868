// UTF-8 decoding and encoding, once for all of konform: renderers and writers of its own formats,
// XPath's string functions and the regex translator. Findings carry text
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

/// Appends the UTF-8 encoding of a valid Unicode scalar value.
void append_utf8(std::string& out, char32_t code_point);

/// The code points of UTF-8 text (XPath's string functions count and index by code point);
/// invalid input decodes as U+FFFD per invalid byte.
std::u32string to_code_points(std::string_view utf8);

/// The UTF-8 encoding of valid Unicode scalar values.
std::string to_utf8(std::u32string_view code_points);

/// The replacement character U+FFFD, encoded.
inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

}  // namespace konform
