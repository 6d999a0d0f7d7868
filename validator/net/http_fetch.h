// One job: fetch a URL into memory, safely. HTTPS only (plain HTTP only to a loopback address,
// when the caller allows it, for tests and local mirrors); a connect timeout and a stall timeout
// (too few bytes for too long), an overall limit on size that aborts the transfer as soon as it is
// exceeded, whatever Content-Length said; redirects followed only within the first URL's origin;
// a transfer that ends early is an error, never a short result. Errors are ConfigErrors naming the
// URL and what went wrong, in English and German.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "validator/net/url.h"

namespace konform::net {

struct FetchOptions {
  std::chrono::seconds connect_timeout{15};
  /// The transfer is abandoned when fewer than kStallBytesPerSecond arrive for this long.
  std::chrono::seconds stall_timeout{30};
  std::uintmax_t max_bytes = 64ull << 20;
  /// http:// to 127.0.0.1, [::1] or localhost (tests, a local mirror); https everywhere else.
  bool allow_loopback_http = false;
};

inline constexpr long kStallBytesPerSecond = 64;
inline constexpr int kMaxRedirects = 5;

struct Fetched {
  Url url;  ///< where the bytes came from, after redirects
  std::string bytes;
};

/// Checks that `url` may be fetched under `options` (scheme); throws ConfigError otherwise.
void check_fetchable(const Url& url, const FetchOptions& options);

/// GETs `url`, following redirects within its origin; answers other than 200 are errors.
Fetched fetch(const Url& url, const FetchOptions& options);

}  // namespace konform::net
