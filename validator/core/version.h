// konform's own version, as `konform --version` prints it and reports record it.
#pragma once

#include <string_view>

namespace konform {
inline constexpr std::string_view kVersion = "0.1.0";
/// konform's licence as an SPDX identifier (the text: LICENSE, and the package's copyright file).
inline constexpr std::string_view kLicence = "EUPL-1.2";
}  // namespace konform
