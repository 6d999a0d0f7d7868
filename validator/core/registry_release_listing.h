// A release a profile registry lists, as `konform profile search` prints it: plain data the
// command takes from the registry's index (validator/registry/registry_index.h), rendered by
// reports/profile_store_renderers.h.
#pragma once

#include <string>

namespace konform {

struct RegistryReleaseListing {
  std::string id;
  std::string version;
  std::string bundle_url;
  std::string sha256;  ///< of the bundle
};

}  // namespace konform
