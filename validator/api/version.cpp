#include "konform/version.h"

#include "validator/core/version.h"

namespace konform::api {

std::string_view library_version() noexcept { return konform::kVersion; }

}  // namespace konform::api
