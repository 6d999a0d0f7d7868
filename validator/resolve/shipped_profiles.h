// Where the profiles shipped with konform live: found relative to konform's own file (the
// executable, or libkonform.so for an embedding program), never through a path compiled in.
// <prefix>/bin/konform and <prefix>/lib[/<multiarch>]/libkonform.so.0 both reach
// <prefix>/share/konform/profiles, so an install tree works wherever it is moved; the build tree
// mirrors that layout: share/konform/profiles links to the source's profiles/ (CMakeLists.txt).
#pragma once

#include <filesystem>
#include <optional>

namespace konform {

/// The shipped profiles' folder, or nullopt when there is none beside konform.
std::optional<std::filesystem::path> shipped_profiles_dir();

}  // namespace konform
