// The lock file schema, compiled into the binary from xsd/lock-2.xsd (see cmake/embed.cmake).
#pragma once

#include <string_view>

namespace konform::embedded {
extern const std::string_view lock_2_xsd;  ///< xsd/lock-2.xsd
}
