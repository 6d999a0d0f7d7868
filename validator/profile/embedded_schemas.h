// konform's own schemas, compiled into the binary from xsd/ (see cmake/embed.cmake).
#pragma once

#include <string_view>

namespace konform::embedded {
extern const std::string_view profile_1_xsd;  ///< xsd/profile-1.xsd
}
