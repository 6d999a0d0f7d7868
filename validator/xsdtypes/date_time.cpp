#include "validator/xsdtypes/date_time.h"

#include "validator/xsdtypes/calendar.h"
#include "validator/xsdtypes/digits.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace konform::xsdtypes {
namespace {

using calendar::civil_from_days;
using calendar::days_from_civil;
using calendar::floor_div;
using calendar::from_astronomical;
using calendar::to_astronomical;

constexpr std::int64_t kSecondsPerDay = 86400;

// A forward-only reader over the lexical form.
struct Cursor {
  std::string_view text;

  bool take(char c) {
    if (text.empty() || text.front() != c) return false;
    text.remove_prefix(1);
    return true;
  }
  std::optional<int> two_digits() {
    if (text.size() < 2 || !is_digit(text[0]) || !is_digit(text[1])) return std::nullopt;
    const int value = (text[0] - '0') * 10 + (text[1] - '0');
    text.remove_prefix(2);
    return value;
  }
  // '-'? yyyy+ : at least four digits, no leading zero when longer, not 0000.
  std::optional<std::int64_t> year() {
    const bool negative = take('-');
    std::size_t n = 0;
    while (n < text.size() && is_digit(text[n])) ++n;
    if (n < 4 || (n > 4 && text[0] == '0') || n > 9) return std::nullopt;
    std::int64_t value = 0;
    for (std::size_t i = 0; i < n; ++i) value = value * 10 + (text[i] - '0');
    text.remove_prefix(n);
    if (value == 0) return std::nullopt;
    return negative ? -value : value;
  }
  // ss or ss.f+ as an exact Decimal.
  std::optional<Decimal> seconds() {
    const auto whole = two_digits();
    if (!whole) return std::nullopt;
    if (!take('.')) return Decimal(*whole);
    std::size_t n = 0;
    while (n < text.size() && is_digit(text[n])) ++n;
    if (n == 0) return std::nullopt;
    const auto fraction = Decimal::parse("0." + std::string(text.substr(0, n)));
    text.remove_prefix(n);
    if (!fraction) return std::nullopt;
    return Decimal(*whole) + *fraction;
  }
  // (Z | [+-]hh:mm)? then the end of the text; the outer optional is the parse result.
  std::optional<std::optional<int>> timezone_and_end() {
    std::optional<int> timezone;
    if (take('Z')) {
      timezone = 0;
    } else if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
      const int sign = text.front() == '-' ? -1 : 1;
      text.remove_prefix(1);
      const auto hours = two_digits();
      if (!hours || !take(':')) return std::nullopt;
      const auto minutes = two_digits();
      if (!minutes || *minutes > 59 || *hours * 60 + *minutes > DateTime::kMaxTimezoneMinutes) {
        return std::nullopt;
      }
      timezone = sign * (*hours * 60 + *minutes);
    }
    if (!text.empty()) return std::nullopt;
    return timezone;
  }
};

std::string pad(std::int64_t value, std::size_t width) {
  std::string digits = std::to_string(value);
  if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
  return digits;
}

// (No std::abs: it is undefined for INT_MIN.)
bool valid_timezone(int minutes) {
  return minutes >= -DateTime::kMaxTimezoneMinutes && minutes <= DateTime::kMaxTimezoneMinutes;
}

bool has_date(DateTimeKind kind) {
  return kind == DateTimeKind::kDateTime || kind == DateTimeKind::kDate;
}

}  // namespace

bool is_leap_year(std::int64_t year) { return calendar::is_leap_year(to_astronomical(year)); }

int days_in_month(std::int64_t year, int month) {
  return calendar::days_in_month(to_astronomical(year), month);
}

std::optional<int> timezone_minutes_from(const Duration& timezone) {
  if (timezone.total_months() != 0) return std::nullopt;
  const Decimal& seconds = timezone.total_seconds();
  const auto minutes = Decimal::idiv(seconds, Decimal(60));
  if (!Decimal::mod(seconds, Decimal(60))->is_zero()) return std::nullopt;
  if (minutes->abs() > Integer(DateTime::kMaxTimezoneMinutes)) return std::nullopt;
  return static_cast<int>(minutes->to_int64());
}

void DateTime::apply_reference_fields() {
  // What each kind lacks takes the field of its starting instant in 1972-12-31T00:00:00 (F&O
  // 10.4): a missing year is 1972; a missing month or day is the year's or month's first when a
  // larger field is the kind's own, else December or the 31st.
  struct ReferenceFields {
    DateTimeKind kind;
    bool keeps_time;
    std::optional<std::int64_t> year;
    std::optional<int> month;
    std::optional<int> day;
  };
  static constexpr ReferenceFields kReferences[] = {
      {DateTimeKind::kDateTime, true, {}, {}, {}}, {DateTimeKind::kDate, false, {}, {}, {}},
      {DateTimeKind::kTime, true, 1972, 12, 31},   {DateTimeKind::kGYearMonth, false, {}, {}, 1},
      {DateTimeKind::kGYear, false, {}, 1, 1},     {DateTimeKind::kGMonthDay, false, 1972, {}, {}},
      {DateTimeKind::kGDay, false, 1972, 12, {}},  {DateTimeKind::kGMonth, false, 1972, {}, 1},
  };
  static_assert([] {
    for (std::size_t i = 0; i < std::size(kReferences); ++i) {
      if (static_cast<std::size_t>(kReferences[i].kind) != i) return false;
    }
    return true;
  }());  // a row per kind, in the enum's order
  const ReferenceFields& reference = kReferences[static_cast<std::size_t>(kind_)];
  if (!reference.keeps_time) {
    hour_ = 0;
    minute_ = 0;
    second_ = Decimal();
  }
  year_ = reference.year.value_or(year_);
  month_ = reference.month.value_or(month_);
  day_ = reference.day.value_or(day_);
}

std::optional<DateTime> DateTime::make(DateTimeKind kind, std::int64_t year, int month, int day,
                                       int hour, int minute, const Decimal& second,
                                       std::optional<int> timezone_minutes) {
  DateTime value;
  value.kind_ = kind;
  value.year_ = year;
  value.month_ = month;
  value.day_ = day;
  value.hour_ = hour;
  value.minute_ = minute;
  value.second_ = second;
  value.timezone_ = timezone_minutes;
  return validated(std::move(value));
}

std::optional<DateTime> DateTime::validated(DateTime value) {
  value.apply_reference_fields();
  if (value.year_ == 0 || value.year_ > kMaxYear || value.year_ < -kMaxYear) return std::nullopt;
  if (value.month_ < 1 || value.month_ > 12) return std::nullopt;
  if (value.day_ < 1 || value.day_ > days_in_month(value.year_, value.month_)) return std::nullopt;
  if (value.minute_ < 0 || value.minute_ > 59) return std::nullopt;
  if (value.second_ < Decimal() || value.second_ >= Decimal(60)) return std::nullopt;
  if (value.timezone_ && !valid_timezone(*value.timezone_)) return std::nullopt;
  if (value.hour_ == 24) {
    // 24:00:00 is the first instant of the next day.
    if (value.minute_ != 0 || !value.second_.is_zero()) return std::nullopt;
    value.hour_ = 0;
    if (value.kind_ == DateTimeKind::kDateTime &&
        !value.set_local_seconds(value.local_seconds() + Decimal(kSecondsPerDay))) {
      return std::nullopt;
    }
  }
  if (value.hour_ < 0 || value.hour_ > 23) return std::nullopt;
  return value;
}

std::optional<DateTime> DateTime::parse(DateTimeKind kind, std::string_view text) {
  Cursor in{text};
  // The fields the lexical form of `kind` lacks keep any value: validated() sets them to the
  // reference values.
  DateTime value;
  value.kind_ = kind;
  auto read_time = [&]() -> bool {
    const auto h = in.two_digits();
    if (!h || !in.take(':')) return false;
    const auto m = in.two_digits();
    if (!m || !in.take(':')) return false;
    const auto s = in.seconds();
    if (!s) return false;
    value.hour_ = *h, value.minute_ = *m, value.second_ = *s;
    return true;
  };
  auto read_year_month = [&]() -> bool {
    const auto y = in.year();
    if (!y || !in.take('-')) return false;
    const auto m = in.two_digits();
    if (!m) return false;
    value.year_ = *y, value.month_ = *m;
    return true;
  };
  bool ok = false;
  switch (kind) {
    case DateTimeKind::kDateTime:
    case DateTimeKind::kDate: {
      ok = read_year_month() && in.take('-');
      const auto d = ok ? in.two_digits() : std::nullopt;
      ok = d.has_value();
      if (ok) value.day_ = *d;
      if (ok && kind == DateTimeKind::kDateTime) ok = in.take('T') && read_time();
      break;
    }
    case DateTimeKind::kTime:
      ok = read_time();
      break;
    case DateTimeKind::kGYearMonth:
      ok = read_year_month();
      break;
    case DateTimeKind::kGYear: {
      const auto y = in.year();
      ok = y.has_value();
      if (ok) value.year_ = *y;
      break;
    }
    case DateTimeKind::kGMonthDay:
    case DateTimeKind::kGMonth: {
      ok = in.take('-') && in.take('-');
      const auto m = ok ? in.two_digits() : std::nullopt;
      ok = m.has_value();
      if (ok) value.month_ = *m;
      if (ok && kind == DateTimeKind::kGMonthDay) {
        const auto d = in.take('-') ? in.two_digits() : std::nullopt;
        ok = d.has_value();
        if (ok) value.day_ = *d;
      } else if (ok && in.text.substr(0, 2) == "--") {
        in.text.remove_prefix(2);  // XSD 1.0 first edition gMonth form "--MM--"
      }
      break;
    }
    case DateTimeKind::kGDay: {
      ok = in.take('-') && in.take('-') && in.take('-');
      const auto d = ok ? in.two_digits() : std::nullopt;
      ok = d.has_value();
      if (ok) value.day_ = *d;
      break;
    }
  }
  if (!ok) return std::nullopt;
  const auto timezone = in.timezone_and_end();
  if (!timezone) return std::nullopt;
  value.timezone_ = *timezone;
  return validated(std::move(value));
}

std::optional<DateTime> DateTime::from_time_point(std::chrono::system_clock::time_point now,
                                                  int timezone_minutes) {
  if (!valid_timezone(timezone_minutes)) return std::nullopt;
  const auto nanoseconds =
      std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count();
  DateTime value;
  value.timezone_ = timezone_minutes;
  const Decimal local = Decimal::from_scaled(Integer(static_cast<std::int64_t>(nanoseconds)), 9) +
                        Decimal(std::int64_t{timezone_minutes} * 60);
  value.set_local_seconds(local);  // any int64 nanosecond count is far inside the year range
  return value;
}

std::optional<DateTime> DateTime::combine(const DateTime& date, const DateTime& time) {
  if (date.kind_ != DateTimeKind::kDate || time.kind_ != DateTimeKind::kTime) return std::nullopt;
  if (date.timezone_ && time.timezone_ && *date.timezone_ != *time.timezone_) return std::nullopt;
  DateTime value = date;
  value.kind_ = DateTimeKind::kDateTime;
  value.hour_ = time.hour_;
  value.minute_ = time.minute_;
  value.second_ = time.second_;
  value.timezone_ = date.timezone_ ? date.timezone_ : time.timezone_;
  return value;
}

std::string DateTime::to_string() const {
  std::string out;
  auto append_year = [&] {
    if (year_ < 0) out += '-';
    out += pad(year_ < 0 ? -year_ : year_, 4);
  };
  auto append_time = [&] {
    out += pad(hour_, 2) + ":" + pad(minute_, 2) + ":";
    const std::string seconds = second_.to_string();
    if (second_ < Decimal(10)) out += '0';
    out += seconds;
  };
  switch (kind_) {
    case DateTimeKind::kDateTime:
      append_year();
      out += "-" + pad(month_, 2) + "-" + pad(day_, 2) + "T";
      append_time();
      break;
    case DateTimeKind::kDate:
      append_year();
      out += "-" + pad(month_, 2) + "-" + pad(day_, 2);
      break;
    case DateTimeKind::kTime:
      append_time();
      break;
    case DateTimeKind::kGYearMonth:
      append_year();
      out += "-" + pad(month_, 2);
      break;
    case DateTimeKind::kGYear:
      append_year();
      break;
    case DateTimeKind::kGMonthDay:
      out += "--" + pad(month_, 2) + "-" + pad(day_, 2);
      break;
    case DateTimeKind::kGDay:
      out += "---" + pad(day_, 2);
      break;
    case DateTimeKind::kGMonth:
      out += "--" + pad(month_, 2);
      break;
  }
  if (timezone_) {
    if (*timezone_ == 0) {
      out += 'Z';
    } else {
      const int minutes = std::abs(*timezone_);
      out += *timezone_ < 0 ? '-' : '+';
      out += pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2);
    }
  }
  return out;
}

std::optional<Duration> DateTime::timezone() const {
  if (!timezone_) return std::nullopt;
  return Duration::day_time(Decimal(std::int64_t{*timezone_} * 60));
}

std::optional<DateTime> DateTime::cast(DateTimeKind target) const {
  const bool allowed = target == kind_ || kind_ == DateTimeKind::kDateTime ||
                       (kind_ == DateTimeKind::kDate && target != DateTimeKind::kTime);
  if (!allowed) return std::nullopt;
  DateTime value = *this;
  value.kind_ = target;
  value.apply_reference_fields();
  return value;
}

Decimal DateTime::local_seconds() const {
  const std::int64_t days = days_from_civil(to_astronomical(year_), month_, day_);
  return Decimal(days * kSecondsPerDay + hour_ * 3600 + minute_ * 60) + second_;
}

Decimal DateTime::instant(int implicit_timezone_minutes) const {
  const int timezone = timezone_.value_or(implicit_timezone_minutes);
  return local_seconds() - Decimal(std::int64_t{timezone} * 60);
}

bool DateTime::set_local_seconds(const Decimal& local_seconds) {
  // One day beyond the largest year is a safe bound for the int64 arithmetic below.
  static const Decimal kLimit(static_cast<std::int64_t>((kMaxYear + 1) * 366 * kSecondsPerDay));
  if (local_seconds.abs() > kLimit) return false;
  const Decimal whole = local_seconds.floor();
  const std::int64_t total = whole.truncate().to_int64();
  const std::int64_t days = floor_div(total, kSecondsPerDay);
  const std::int64_t in_day = total - days * kSecondsPerDay;
  const calendar::Civil civil = civil_from_days(days);
  const std::int64_t year = from_astronomical(civil.year);
  if (year > kMaxYear || year < -kMaxYear) return false;
  year_ = year;
  month_ = civil.month;
  day_ = civil.day;
  hour_ = static_cast<int>(in_day / 3600);
  minute_ = static_cast<int>(in_day % 3600 / 60);
  second_ = Decimal(in_day % 60) + (local_seconds - whole);
  return true;
}

std::optional<std::strong_ordering> DateTime::compare(const DateTime& a, const DateTime& b,
                                                      int implicit_timezone_minutes) {
  if (a.kind_ != b.kind_) return std::nullopt;
  return a.instant(implicit_timezone_minutes) <=> b.instant(implicit_timezone_minutes);
}

std::optional<DateTime> DateTime::adjust_to_timezone(std::optional<int> timezone_minutes) const {
  if (!has_date(kind_) && kind_ != DateTimeKind::kTime) return std::nullopt;
  if (timezone_minutes && !valid_timezone(*timezone_minutes)) return std::nullopt;
  DateTime value = *this;
  value.timezone_ = timezone_minutes;
  if (!timezone_ || !timezone_minutes) return value;
  // Same instant, other timezone: shift the local fields by the difference.
  if (!value.set_local_seconds(local_seconds() +
                               Decimal(std::int64_t{*timezone_minutes - *timezone_} * 60))) {
    return std::nullopt;
  }
  value.apply_reference_fields();
  return value;
}

std::optional<DateTime> DateTime::add(const DateTime& value, const Duration& duration) {
  DateTime result = value;
  if (value.kind_ == DateTimeKind::kTime) {
    if (duration.total_months() != 0) return std::nullopt;
    Decimal in_day = *Decimal::mod(value.local_seconds() -
                                       Decimal(days_from_civil(1972, 12, 31) * kSecondsPerDay) +
                                       duration.total_seconds(),
                                   Decimal(kSecondsPerDay));
    if (in_day.sign() < 0) in_day = in_day + Decimal(kSecondsPerDay);
    result.set_local_seconds(Decimal(days_from_civil(1972, 12, 31) * kSecondsPerDay) + in_day);
    return result;
  }
  if (!has_date(value.kind_)) return std::nullopt;
  // XSD 1.0 Appendix E: months first, then clamp the day, then add the seconds.
  const std::int64_t month_index =
      static_cast<std::int64_t>(value.month_) - 1 + duration.total_months();
  const std::int64_t year = to_astronomical(value.year_) + floor_div(month_index, 12);
  if (year > kMaxYear + 1 || year < -kMaxYear - 1) return std::nullopt;
  result.month_ = static_cast<int>(month_index - floor_div(month_index, 12) * 12) + 1;
  result.year_ = from_astronomical(year);
  result.day_ = std::min(value.day_, calendar::days_in_month(year, result.month_));
  if (result.year_ > kMaxYear || result.year_ < -kMaxYear) return std::nullopt;
  if (!result.set_local_seconds(result.local_seconds() + duration.total_seconds()))
    return std::nullopt;
  result.apply_reference_fields();  // a date keeps only the date of the resulting dateTime
  return result;
}

std::optional<DateTime> DateTime::subtract(const DateTime& value, const Duration& duration) {
  return add(value, duration.negate());
}

std::optional<Duration> DateTime::difference(const DateTime& a, const DateTime& b,
                                             int implicit_timezone_minutes) {
  if (a.kind_ != b.kind_ || (!has_date(a.kind_) && a.kind_ != DateTimeKind::kTime))
    return std::nullopt;
  return Duration::day_time(a.instant(implicit_timezone_minutes) -
                            b.instant(implicit_timezone_minutes));
}

}  // namespace konform::xsdtypes
