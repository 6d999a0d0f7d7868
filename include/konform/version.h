// The version of the konform library an embedding program was compiled against, and the one it
// runs with. The API follows semantic versioning; the shared library's SONAME carries the major
// version (libkonform.so.0 while the major version is 0, where minor versions may still change
// the API).
#pragma once

#include <string_view>

#include "konform/export.h"

namespace konform::api {

/// The version of the headers (the library's at build time).
inline constexpr std::string_view kHeaderVersion = "0.1.0";

/// The version of the library actually loaded.
KONFORM_API std::string_view library_version() noexcept;

}  // namespace konform::api
