// Minimal UTF-8 decoding for renderers and writers of konform's own formats. Findings carry text
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

/// The replacement character U+FFFD, encoded.
inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

}  // namespace konform
