// Proleptic Gregorian calendar arithmetic on astronomical years (1 BCE = year 0), the integer
// core under DateTime.
//
// Contract: pure functions on std::int64_t, exact for every year DateTime admits (|year| <=
// 10^9 keeps all day counts far inside int64). XSD 1.0 years (no year 0) convert with
// to_astronomical / from_astronomical; everything else here speaks astronomical years.
#pragma once

#include <cstdint>

namespace konform::xsdtypes::calendar {

// XSD 1.0 has no year 0: -0001 is 1 BCE, astronomical year 0.
inline std::int64_t to_astronomical(std::int64_t year) { return year > 0 ? year : year + 1; }
inline std::int64_t from_astronomical(std::int64_t year) { return year > 0 ? year : year - 1; }

// Quotient rounded toward negative infinity (b != 0).
std::int64_t floor_div(std::int64_t a, std::int64_t b);

bool is_leap_year(std::int64_t year);
int days_in_month(std::int64_t year, int month);  // month in [1, 12]

// Days since 1970-01-01 of year-month-day.
std::int64_t days_from_civil(std::int64_t year, int month, int day);

struct Civil {
  std::int64_t year;
  int month;
  int day;
};
// Inverse of days_from_civil.
Civil civil_from_days(std::int64_t days);

}  // namespace konform::xsdtypes::calendar
