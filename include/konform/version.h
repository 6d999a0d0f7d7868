// The version of the konform library an embedding program was compiled against, and the one it
// runs with. The API follows semantic versioning; the shared library's SONAME carries the major
// version (libkonform.so.0 while the major version is 0, where minor versions may still change
// the API). Also the version ranges profiles are chosen by (`--profile ID@RANGE`).
#pragma once

#include <string_view>

#include "konform/export.h"

namespace konform::api {

/// The version of the headers (the library's at build time).
inline constexpr std::string_view kHeaderVersion = "0.1.0";

/// The version of the library actually loaded.
KONFORM_API std::string_view library_version() noexcept;

/// Whether `range` is a version range as `--profile ID@RANGE` and `extends` take them: exact
/// `2.1.0`, caret `^2.1`, tilde `~2.1`, comparisons `>=2.0.0 <3.0.0`, or `*`.
KONFORM_API bool is_version_range(std::string_view range) noexcept;

/// Whether the semantic version `version` lies in `range`; false when either does not parse.
KONFORM_API bool version_in_range(std::string_view version, std::string_view range) noexcept;

}  // namespace konform::api
