// A registry's index.json (schema: xsd/registry-index-1.schema.json): every release of every
// profile it publishes, each with the URL of its bundle and signature (relative to the index, or
// absolute on the index's own origin) and the bundle's SHA-256. Entries pointing to another
// origin are refused when the index is read: a registry vouches only for what it serves itself.
#pragma once

#include <string>
#include <vector>

#include "validator/net/http_fetch.h"
#include "validator/net/url.h"
#include "validator/profile/version.h"

namespace konform::registry {

struct RegistryRelease {
  std::string id;
  std::string version;
  net::Url bundle;
  net::Url signature;
  std::string sha256;  ///< lower-case hex of the bundle
};

struct RegistryIndex {
  net::Url url;
  std::vector<RegistryRelease> releases;  ///< sorted by id, then version (highest first)
};

/// The index a `--registry` argument names: a URL ending in .json as it is, any other as a folder
/// holding index.json.
net::Url index_url(const std::string& registry);

/// Reads index.json fetched from `url`; throws ConfigError naming the URL and the entry at fault.
RegistryIndex parse_index(const std::string& bytes, const net::Url& url);

/// Fetches and reads the index a `--registry` argument names.
RegistryIndex fetch_index(const std::string& registry, const net::FetchOptions& options);

/// What `ID[@RANGE]` on the command line asks for; `default_range` where it names none.
struct Wanted {
  std::string id;
  VersionRange range;
};
/// Throws ConfigError when the range does not parse.
Wanted parse_wanted(const std::string& spec, const std::string& default_range = "*");

/// The releases of `id` whose version `range` contains, highest first.
std::vector<RegistryRelease> releases_in(const RegistryIndex& index, const std::string& id,
                                         const VersionRange& range);

}  // namespace konform::registry
