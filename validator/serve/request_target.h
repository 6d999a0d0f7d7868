// A request target split into its path and percent-decoded query parameters.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace konform::serve {

struct RequestTarget {
  std::string path;
  std::map<std::string, std::string> query;  ///< the last value of each name wins

  std::string parameter(const std::string& name) const;
};

/// Nullopt when the target is not origin-form ("/path?query") or holds a bad %-escape.
std::optional<RequestTarget> parse_request_target(std::string_view target);

}  // namespace konform::serve
