#include "validator/net/http_fetch.h"

#include <memory>

#include "validator/core/config_error.h"
#include "validator/net/libcurl.h"

namespace konform::net {
namespace {

using EasyHandle = std::unique_ptr<CURL, void (*)(CURL*)>;

struct Sink {
  std::string bytes;
  std::uintmax_t max_bytes = 0;
  bool too_large = false;
};

std::size_t write_into(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::size_t length = size * count;
  if (sink->bytes.size() + length > sink->max_bytes) {
    sink->too_large = true;
    return 0;  // makes libcurl abort with CURLE_WRITE_ERROR
  }
  sink->bytes.append(data, length);
  return length;
}

ConfigError failed(const Url& url, const std::string& en, const std::string& de) {
  return ConfigError("cannot fetch: " + en, url.text).with_german("Abruf fehlgeschlagen: " + de);
}

std::string seconds(std::chrono::seconds value) { return std::to_string(value.count()) + " s"; }

ConfigError transfer_error(const Url& url, CURLcode code, const Sink& sink,
                           const FetchOptions& options) {
  const std::string limit = std::to_string(options.max_bytes);
  if (sink.too_large || code == CURLE_FILESIZE_EXCEEDED) {
    return failed(url, "larger than the limit of " + limit + " bytes; aborted",
                  "größer als die Grenze von " + limit + " Bytes; abgebrochen");
  }
  if (code == CURLE_OPERATION_TIMEDOUT) {
    return failed(url,
                  "the server stalled (fewer than " + std::to_string(kStallBytesPerSecond) +
                      " bytes a second for " + seconds(options.stall_timeout) +
                      ", or no connection within " + seconds(options.connect_timeout) + ")",
                  "der Server stockt (weniger als " + std::to_string(kStallBytesPerSecond) +
                      " Bytes je Sekunde für " + seconds(options.stall_timeout) +
                      " oder keine Verbindung binnen " + seconds(options.connect_timeout) + ")");
  }
  if (code == CURLE_PARTIAL_FILE) {
    const std::string got = std::to_string(sink.bytes.size());
    return failed(url, "the download ended early (truncated after " + got + " bytes)",
                  "der Download endete vorzeitig (abgeschnitten nach " + got + " Bytes)");
  }
  const std::string reason = libcurl().easy_strerror(code);
  return failed(url, reason, reason);
}

void set(CURL* handle, CURLoption option, long value) {
  libcurl().easy_setopt(handle, option, value);
}
void set(CURL* handle, CURLoption option, const char* value) {
  libcurl().easy_setopt(handle, option, value);
}

/// One GET without following redirects; `status` and `location` tell what came back.
std::string get_once(const Url& url, const FetchOptions& options, long& status,
                     std::string& location) {
  const Libcurl& curl = libcurl();
  EasyHandle handle(curl.easy_init(), curl.easy_cleanup);
  if (!handle) throw failed(url, "libcurl could not start", "libcurl startet nicht");
  Sink sink{{}, options.max_bytes, false};
  CURL* h = handle.get();
  set(h, CURLOPT_URL, url.text.c_str());
  set(h, CURLOPT_PROTOCOLS_STR, options.allow_loopback_http ? "https,http" : "https");
  set(h, CURLOPT_FOLLOWLOCATION, 0L);  // followed here, within the origin only
  set(h, CURLOPT_NOSIGNAL, 1L);
  set(h, CURLOPT_NOPROXY, "127.0.0.1,localhost,::1");
  set(h, CURLOPT_CONNECTTIMEOUT, static_cast<long>(options.connect_timeout.count()));
  set(h, CURLOPT_LOW_SPEED_LIMIT, kStallBytesPerSecond);
  set(h, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options.stall_timeout.count()));
  curl.easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_bytes));
  curl.easy_setopt(h, CURLOPT_WRITEFUNCTION, &write_into);
  curl.easy_setopt(h, CURLOPT_WRITEDATA, &sink);
  set(h, CURLOPT_USERAGENT, "konform");
  const CURLcode code = curl.easy_perform(h);
  if (code != CURLE_OK) throw transfer_error(url, code, sink, options);
  curl.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  char* redirect = nullptr;
  curl.easy_getinfo(h, CURLINFO_REDIRECT_URL, &redirect);
  location = redirect == nullptr ? "" : redirect;
  return std::move(sink.bytes);
}

}  // namespace

void check_fetchable(const Url& url, const FetchOptions& options) {
  if (url.scheme == "https") return;
  if (url.scheme == "http" && url.is_loopback() && options.allow_loopback_http) return;
  const bool loopback_http = url.scheme == "http" && url.is_loopback();
  throw ConfigError("refused: konform fetches only https:// URLs" +
                        std::string(loopback_http ? " (plain http to a loopback address with "
                                                    "--allow-loopback-http)"
                                                  : ""),
                    url.text)
      .with_german("abgelehnt: konform ruft nur https://-URLs ab" +
                   std::string(loopback_http ? " (einfaches http an eine Loopback-Adresse mit "
                                               "--allow-loopback-http)"
                                             : ""));
}

Fetched fetch(const Url& url, const FetchOptions& options) {
  Url current = url;
  for (int redirects = 0;; ++redirects) {
    check_fetchable(current, options);
    long status = 0;
    std::string location;
    std::string bytes = get_once(current, options, status, location);
    if (status == 200) return {current, std::move(bytes)};
    if (status < 300 || status >= 400 || location.empty()) {
      throw failed(current, "the server answered HTTP " + std::to_string(status),
                   "der Server antwortete mit HTTP " + std::to_string(status));
    }
    const Url next = resolve_url(current, location);
    if (next.origin() != url.origin()) {
      throw ConfigError("refused: redirected to " + next.text + ", off " + url.origin(),
                        current.text)
          .with_german("abgelehnt: umgeleitet nach " + next.text + ", weg von " + url.origin());
    }
    if (redirects == kMaxRedirects) {
      throw failed(current, "more than " + std::to_string(kMaxRedirects) + " redirects",
                   "mehr als " + std::to_string(kMaxRedirects) + " Umleitungen");
    }
    current = next;
  }
}

}  // namespace konform::net
