#include "validator/net/libcurl.h"

#include <dlfcn.h>

#include <string>

#include "validator/core/config_error.h"

namespace konform::net {
namespace {

constexpr const char* kLibrary = "libcurl.so.4";

ConfigError not_loaded(const std::string& what) {
  return ConfigError("cannot load " + std::string(kLibrary) + " (" + what +
                     "); the network commands need Debian's libcurl4")
      .with_german(std::string(kLibrary) + " lässt sich nicht laden (" + what +
                   "); die Netzwerkbefehle brauchen Debians libcurl4");
}

template <typename Function>
void look_up(void* library, const char* name, Function*& function) {
  void* symbol = dlsym(library, name);
  if (symbol == nullptr) throw not_loaded(std::string("no ") + name);
  function = reinterpret_cast<Function*>(symbol);
}

Libcurl load() {
  // RTLD_LOCAL: libcurl's symbols stay out of the global scope, where konform's refusals are.
  void* library = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    const char* error = dlerror();
    throw not_loaded(error == nullptr ? "not found" : error);
  }
  Libcurl curl{};
  CURLcode (*global_init)(long) = nullptr;
  look_up(library, "curl_global_init", global_init);
  look_up(library, "curl_easy_init", curl.easy_init);
  look_up(library, "curl_easy_setopt", curl.easy_setopt);
  look_up(library, "curl_easy_perform", curl.easy_perform);
  look_up(library, "curl_easy_getinfo", curl.easy_getinfo);
  look_up(library, "curl_easy_cleanup", curl.easy_cleanup);
  look_up(library, "curl_easy_strerror", curl.easy_strerror);
  look_up(library, "curl_url", curl.url);
  look_up(library, "curl_url_set", curl.url_set);
  look_up(library, "curl_url_get", curl.url_get);
  look_up(library, "curl_url_cleanup", curl.url_cleanup);
  look_up(library, "curl_free", curl.free);
  if (global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw not_loaded("curl_global_init failed");
  return curl;  // the library stays loaded for the rest of the run
}

}  // namespace

const Libcurl& libcurl() {
  static const Libcurl loaded = load();
  return loaded;
}

}  // namespace konform::net
