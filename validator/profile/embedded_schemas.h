// konform's own schemas, compiled into the binary from xsd/ (see cmake/embed.cmake).
#pragma once

#include <string_view>

namespace konform::embedded {
extern const std::string_view profile_1_xsd;                ///< xsd/profile-1.xsd
extern const std::string_view service_definition_1_xsd;     ///< xsd/service-definition-1.xsd
extern const std::string_view service_definition_template;  ///< xsd/konform-service.template.yml
extern const std::string_view profile_test_1_xsd;           ///< xsd/profile-test-1.xsd
}  // namespace konform::embedded
