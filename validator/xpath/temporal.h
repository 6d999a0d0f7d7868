// Date, time and duration values of XPath 2.0 (xs:dateTime, xs:date, xs:time, the g* types,
// xs:duration and its two totally ordered subtypes): lexical parsing per XSD 1.0, canonical
// formatting per F&O 17.1.2, ordering on the timeline (values without a timezone use the implicit
// timezone, which konform fixes to UTC so results are reproducible) and the arithmetic F&O 10.6
// defines. Seconds are exact decimals.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "validator/xpath/atomic_type.h"
#include "validator/xsdtypes/decimal.h"

namespace konform::xpath {

/// Components of any date/time type; fields a type lacks hold neutral values (year 1972,
/// month 12, day 31 for xs:time, hour/minute/second 0 for dates).
struct DateTimeValue {
  std::int64_t year = 1972;
  int month = 12;
  int day = 31;
  int hour = 0;
  int minute = 0;
  xsdtypes::Decimal second;
  bool has_timezone = false;
  int timezone_minutes = 0;
};

/// months and seconds always have the same sign (or are zero).
struct DurationValue {
  std::int64_t months = 0;
  xsdtypes::Decimal seconds;
};

std::optional<DateTimeValue> parse_date_time(AtomicType type, std::string_view text);
std::string format_date_time(AtomicType type, const DateTimeValue& value);
std::optional<DurationValue> parse_duration(AtomicType type, std::string_view text);
std::string format_duration(AtomicType type, const DurationValue& value);
/// Seconds since 0001-01-01T00:00Z on the timeline (implicit timezone UTC).
xsdtypes::Decimal timeline_seconds(const DateTimeValue& value);
/// The date/time `value` of `type` plus `duration` (F&O 10.7.3 adjustment of the day).
DateTimeValue add_duration(AtomicType type, const DateTimeValue& value,
                           const DurationValue& duration);
/// Converts epoch seconds (UTC) to a value with timezone `tz_minutes`.
DateTimeValue from_timeline_seconds(const xsdtypes::Decimal& seconds, int tz_minutes);
int days_in_month(std::int64_t year, int month);

}  // namespace konform::xpath
