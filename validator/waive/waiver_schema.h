// The waiver file schema, compiled into the binary from xsd/waivers-1.xsd (see cmake/embed.cmake).
#pragma once

#include <string_view>

namespace konform::embedded {
extern const std::string_view waivers_1_xsd;  ///< xsd/waivers-1.xsd
}
