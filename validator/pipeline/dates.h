// The validation date a run uses (--as-of, ChainSpec::as_of): today by default, else a day given
// as YYYY-MM-DD that must exist (xsdtypes/plain_date.h checks it).
#pragma once

#include <string>

namespace konform::pipeline {

/// Today's date in the machine's local time zone, as YYYY-MM-DD (the default --as-of).
std::string today();

}  // namespace konform::pipeline
