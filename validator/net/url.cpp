#include "validator/net/url.h"

#include <algorithm>
#include <memory>

#include "validator/core/config_error.h"
#include "validator/net/libcurl.h"

namespace konform::net {
namespace {

ConfigError not_a_url(const std::string& text, const std::string& why) {
  return ConfigError("not a URL konform can fetch: " + why, text)
      .with_german("keine URL, die konform abrufen kann: " + why);
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

using UrlHandle = std::unique_ptr<CURLU, void (*)(CURLU*)>;

std::string part(const UrlHandle& handle, CURLUPart which, unsigned int flags,
                 const std::string& text) {
  char* value = nullptr;
  const CURLUcode code = libcurl().url_get(handle.get(), which, &value, flags);
  if (code != CURLUE_OK || value == nullptr) throw not_a_url(text, "a part is missing");
  std::string result(value);
  libcurl().free(value);
  return result;
}

Url parsed(const std::string& base, const std::string& reference) {
  const Libcurl& curl = libcurl();
  UrlHandle handle(curl.url(), curl.url_cleanup);
  if (!handle) throw not_a_url(reference, "out of memory");
  if (!base.empty() && curl.url_set(handle.get(), CURLUPART_URL, base.c_str(), 0) != CURLUE_OK) {
    throw not_a_url(base, "it does not parse");
  }
  if (curl.url_set(handle.get(), CURLUPART_URL, reference.c_str(), 0) != CURLUE_OK) {
    throw not_a_url(reference, base.empty() ? "it does not parse (an absolute URL is needed)"
                                            : "it does not parse relative to " + base);
  }
  Url url;
  url.text = part(handle, CURLUPART_URL, 0, reference);
  url.scheme = lower(part(handle, CURLUPART_SCHEME, 0, reference));
  url.host = lower(part(handle, CURLUPART_HOST, 0, reference));
  url.port = part(handle, CURLUPART_PORT, CURLU_DEFAULT_PORT, reference);
  return url;
}

}  // namespace

bool Url::is_loopback() const {
  return host == "127.0.0.1" || host == "[::1]" || host == "localhost";
}

Url parse_url(const std::string& text) { return parsed("", text); }

Url resolve_url(const Url& base, const std::string& reference) {
  return parsed(base.text, reference);
}

}  // namespace konform::net
