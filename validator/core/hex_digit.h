// The value of one hexadecimal digit, for xs:hexBinary (xpath/) and percent-encoded request
// targets (serve/). Header-only, so the service, which links the public API and no engine
// module, can use it as well.
#pragma once

namespace konform {

/// 0-15 for '0'-'9', 'a'-'f' and 'A'-'F'; -1 for any other character.
constexpr int hex_digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace konform
