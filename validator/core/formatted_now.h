// The current time as text, for dates a run defaults to and times a record states.
#pragma once

#include <string>

namespace konform {

enum class TimeZone { local, utc };

/// Now, formatted with strftime's `format` (at most 63 characters of output) in `zone`.
std::string formatted_now(const char* format, TimeZone zone);

}  // namespace konform
