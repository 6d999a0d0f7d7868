// Code lists fetched the way XRepository serves them (https://www.xrepository.de, or any server
// with the same API under another base URL):
//   GET {base}/api/codeliste/{kennung}/gueltigeVersion
//       -> dat:VersionCodeliste/dat:version, namespace kDatenbereitstellung: the current version
//   GET {base}/api/version_codeliste/{kennung}_{version}/genericode  -> the genericode file
// A list is written to <into>/<kennung>_<version>.xml (XRepository's own file name), checked
// first: it must be genericode naming that canonical URI and version. Each fetch is recorded in
// the folder's codelists.sha256 (registry/code_list_record.h); a version already in the folder
// is reused only while its bytes have the recorded SHA-256 and fetched again otherwise (edited,
// tampered or never recorded), never trusted silently.
#pragma once

#include <filesystem>
#include <string>

#include "validator/compile/missing_code_lists.h"
#include "validator/core/fetched_code_list.h"
#include "validator/net/http_fetch.h"

namespace konform::registry {

inline constexpr const char* kXRepositoryBaseUrl = "https://www.xrepository.de";
inline constexpr const char* kDatenbereitstellung =
    "http://www.xoev.de/de/xrepository/framework/1/datenbereitstellung";

/// `URN` or `URN:VERSION`: the text after the last ':' is a version when it starts with a digit
/// (XÖV list URNs end in a name, versions in a digit: urn:xoev-de:xbau:codeliste:baustoff:2.0).
struct CodeListReference {
  std::string kennung;
  std::string version;  ///< empty: the current one
};
CodeListReference parse_code_list_reference(const std::string& text);

/// Fetches `reference` (the current version when it names none) into `into`.
FetchedCodeList fetch_code_list(const CodeListReference& reference,
                                const std::filesystem::path& into, const std::string& base_url,
                                const net::FetchOptions& options);

/// `konform profile update-codelists`: fetches into `into` each list a profile's schemas use but
/// its chain lacks (compile/missing_code_lists.h): the version the schema fixes, or the current.
std::vector<FetchedCodeList> fetch_missing_code_lists(
    const std::vector<MissingCodeListUse>& missing, const std::filesystem::path& into,
    const std::string& base_url, const net::FetchOptions& options);

}  // namespace konform::registry
