// DateTime: the value spaces of the XSD 1.0 date/time types (xs:dateTime, xs:date, xs:time,
// xs:gYearMonth, xs:gYear, xs:gMonthDay, xs:gDay, xs:gMonth) as XPath 2.0 uses them (F&O 2.0
// section 10).
//
// Contract: one value type for all eight kinds. Every value holds all seven fields; the fields a
// kind does not have carry the F&O reference values (1972-12-31T00:00:00, month 1 and day 1 for
// gYear, ...), so comparison is "compare the starting instants" (F&O 10.4) for every kind.
// Years follow XSD 1.0: no year 0000, -0001 is 1 BCE (a leap year, proleptic Gregorian), and
// arithmetic skips year 0. |year| is limited to kMaxYear; results beyond it are nullopt (the
// engine raises FODT0001). Seconds are exact Decimals with any number of fractional digits.
// Timezones are minutes east of UTC in [-840, 840]; values without one are compared and
// subtracted after taking the caller's implicit timezone (F&O 10.4: XPath does not use XSD's
// 14-hour indeterminacy). Expected failures are nullopt, never exceptions.
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "validator/xsdtypes/date_time_kind.h"
#include "validator/xsdtypes/decimal.h"
#include "validator/xsdtypes/duration.h"

namespace konform::xsdtypes {

class DateTime {
 public:
  static constexpr std::int64_t kMaxYear = 999'999'999;
  static constexpr int kMaxTimezoneMinutes = 14 * 60;

  // The XSD 1.0 lexical form of `kind`, e.g. "2024-02-29T24:00:00.5+01:00", "-12345-01-01",
  // "--02-29", "---31", "--12" (the old "--12--" gMonth form is accepted too). Years have at
  // least four digits and no leading zero beyond four. "24:00:00" becomes 00:00:00 of the next
  // day (dateTime) or 00:00:00 (time). No whitespace.
  static std::optional<DateTime> parse(DateTimeKind kind, std::string_view text);
  // From fields; the fields `kind` does not use are ignored. nullopt when invalid.
  static std::optional<DateTime> make(DateTimeKind kind, std::int64_t year, int month, int day,
                                      int hour, int minute, const Decimal& second,
                                      std::optional<int> timezone_minutes);
  // fn:current-dateTime: `now` as an xs:dateTime in the given timezone (sub-second digits as
  // far as the clock provides them); nullopt if the timezone is outside +/-14:00.
  static std::optional<DateTime> from_time_point(std::chrono::system_clock::time_point now,
                                                 int timezone_minutes);
  // fn:dateTime($date, $time): nullopt if both have different timezones.
  static std::optional<DateTime> combine(const DateTime& date, const DateTime& time);

  // Canonical form (F&O 17.1.2): "2024-02-29T10:00:00Z", "10:00:00.5+01:00", "--02-29".
  std::string to_string() const;

  DateTimeKind kind() const { return kind_; }
  std::int64_t year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }
  int hours() const { return hour_; }
  int minutes() const { return minute_; }
  const Decimal& seconds() const { return second_; }
  std::optional<int> timezone_minutes() const { return timezone_; }
  // fn:timezone-from-*: the timezone as an xs:dayTimeDuration.
  std::optional<Duration> timezone() const;

  // F&O 17.1.5 casts among the date/time types: dateTime -> any kind, date -> dateTime/date/g*,
  // other kinds only to themselves; nullopt where the cast is not allowed.
  std::optional<DateTime> cast(DateTimeKind target) const;

  // Order of the starting instants; nullopt when the kinds differ. (XPath defines lt/gt only for
  // dateTime, date and time; eq is defined for all kinds.)
  static std::optional<std::strong_ordering> compare(const DateTime& a, const DateTime& b,
                                                     int implicit_timezone_minutes);
  // Identity of the stored fields (same kind, fields and timezone), not XPath eq.
  friend bool operator==(const DateTime& a, const DateTime& b) = default;

  // fn:adjust-{dateTime,date,time}-to-timezone; nullopt timezone removes it. nullopt result for
  // a g* kind or a timezone outside +/-14:00.
  // (The one-argument XPath forms pass the implicit timezone here.)
  std::optional<DateTime> adjust_to_timezone(std::optional<int> timezone_minutes) const;

  // dateTime/date + any duration (XSD 1.0 Appendix E: months first with the day clamped to the
  // month's end, then the seconds); time + dayTimeDuration (wraps around midnight). nullopt for
  // other kinds or when the year leaves the supported range.
  static std::optional<DateTime> add(const DateTime& value, const Duration& duration);
  static std::optional<DateTime> subtract(const DateTime& value, const Duration& duration);
  // a - b as an xs:dayTimeDuration, for two dateTimes, two dates or two times.
  static std::optional<Duration> difference(const DateTime& a, const DateTime& b,
                                            int implicit_timezone_minutes);

 private:
  DateTime() = default;
  // `value` with the fields its kind lacks set to the reference values and 24:00:00 moved to the
  // next day; nullopt when a field is out of range.
  static std::optional<DateTime> validated(DateTime value);
  // Seconds since 1970-01-01T00:00:00Z of the value's starting instant.
  Decimal instant(int implicit_timezone_minutes) const;
  // Fields from local seconds since the epoch (keeps kind_ and timezone_); nullopt out of range.
  bool set_local_seconds(const Decimal& local_seconds);
  Decimal local_seconds() const;
  void apply_reference_fields();

  DateTimeKind kind_ = DateTimeKind::kDateTime;
  std::int64_t year_ = 1972;
  int month_ = 12;
  int day_ = 31;
  int hour_ = 0;
  int minute_ = 0;
  Decimal second_;
  std::optional<int> timezone_;
};

// fn:adjust-*-to-timezone's $timezone argument: a dayTimeDuration of whole minutes within
// +/-PT14H, as minutes; nullopt otherwise (FODT0003).
std::optional<int> timezone_minutes_from(const Duration& timezone);

// Gregorian calendar helpers on XSD 1.0 years (no year 0).
bool is_leap_year(std::int64_t year);
int days_in_month(std::int64_t year, int month);

}  // namespace konform::xsdtypes
