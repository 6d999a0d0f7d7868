// The lock file schema, compiled into the binary from xsd/lock-1.xsd (see cmake/embed.cmake).
#pragma once

#include <string_view>

namespace konform::embedded {
extern const std::string_view lock_1_xsd;  ///< xsd/lock-1.xsd
}
