// Input patterns of waivers: a path or a glob over '/'-separated paths, like .gitignore users
// expect: `*` any characters within one folder name, `?` one such character, `**` any number of
// whole folders (`a/**/b.xml` matches `a/b.xml` and `a/x/y/b.xml`). Everything else is literal.
#pragma once

#include <string>
#include <string_view>

namespace konform::waive {

/// Whether `path` matches `pattern`; both are normalised first (`./` prefixes, `a/../b`).
bool glob_match(std::string_view pattern, std::string_view path);

/// A path as the matcher compares it: lexically normal, '/'-separated, without a leading `./`.
std::string normalised_path(std::string_view path);

}  // namespace konform::waive
