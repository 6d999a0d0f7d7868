// The walk every writer of well-formed output makes over text that may not be valid UTF-8 (see
// utf8.h): decode each character, put U+FFFD for an invalid sequence or a character the output
// cannot carry, and let the format write every other character its own way.
#pragma once

#include <string>
#include <string_view>

#include "validator/core/utf8.h"

namespace konform {

/// `text` written character by character into a new string: U+FFFD for each invalid sequence and
/// each character `refused(code_point)` is true for (setting `*replaced` when not null), else
/// whatever `write(out, code_point, bytes, rest)` appends, `bytes` being the character's own
/// bytes and `rest` the text after it.
template <typename Refused, typename Write>
std::string rewrite_utf8(std::string_view text, Refused refused, Write write,
                         bool* replaced = nullptr) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const DecodedChar ch = decode_utf8(text, pos);
    const std::string_view bytes = text.substr(pos, ch.length);
    pos += ch.length;
    if (!ch.valid || refused(ch.code_point)) {
      if (replaced != nullptr) *replaced = true;
      out += kReplacementChar;
    } else {
      write(out, ch.code_point, bytes, text.substr(pos));
    }
  }
  return out;
}

}  // namespace konform
