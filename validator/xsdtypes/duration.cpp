#include "validator/xsdtypes/duration.h"

#include <cmath>
#include <cstdlib>

#include "validator/xsdtypes/digits.h"

namespace konform::xsdtypes {
namespace {

// Months of a valid duration fit in int64 with room to spare, so months * 12 of a parsed
// year count is checked against the bound as an Integer before narrowing.
std::optional<std::int64_t> bounded_months(const Integer& months) {
  if (months.abs() > Integer(Duration::kMaxMonths)) return std::nullopt;
  return months.to_int64();
}

bool same_sign_or_zero(std::int64_t months, const Decimal& seconds) {
  const int month_sign = months > 0 ? 1 : (months < 0 ? -1 : 0);
  return month_sign == 0 || seconds.sign() == 0 || month_sign == seconds.sign();
}

// Round half toward positive infinity, as Saxon's Math.round does for month counts.
std::optional<std::int64_t> round_months(double months) {
  if (!std::isfinite(months)) return std::nullopt;
  const double rounded = std::floor(months + 0.5);
  if (std::fabs(rounded) > static_cast<double>(Duration::kMaxMonths)) return std::nullopt;
  return static_cast<std::int64_t>(rounded);
}

const Decimal& seconds_per_day() {
  static const Decimal value(86400);
  return value;
}

}  // namespace

std::optional<Duration> Duration::parse(std::string_view text, DurationKind kind) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  if (text.empty() || text.front() != 'P') return std::nullopt;
  text.remove_prefix(1);
  Integer months;
  Decimal seconds;
  bool any_component = false;
  bool in_time = false;
  bool any_time_component = false;
  // Designators must appear in this order; the index only moves forward.
  constexpr std::string_view kDateDesignators = "YMD";
  constexpr std::string_view kTimeDesignators = "HMS";
  std::size_t next_allowed = 0;
  while (!text.empty()) {
    if (text.front() == 'T') {
      if (in_time) return std::nullopt;
      in_time = true;
      next_allowed = 0;
      text.remove_prefix(1);
      continue;
    }
    const std::string_view integral = take_digits(text);
    if (integral.empty()) return std::nullopt;
    std::string_view fraction;
    bool has_point = false;
    if (!text.empty() && text.front() == '.') {
      has_point = true;
      text.remove_prefix(1);
      fraction = take_digits(text);
      if (fraction.empty()) return std::nullopt;
    }
    if (text.empty()) return std::nullopt;
    const char designator = text.front();
    text.remove_prefix(1);
    const std::string_view designators = in_time ? kTimeDesignators : kDateDesignators;
    const std::size_t index = designators.find(designator, next_allowed);
    if (index == std::string_view::npos) return std::nullopt;
    next_allowed = index + 1;
    if (has_point && !(in_time && designator == 'S')) return std::nullopt;
    const bool year_month_part = !in_time && designator != 'D';
    if (kind == DurationKind::kYearMonth && !year_month_part) return std::nullopt;
    if (kind == DurationKind::kDayTime && year_month_part) return std::nullopt;
    any_component = true;
    if (in_time) any_time_component = true;
    if (has_point) {
      const auto value = Decimal::parse(std::string(integral) + "." + std::string(fraction));
      if (!value) return std::nullopt;
      seconds = seconds + *value;
      continue;
    }
    const auto value = Integer::parse(integral);
    if (!value) return std::nullopt;
    if (year_month_part) {
      months += designator == 'Y' ? *value * Integer(12) : *value;
      if (months > Integer(kMaxMonths)) return std::nullopt;
    } else {
      const std::int64_t unit = designator == 'D'   ? 86400
                                : designator == 'H' ? 3600
                                : designator == 'M' ? 60
                                                    : 1;
      seconds = seconds + Decimal::from_integer(*value * Integer(unit));
    }
  }
  if (!any_component || (in_time && !any_time_component)) return std::nullopt;
  const auto month_count = bounded_months(months);
  if (!month_count) return std::nullopt;
  if (negative) return Duration(kind, -*month_count, -seconds);
  return Duration(kind, *month_count, seconds);
}

std::optional<Duration> Duration::make(DurationKind kind, std::int64_t months,
                                       const Decimal& seconds) {
  if (months > kMaxMonths || months < -kMaxMonths) return std::nullopt;
  if (!same_sign_or_zero(months, seconds)) return std::nullopt;
  if (kind == DurationKind::kYearMonth && !seconds.is_zero()) return std::nullopt;
  if (kind == DurationKind::kDayTime && months != 0) return std::nullopt;
  return Duration(kind, months, seconds);
}

std::optional<Duration> Duration::year_month(std::int64_t months) {
  return make(DurationKind::kYearMonth, months, Decimal());
}

Duration Duration::day_time(const Decimal& seconds) {
  return Duration(DurationKind::kDayTime, 0, seconds);
}

int Duration::sign() const {
  if (months_ != 0) return months_ > 0 ? 1 : -1;
  return seconds_.sign();
}

Integer Duration::days() const { return *Decimal::idiv(seconds_, seconds_per_day()); }

int Duration::hours() const {
  const Decimal in_day = *Decimal::mod(seconds_, seconds_per_day());
  return static_cast<int>(Decimal::idiv(in_day, Decimal(3600))->to_int64());
}

int Duration::minutes() const {
  const Decimal in_hour = *Decimal::mod(seconds_, Decimal(3600));
  return static_cast<int>(Decimal::idiv(in_hour, Decimal(60))->to_int64());
}

Decimal Duration::seconds() const { return *Decimal::mod(seconds_, Decimal(60)); }

std::string Duration::to_string() const {
  const Duration magnitude = sign() < 0 ? negate() : *this;
  std::string out = sign() < 0 ? "-P" : "P";
  if (magnitude.months_ != 0) {
    if (magnitude.years() != 0) out += std::to_string(magnitude.years()) + "Y";
    if (magnitude.months() != 0) out += std::to_string(magnitude.months()) + "M";
  }
  if (!magnitude.seconds_.is_zero()) {
    const Integer day_count = magnitude.days();
    if (!day_count.is_zero()) out += day_count.to_string() + "D";
    const int hour_count = magnitude.hours();
    const int minute_count = magnitude.minutes();
    const Decimal second_count = magnitude.seconds();
    if (hour_count != 0 || minute_count != 0 || !second_count.is_zero()) {
      out += "T";
      if (hour_count != 0) out += std::to_string(hour_count) + "H";
      if (minute_count != 0) out += std::to_string(minute_count) + "M";
      if (!second_count.is_zero()) out += second_count.to_string() + "S";
    }
  }
  if (out == "P") return kind_ == DurationKind::kYearMonth ? "P0M" : "PT0S";
  return out;
}

Duration Duration::cast(DurationKind target) const {
  switch (target) {
    case DurationKind::kYearMonth:
      return Duration(target, months_, Decimal());
    case DurationKind::kDayTime:
      return Duration(target, 0, seconds_);
    case DurationKind::kDuration:
      break;
  }
  return Duration(target, months_, seconds_);
}

std::optional<std::strong_ordering> Duration::compare(const Duration& a, const Duration& b) {
  if (a.kind_ != b.kind_) return std::nullopt;
  if (a.kind_ == DurationKind::kYearMonth) return a.months_ <=> b.months_;
  if (a.kind_ == DurationKind::kDayTime) return a.seconds_ <=> b.seconds_;
  return std::nullopt;
}

std::optional<Duration> Duration::add(const Duration& a, const Duration& b) {
  if (a.kind_ != b.kind_) return std::nullopt;
  if (a.kind_ == DurationKind::kYearMonth) return year_month(a.months_ + b.months_);
  if (a.kind_ == DurationKind::kDayTime) return day_time(a.seconds_ + b.seconds_);
  return std::nullopt;
}

std::optional<Duration> Duration::subtract(const Duration& a, const Duration& b) {
  return add(a, b.negate());
}

Duration Duration::negate() const { return Duration(kind_, -months_, -seconds_); }

std::optional<Duration> Duration::multiply(const Duration& a, double factor) {
  if (std::isnan(factor) || std::isinf(factor)) return std::nullopt;
  if (a.kind_ == DurationKind::kYearMonth) {
    const auto months = round_months(static_cast<double>(a.months_) * factor);
    if (!months) return std::nullopt;
    return year_month(*months);
  }
  if (a.kind_ == DurationKind::kDayTime)
    return day_time(a.seconds_ * *Decimal::from_double(factor));
  return std::nullopt;
}

std::optional<Duration> Duration::divide(const Duration& a, double divisor) {
  if (std::isnan(divisor) || divisor == 0) return std::nullopt;
  if (a.kind_ == DurationKind::kYearMonth) {
    if (std::isinf(divisor)) return year_month(0);
    const auto months = round_months(static_cast<double>(a.months_) / divisor);
    if (!months) return std::nullopt;
    return year_month(*months);
  }
  if (a.kind_ == DurationKind::kDayTime) {
    if (std::isinf(divisor)) return day_time(Decimal());
    return day_time(*Decimal::divide(a.seconds_, *Decimal::from_double(divisor)));
  }
  return std::nullopt;
}

std::optional<Decimal> Duration::divide(const Duration& a, const Duration& b) {
  if (a.kind_ != b.kind_) return std::nullopt;
  if (a.kind_ == DurationKind::kYearMonth)
    return Decimal::divide(Decimal(a.months_), Decimal(b.months_));
  if (a.kind_ == DurationKind::kDayTime) return Decimal::divide(a.seconds_, b.seconds_);
  return std::nullopt;
}

}  // namespace konform::xsdtypes
