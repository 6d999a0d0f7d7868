// The profile manifest loader: the input becomes profile.xml in a scratch profile folder that
// holds one artefact of each kind (schema.xsd, rules.sch, catalog.xml, codes.xml, codelists/), so
// hrefs to them resolve and other hrefs fail.
#include <fstream>

#include "tests/fuzz/fuzz_target.h"
#include "validator/core/config_error.h"
#include "validator/profile/manifest_loader.h"

namespace {

std::filesystem::path profile_dir() {
  const auto dir = konform::fuzz::scratch_dir() / "profile";
  std::filesystem::create_directories(dir / "codelists");
  for (const char* artefact : {"schema.xsd", "rules.sch", "catalog.xml", "codes.xml"}) {
    std::ofstream(dir / artefact) << "<x/>\n";
  }
  return dir;
}

}  // namespace

KONFORM_FUZZ_TARGET(profile_manifest) {
  static const auto dir = profile_dir();
  {
    std::ofstream manifest(dir / konform::kManifestFileName, std::ios::binary | std::ios::trunc);
    manifest.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    konform::load_profile(dir);
  } catch (const konform::ConfigError&) {
  }
  return 0;
}
