// URLs as the network commands check them: parsed and resolved by libcurl's URL parser (the one
// that will fetch them, so both agree on what a URL names), compared by origin.
#pragma once

#include <string>

namespace konform::net {

struct Url {
  std::string text;    ///< normalised, absolute
  std::string scheme;  ///< lower case
  std::string host;    ///< lower case; IPv6 in brackets
  std::string port;    ///< the scheme's default where the URL gives none

  /// scheme://host:port, what same-origin compares.
  std::string origin() const { return scheme + "://" + host + ":" + port; }
  /// 127.0.0.1, [::1] or localhost.
  bool is_loopback() const;
};

/// Parses an absolute URL; throws ConfigError naming it when it is none.
Url parse_url(const std::string& text);

/// `reference` (absolute, or relative as in an HTML link) resolved against `base`.
Url resolve_url(const Url& base, const std::string& reference);

}  // namespace konform::net
