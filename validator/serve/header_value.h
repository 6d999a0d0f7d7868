// A header value of the form `value; name=token; name="quoted string"` (Content-Type,
// Content-Disposition): its leading value and parameters, parsed strictly (RFC 9110 5.6.6).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace konform::serve {

struct HeaderValue {
  std::string value;                          ///< lower-cased, e.g. "multipart/form-data"
  std::map<std::string, std::string> params;  ///< names lower-cased, values unquoted
};

/// Nullopt when a parameter is malformed, repeated or an unterminated quoted string.
std::optional<HeaderValue> parse_header_value(std::string_view text);

/// `text` without leading and trailing spaces and tabs.
std::string_view trim_blanks(std::string_view text);

/// `text` in ASCII lower case.
std::string ascii_lower(std::string_view text);

}  // namespace konform::serve
