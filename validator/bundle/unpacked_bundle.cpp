#include "validator/bundle/unpacked_bundle.h"

#include "validator/bundle/read_bundle.h"

namespace konform::bundle {
namespace fs = std::filesystem;

bool names_bundle_file(const std::string& spec) {
  const fs::path path(spec);
  std::error_code error;
  return path.extension() == kBundleExtension && fs::is_regular_file(path, error);
}

UnpackedBundle::UnpackedBundle(const fs::path& bundle) : scratch_("konform-bundle-") {
  const BundleContents contents = read_bundle(bundle);
  manifest_ = contents.manifest;
  // unpack_bundle creates the folder itself and refuses one that exists.
  folder_ = scratch_.path() / "profile";
  unpack_bundle(contents, folder_);
}

}  // namespace konform::bundle
