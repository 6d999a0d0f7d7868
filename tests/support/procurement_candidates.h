// The four candidates of issue 23's procurement comparison, prepared under the build folder: the
// shipped example product (beispiel), a copy of it with `isms: none` (kaputt), and two real
// publiccode.yml files from ../shared/servicedefs. Shared by the compare, PDF and language tests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform::test {

/// The candidate folders (or files) as paths relative to `dir`, where they are (re)created; the
/// real publiccode.yml files are copied there, so pages name no machine's folder.
std::vector<std::string> four_candidates(const std::filesystem::path& dir);

}  // namespace konform::test
