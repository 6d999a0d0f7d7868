// libcurl, loaded with dlopen when a network command first needs it (see CMakeLists.txt for why
// it is not linked): the few entry points konform calls, looked up in libcurl.so.4 itself, so the
// refusals that stand in for libcurl in the rest of konform (validator/xml/no_network) are never
// reached from here.
#pragma once

#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

namespace konform::net {

struct Libcurl {
  CURL* (*easy_init)();
  CURLcode (*easy_setopt)(CURL*, CURLoption, ...);
  CURLcode (*easy_perform)(CURL*);
  CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...);
  void (*easy_cleanup)(CURL*);
  const char* (*easy_strerror)(CURLcode);
  CURLU* (*url)();
  CURLUcode (*url_set)(CURLU*, CURLUPart, const char*, unsigned int);
  CURLUcode (*url_get)(const CURLU*, CURLUPart, char**, unsigned int);
  void (*url_cleanup)(CURLU*);
  void (*free)(void*);
};

/// libcurl, loaded and globally initialised once; throws ConfigError naming the package when
/// libcurl.so.4 cannot be loaded.
const Libcurl& libcurl();

}  // namespace konform::net
