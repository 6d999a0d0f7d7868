// A key in a trust store as `konform trust list|add` print it: plain data the command takes from
// validator/store/trust_store.h, rendered by reports/trust_renderers.h.
#pragma once

#include <string>
#include <vector>

namespace konform {

struct TrustedKeyListing {
  std::string key_id;              ///< hex, as `trust remove` takes it
  std::vector<std::string> scope;  ///< globs over the profile ids it may sign
  std::string file;                ///< the .pub file
};

}  // namespace konform
