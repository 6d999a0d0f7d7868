// Plain dates: YYYY-MM-DD with a four-digit year, no time zone, and a day that exists. konform's
// own dates (--as-of, the validation date, code-list validity) are plain so that they compare
// correctly as text; xs:date's wider lexical space (five-digit and negative years, time zones)
// would break that. Whether the day exists is decided by DateTime, the one date parser.
#pragma once

#include <optional>
#include <string_view>

namespace konform::xsdtypes {

/// Whether `text` is a plain date: "2026-02-28" is, "2026-02-30", "2026-2-28" and "2026-02-28Z"
/// are not.
bool is_plain_date(std::string_view text);

/// The plain date of an xs:date that may carry a time zone ("2024-01-01Z", "2024-01-01+01:00"),
/// as published in genericode metadata; nullopt when `text` is not such a date.
std::optional<std::string_view> plain_date_of(std::string_view xs_date);

}  // namespace konform::xsdtypes
