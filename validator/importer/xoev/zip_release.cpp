#include "validator/importer/xoev/zip_release.h"

#include "validator/core/zip_unpack.h"

namespace konform::importer::xoev {

void unpack_release_zip(const std::filesystem::path& zip, const std::filesystem::path& into) {
  unpack_zip({zip.string(), zip, {}}, into, {kMaxEntries, kMaxUnpackedBytes});
}

}  // namespace konform::importer::xoev
