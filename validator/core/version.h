// konform's own version, as `konform --version` prints it and reports record it.
#pragma once

#include <string_view>

namespace konform {
inline constexpr std::string_view kVersion = "0.1.0";
}
