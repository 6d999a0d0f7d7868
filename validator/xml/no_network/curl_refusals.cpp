// The libcurl entry points that Xerces-C's static library references, each refusing.
//
// Debian builds Xerces-C with a curl-based net accessor. konform never lets Xerces-C fetch
// anything: it deletes the accessor right after XMLPlatformUtils::Initialize() (see
// xerces_platform.cpp) and resolves every schema location itself. When Xerces-C is linked
// statically, binding its curl calls to these refusals instead of libcurl keeps libcurl and the
// 27 libraries it loads (TLS, Kerberos, LDAP, SSH, HTTP/2) out of the process. There is then no
// network client code in konform at all, and start-up loses about 5 ms of dynamic loading.
//
// Only curl_global_init() and curl_global_cleanup() are ever called (by the accessor that is
// created and deleted at start-up); they succeed and do nothing. Everything that would start a
// transfer reports failure, so even a path that bypassed the deleted accessor could not connect.
// The signatures follow curl/curl.h and curl/multi.h of libcurl 7.88 (Debian 12); the handle and
// enum types are passed as the pointers and ints they are at the ABI level.
#include <cstddef>

namespace {
constexpr int kCurleFailedInit = 2;  // CURLE_FAILED_INIT
constexpr int kCurlmBadHandle = 1;   // CURLM_BAD_HANDLE
}  // namespace

extern "C" {

int curl_global_init(long /*flags*/) { return 0; }  // CURLE_OK: nothing to set up
void curl_global_cleanup() {}

void* curl_easy_init() { return nullptr; }
int curl_easy_setopt(void* /*handle*/, int /*option*/, ...) { return kCurleFailedInit; }
int curl_easy_getinfo(void* /*handle*/, int /*info*/, ...) { return kCurleFailedInit; }
void curl_easy_cleanup(void* /*handle*/) {}

void* curl_multi_init() { return nullptr; }
int curl_multi_add_handle(void* /*multi*/, void* /*easy*/) { return kCurlmBadHandle; }
int curl_multi_remove_handle(void* /*multi*/, void* /*easy*/) { return kCurlmBadHandle; }
int curl_multi_perform(void* /*multi*/, int* running) {
  if (running != nullptr) *running = 0;
  return kCurlmBadHandle;
}
int curl_multi_fdset(void* /*multi*/, void* /*read*/, void* /*write*/, void* /*error*/,
                     int* max_fd) {
  if (max_fd != nullptr) *max_fd = -1;
  return kCurlmBadHandle;
}
int curl_multi_timeout(void* /*multi*/, long* timeout) {
  if (timeout != nullptr) *timeout = -1;
  return kCurlmBadHandle;
}
void* curl_multi_info_read(void* /*multi*/, int* queued) {
  if (queued != nullptr) *queued = 0;
  return nullptr;
}
int curl_multi_cleanup(void* /*multi*/) { return kCurlmBadHandle; }

void* curl_slist_append(void* list, const char* /*text*/) { return list; }
void curl_slist_free_all(void* /*list*/) {}

}  // extern "C"
