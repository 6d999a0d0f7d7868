// A profile version installed from a bundle into a profile store, and what installing one did:
// plain data from validator/store/profile_store.h, rendered by reports/profile_store_renderers.h.
#pragma once

#include <filesystem>
#include <string>

namespace konform::store {

struct InstalledProfile {
  std::string id;
  std::string version;
  std::string bundle_sha256;
  std::string key_id;  ///< empty: installed unsigned (--allow-unsigned)
  std::filesystem::path dir;
};

struct InstallOutcome {
  InstalledProfile installed;
  bool already_there = false;  ///< the same bundle was installed before; nothing changed
};

}  // namespace konform::store
