#include "validator/pipeline/dates.h"

#include "validator/core/formatted_now.h"

namespace konform::pipeline {

std::string today() { return formatted_now("%Y-%m-%d", TimeZone::local); }

}  // namespace konform::pipeline
