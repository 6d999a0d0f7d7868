// Random base64 texts shaped like attachments as they stand in messages, for the tests that compare
// verdicts on long texts: xsdtypes/base64.h's NUL-terminated and measured forms, and the XSD
// validator with Xerces-C's decoder. Long enough to fill the 16-character blocks that are tested
// at once, with line breaks, indentation and stray characters falling in every lane.
#pragma once

#include <random>
#include <string>
#include <string_view>

namespace konform::test {

/// `quads` quads of base64 characters in lines of `line` characters, broken by a line feed or by
/// CR LF and indentation; the last `pads` characters then become padding, and `changes` random
/// characters one of `noise` each.
inline std::u16string attachment_text(std::mt19937& random, int quads, int line, int pads,
                                      int changes, std::u16string_view noise) {
  static constexpr std::u16string_view kAlphabet =
      u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::u16string text;
  for (int i = 0; i < quads * 4; ++i) {
    if (i > 0 && i % line == 0) text += random() % 2 ? u"\r\n    " : u"\n";
    text += kAlphabet[random() % kAlphabet.size()];
  }
  for (int pad = pads; pad > 0 && static_cast<std::size_t>(pad) <= text.size(); --pad) {
    text[text.size() - static_cast<std::size_t>(pad)] = u'=';
  }
  for (int change = changes; change > 0 && !text.empty(); --change) {
    text[random() % text.size()] = noise[random() % noise.size()];
  }
  return text;
}

}  // namespace konform::test
