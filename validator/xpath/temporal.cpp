#include "validator/xpath/temporal.h"

#include <cctype>
#include <cstdio>

namespace konform::xpath {
namespace {

using xsdtypes::Decimal;
using xsdtypes::Integer;

bool is_leap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days since 0001-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468 + 719162;  // shift epoch 1970-01-01 -> 0001-01-01
}

void civil_from_days(std::int64_t z, std::int64_t& y, int& m, int& d) {
  z -= 719162;
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = yoe + era * 400;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y += m <= 2;
}

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  bool done() const { return i_ == s_.size(); }
  bool eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  // Exactly n digits (n > 0) or, with n == 0, at least one digit.
  bool digits(int n, std::int64_t& out, int min_digits = 0) {
    std::size_t start = i_;
    out = 0;
    while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_])) &&
           (n == 0 || static_cast<int>(i_ - start) < n)) {
      if (i_ - start > 17) return false;
      out = out * 10 + (s_[i_] - '0');
      ++i_;
    }
    int count = static_cast<int>(i_ - start);
    if (n > 0) return count == n;
    return count >= std::max(1, min_digits);
  }
  std::size_t pos() const { return i_; }
  std::string_view rest_from(std::size_t start) const { return s_.substr(start, i_ - start); }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

bool parse_year(Scanner& sc, std::int64_t& year) {
  bool negative = sc.eat('-');
  std::size_t start = sc.pos();
  if (!sc.digits(0, year, 4)) return false;
  std::string_view text = sc.rest_from(start);
  if (text.size() > 4 && text[0] == '0') return false;
  if (year == 0) return false;
  if (negative) year = -year;
  return true;
}

bool parse_timezone(Scanner& sc, DateTimeValue& v) {
  if (sc.done()) return true;
  if (sc.eat('Z')) {
    v.has_timezone = true;
    v.timezone_minutes = 0;
    return sc.done();
  }
  int sign = sc.eat('+') ? 1 : (sc.eat('-') ? -1 : 0);
  if (sign == 0) return false;
  std::int64_t h = 0, m = 0;
  if (!sc.digits(2, h) || !sc.eat(':') || !sc.digits(2, m) || !sc.done()) return false;
  if (m > 59 || h > 14 || (h == 14 && m != 0)) return false;
  v.has_timezone = true;
  v.timezone_minutes = static_cast<int>(sign * (h * 60 + m));
  return true;
}

bool parse_time_part(Scanner& sc, DateTimeValue& v) {
  std::int64_t h = 0, mi = 0, s = 0;
  if (!sc.digits(2, h) || !sc.eat(':') || !sc.digits(2, mi) || !sc.eat(':') || !sc.digits(2, s))
    return false;
  std::string sec = std::to_string(s);
  if (sc.eat('.')) {
    std::size_t start = sc.pos();
    std::int64_t ignored = 0;
    while (std::isdigit(static_cast<unsigned char>(sc.peek()))) {
      if (!sc.digits(1, ignored)) return false;
    }
    std::string_view frac = sc.rest_from(start);
    if (frac.empty()) return false;
    sec += "." + std::string(frac);
  }
  if (h > 24 || mi > 59 || s > 59) return false;
  auto second = Decimal::parse(sec);
  if (!second) return false;
  if (h == 24 && (mi != 0 || !second->is_zero())) return false;
  v.hour = static_cast<int>(h);
  v.minute = static_cast<int>(mi);
  v.second = *second;
  return true;
}

std::string two(std::int64_t n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", static_cast<int>(n));
  return buf;
}

std::string year_text(std::int64_t y) {
  std::string digits = std::to_string(y < 0 ? -y : y);
  while (digits.size() < 4) digits.insert(digits.begin(), '0');
  return (y < 0 ? "-" : "") + digits;
}

std::string seconds_text(const Decimal& s) {
  std::string text = s.to_string();
  std::size_t integral = text.find('.');
  if (integral == std::string::npos) integral = text.size();
  if (integral < 2) text.insert(0, 2 - integral, '0');
  return text;
}

std::string timezone_text(const DateTimeValue& v) {
  if (!v.has_timezone) return {};
  if (v.timezone_minutes == 0) return "Z";
  int m = v.timezone_minutes < 0 ? -v.timezone_minutes : v.timezone_minutes;
  return std::string(v.timezone_minutes < 0 ? "-" : "+") + two(m / 60) + ":" + two(m % 60);
}

// 24:00:00 is 00:00:00 of the next day.
void normalise_midnight(AtomicType type, DateTimeValue& v) {
  if (v.hour != 24) return;
  v.hour = 0;
  if (type == AtomicType::kDateTime) {
    std::int64_t days = days_from_civil(v.year, v.month, v.day) + 1;
    civil_from_days(days, v.year, v.month, v.day);
  }
}

}  // namespace

int days_in_month(std::int64_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap(year)) return 29;
  return kDays[(month - 1) % 12];
}

std::optional<DateTimeValue> parse_date_time(AtomicType type, std::string_view text) {
  Scanner sc(text);
  DateTimeValue v;
  std::int64_t n = 0;
  switch (type) {
    case AtomicType::kDateTime:
    case AtomicType::kDate: {
      std::int64_t m = 0, d = 0;
      if (!parse_year(sc, v.year) || !sc.eat('-') || !sc.digits(2, m) || !sc.eat('-') ||
          !sc.digits(2, d))
        return std::nullopt;
      if (m < 1 || m > 12 || d < 1 || d > days_in_month(v.year, static_cast<int>(m)))
        return std::nullopt;
      v.month = static_cast<int>(m);
      v.day = static_cast<int>(d);
      if (type == AtomicType::kDateTime && (!sc.eat('T') || !parse_time_part(sc, v)))
        return std::nullopt;
      break;
    }
    case AtomicType::kTime:
      if (!parse_time_part(sc, v)) return std::nullopt;
      break;
    case AtomicType::kGYearMonth:
      if (!parse_year(sc, v.year) || !sc.eat('-') || !sc.digits(2, n) || n < 1 || n > 12)
        return std::nullopt;
      v.month = static_cast<int>(n);
      v.day = 1;
      break;
    case AtomicType::kGYear:
      if (!parse_year(sc, v.year)) return std::nullopt;
      v.month = 1;
      v.day = 1;
      break;
    case AtomicType::kGMonthDay: {
      std::int64_t d = 0;
      if (!sc.eat('-') || !sc.eat('-') || !sc.digits(2, n) || !sc.eat('-') || !sc.digits(2, d) ||
          n < 1 || n > 12 || d < 1 || d > days_in_month(1972, static_cast<int>(n)))
        return std::nullopt;
      v.month = static_cast<int>(n);
      v.day = static_cast<int>(d);
      break;
    }
    case AtomicType::kGDay:
      if (!sc.eat('-') || !sc.eat('-') || !sc.eat('-') || !sc.digits(2, n) || n < 1 || n > 31)
        return std::nullopt;
      v.month = 12;
      v.day = static_cast<int>(n);
      break;
    case AtomicType::kGMonth:
      if (!sc.eat('-') || !sc.eat('-') || !sc.digits(2, n) || n < 1 || n > 12)
        return std::nullopt;
      v.month = static_cast<int>(n);
      v.day = 1;
      break;
    default:
      return std::nullopt;
  }
  if (!parse_timezone(sc, v)) return std::nullopt;
  normalise_midnight(type, v);
  return v;
}

std::string format_date_time(AtomicType type, const DateTimeValue& v) {
  std::string date = year_text(v.year) + "-" + two(v.month) + "-" + two(v.day);
  std::string time = two(v.hour) + ":" + two(v.minute) + ":" + seconds_text(v.second);
  std::string out;
  switch (type) {
    case AtomicType::kDateTime: out = date + "T" + time; break;
    case AtomicType::kDate: out = date; break;
    case AtomicType::kTime: out = time; break;
    case AtomicType::kGYearMonth: out = year_text(v.year) + "-" + two(v.month); break;
    case AtomicType::kGYear: out = year_text(v.year); break;
    case AtomicType::kGMonthDay: out = "--" + two(v.month) + "-" + two(v.day); break;
    case AtomicType::kGDay: out = "---" + two(v.day); break;
    case AtomicType::kGMonth: out = "--" + two(v.month); break;
    default: break;
  }
  return out + timezone_text(v);
}

std::optional<DurationValue> parse_duration(AtomicType type, std::string_view text) {
  Scanner sc(text);
  bool negative = sc.eat('-');
  if (!sc.eat('P')) return std::nullopt;
  std::int64_t years = 0, months = 0, days = 0, hours = 0, minutes = 0;
  Decimal seconds;
  bool any = false, any_time = false, saw_t = false;
  char last = 'P';
  static constexpr std::string_view kDateOrder = "YMD";
  static constexpr std::string_view kTimeOrder = "HMS";
  while (!sc.done()) {
    if (!saw_t && sc.eat('T')) {
      saw_t = true;
      last = 'T';
      continue;
    }
    std::size_t start = sc.pos();
    std::int64_t n = 0;
    if (!sc.digits(0, n)) return std::nullopt;
    std::string number(sc.rest_from(start));
    bool fraction = false;
    if (saw_t && sc.peek() == '.') {
      sc.eat('.');
      std::size_t fs = sc.pos();
      std::int64_t ignored = 0;
      if (!sc.digits(0, ignored)) return std::nullopt;
      number += "." + std::string(sc.rest_from(fs));
      fraction = true;
    }
    char unit = sc.peek();
    if (!sc.eat(unit)) return std::nullopt;
    std::string_view order = saw_t ? kTimeOrder : kDateOrder;
    std::size_t at = order.find(unit);
    if (at == std::string_view::npos) return std::nullopt;
    if (last != 'P' && last != 'T' && order.find(last) != std::string_view::npos &&
        order.find(last) >= at)
      return std::nullopt;
    if (fraction && unit != 'S') return std::nullopt;
    last = unit;
    any = true;
    if (saw_t) any_time = true;
    if (!saw_t) {
      (unit == 'Y' ? years : unit == 'M' ? months : days) = n;
    } else if (unit == 'S') {
      auto s = Decimal::parse(number);
      if (!s) return std::nullopt;
      seconds = *s;
    } else {
      (unit == 'H' ? hours : minutes) = n;
    }
  }
  if (!any || (saw_t && !any_time)) return std::nullopt;
  if (type == AtomicType::kYearMonthDuration && (days || hours || minutes || !seconds.is_zero()))
    return std::nullopt;
  if (type == AtomicType::kDayTimeDuration && (years || months)) return std::nullopt;
  DurationValue d;
  d.months = years * 12 + months;
  d.seconds = Decimal(((days * 24 + hours) * 60 + minutes) * 60) + seconds;
  if (negative) {
    d.months = -d.months;
    d.seconds = -d.seconds;
  }
  return d;
}

std::string format_duration(AtomicType type, const DurationValue& d) {
  bool negative = d.months < 0 || d.seconds.sign() < 0;
  std::int64_t months = d.months < 0 ? -d.months : d.months;
  Decimal seconds = d.seconds.abs();
  std::string out = negative ? "-P" : "P";
  if (type == AtomicType::kYearMonthDuration) {
    if (months / 12) out += std::to_string(months / 12) + "Y";
    if (months % 12 || months == 0) out += std::to_string(months % 12) + "M";
    return out;
  }
  if (months / 12) out += std::to_string(months / 12) + "Y";
  if (months % 12) out += std::to_string(months % 12) + "M";
  Integer whole = seconds.truncate();
  Decimal fraction = seconds - Decimal::from_integer(whole);
  auto total = whole.to_int64();
  std::int64_t days = total / 86400, hours = total / 3600 % 24, minutes = total / 60 % 60,
               secs = total % 60;
  if (days) out += std::to_string(days) + "D";
  if (hours || minutes || secs || !fraction.is_zero()) {
    out += "T";
    if (hours) out += std::to_string(hours) + "H";
    if (minutes) out += std::to_string(minutes) + "M";
    if (secs || !fraction.is_zero()) out += (Decimal(secs) + fraction).to_string() + "S";
  }
  if (out == "P" || out == "-P") out = type == AtomicType::kDuration && months ? out : "PT0S";
  return out;
}

Decimal timeline_seconds(const DateTimeValue& v) {
  std::int64_t days = days_from_civil(v.year, v.month, v.day);
  std::int64_t secs = days * 86400 + v.hour * 3600 + v.minute * 60 -
                      (v.has_timezone ? v.timezone_minutes * 60 : 0);
  return Decimal(secs) + v.second;
}

DateTimeValue from_timeline_seconds(const Decimal& seconds, int tz_minutes) {
  Decimal local = seconds + Decimal(static_cast<std::int64_t>(tz_minutes) * 60);
  Decimal day_start = local.floor();
  std::int64_t whole = day_start.truncate().to_int64();
  std::int64_t days = whole >= 0 ? whole / 86400 : -((-whole + 86399) / 86400);
  std::int64_t in_day = whole - days * 86400;
  DateTimeValue v;
  civil_from_days(days, v.year, v.month, v.day);
  v.hour = static_cast<int>(in_day / 3600);
  v.minute = static_cast<int>(in_day / 60 % 60);
  v.second = Decimal(in_day % 60) + (local - day_start);
  v.has_timezone = true;
  v.timezone_minutes = tz_minutes;
  return v;
}

DateTimeValue add_duration(AtomicType type, const DateTimeValue& value,
                           const DurationValue& duration) {
  DateTimeValue v = value;
  if (duration.months != 0) {
    std::int64_t total = v.year * 12 + (v.month - 1) + duration.months;
    std::int64_t y = total >= 0 ? total / 12 : -((-total + 11) / 12);
    v.month = static_cast<int>(total - y * 12 + 1);
    v.year = y;
    if (v.day > days_in_month(v.year, v.month)) v.day = days_in_month(v.year, v.month);
  }
  if (!duration.seconds.is_zero()) {
    int tz = v.has_timezone ? v.timezone_minutes : 0;
    DateTimeValue shifted = from_timeline_seconds(timeline_seconds(v) + duration.seconds, tz);
    shifted.has_timezone = v.has_timezone;
    v = shifted;
  }
  if (type == AtomicType::kDate) {
    v.hour = 0;
    v.minute = 0;
    v.second = Decimal();
  }
  if (type == AtomicType::kTime) {
    v.year = 1972;
    v.month = 12;
    v.day = 31;
  }
  return v;
}

}  // namespace konform::xpath
