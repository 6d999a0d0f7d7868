// A profile bundle as `konform profile pack|sign|verify` print it: plain data the commands take
// from validator/bundle, rendered by reports/bundle_renderers.h.
#pragma once

#include <cstddef>
#include <string>

namespace konform {

struct BundleSummary {
  std::string file;  ///< the .kpkg (pack, verify) or the signature written (sign)
  std::string id;
  std::string version;
  std::size_t files = 0;  ///< in the bundle's manifest
  std::string sha256;     ///< of the bundle file
  std::string key_id;     ///< the signing key's id; empty: not signed (pack)
};

/// What `konform profile keygen` wrote.
struct KeyPairFiles {
  std::string key_id;
  std::string secret_key;
  std::string public_key;
};

}  // namespace konform
