// The validation date a run uses (--as-of, ChainSpec::as_of): today by default, else a day given
// as YYYY-MM-DD that must exist.
#pragma once

#include <string>

namespace konform::pipeline {

/// Today's date in the machine's local time zone, as YYYY-MM-DD (the default --as-of).
std::string today();

/// YYYY-MM-DD naming a day that exists (dates are then compared as text).
bool is_iso_date(const std::string& text);

}  // namespace konform::pipeline
