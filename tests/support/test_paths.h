// Where tests find their data: the source tree, the build tree, the shared corpus and the built
// CLI.
#pragma once

#include <filesystem>
#include <string>

namespace konform::test {

/// The repository's root folder.
std::filesystem::path source_dir();
/// ../shared/corpus, or $KONFORM_CORPUS. Fails the calling test (never skips) when it is missing.
std::filesystem::path corpus_dir();
/// ../shared (the corpus's parent): schemas/, servicedefs/, domain/.
std::filesystem::path shared_dir();
/// A fresh folder under the build tree for this test's output (../shared is read-only in CI).
std::filesystem::path output_dir(const std::string& name);
/// The built `konform` executable ($KONFORM_BIN, set by CTest; else the build tree's).
std::filesystem::path konform_binary();
/// The shipped profiles that binary finds next to itself (<prefix>/share/konform/profiles, by its
/// real path as konform names it): the source's profiles/ for the build tree, the installed copy
/// for an installed konform.
std::filesystem::path shipped_profiles_of_binary();

}  // namespace konform::test
