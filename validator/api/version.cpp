#include "konform/version.h"

#include "validator/core/version.h"
#include "validator/profile/version.h"

namespace konform::api {

std::string_view library_version() noexcept { return konform::kVersion; }

bool is_version_range(std::string_view range) noexcept {
  try {
    return VersionRange::parse(range).has_value();
  } catch (...) {  // parsing allocates
    return false;
  }
}

bool version_in_range(std::string_view version, std::string_view range) noexcept {
  try {
    const auto parsed_range = VersionRange::parse(range);
    const auto parsed_version = SemanticVersion::parse(version);
    return parsed_range && parsed_version && parsed_range->contains(*parsed_version);
  } catch (...) {  // parsing allocates
    return false;
  }
}

}  // namespace konform::api
