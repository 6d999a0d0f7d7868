// The ASCII digits of XSD lexical forms (XML Schema 1.1 Part 2 writes every numeric, date and
// duration form with [0-9] only, never other Unicode digits), shared by the type parsers.
#pragma once

#include <cstddef>
#include <string_view>

namespace konform::xsdtypes {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The run of digits at the start of `text`, removed from it (empty when there is none).
inline std::string_view take_digits(std::string_view& text) {
  std::size_t n = 0;
  while (n < text.size() && is_digit(text[n])) ++n;
  const std::string_view digits = text.substr(0, n);
  text.remove_prefix(n);
  return digits;
}

}  // namespace konform::xsdtypes
