// Duration: the value space of xs:duration, xs:yearMonthDuration and xs:dayTimeDuration as
// XPath 2.0 (F&O 2.0 section 10) sees it.
//
// Contract: a duration is a number of months (std::int64_t) and an exact number of seconds
// (Decimal, any number of fractional digits), both with the same sign, plus the kind it was
// made as. The kind restricts the components (a yearMonthDuration has zero seconds, a
// dayTimeDuration zero months) and selects the canonical string; equality (op:duration-equal)
// ignores the kind, ordering exists only within yearMonthDuration or within dayTimeDuration.
// Expected failures (bad lexical form, overflow, NaN factor, division by zero) are nullopt:
// the XPath engine maps them to FORG0001 / FODT0002 / FOCA0005 / FOAR0001.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "validator/xsdtypes/decimal.h"

namespace konform::xsdtypes {

enum class DurationKind { kDuration, kYearMonth, kDayTime };

class Duration {
 public:
  // |months| bound; keeps every date arithmetic result representable (see DateTime::kMaxYear).
  static constexpr std::int64_t kMaxMonths = 12'000'000'000'000;

  Duration() = default;  // PT0S, kind kDuration

  // Lexical form "-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n)?S)?)?" with at least one component and
  // at least one after 'T'. kYearMonth accepts only Y/M, kDayTime only D/H/M/S. No whitespace.
  static std::optional<Duration> parse(std::string_view text,
                                       DurationKind kind = DurationKind::kDuration);
  // nullopt if the signs of months and seconds differ, a component the kind forbids is non-zero,
  // or months exceed kMaxMonths.
  static std::optional<Duration> make(DurationKind kind, std::int64_t months,
                                      const Decimal& seconds);
  static std::optional<Duration> year_month(std::int64_t months);
  static Duration day_time(const Decimal& seconds);

  DurationKind kind() const { return kind_; }
  std::int64_t total_months() const { return months_; }
  const Decimal& total_seconds() const { return seconds_; }
  int sign() const;

  // Component accessors as fn:years-from-duration etc. (all carry the duration's sign).
  std::int64_t years() const { return months_ / 12; }
  std::int64_t months() const { return months_ % 12; }
  Integer days() const;
  int hours() const;
  int minutes() const;
  Decimal seconds() const;  // seconds component incl. fraction, e.g. -6.7 for -PT1M6.7S

  // Canonical form (F&O 17.1.2): "P1Y2M", "-P1DT2H", "PT0.5S"; a zero yearMonthDuration is
  // "P0M", any other zero duration "PT0S".
  std::string to_string() const;

  // Cast between the duration types (drops the components the target cannot hold).
  Duration cast(DurationKind target) const;

  friend bool operator==(const Duration& a, const Duration& b) {
    return a.months_ == b.months_ && a.seconds_ == b.seconds_;
  }
  // Ordering of two yearMonthDurations or two dayTimeDurations; nullopt for any other pair.
  static std::optional<std::strong_ordering> compare(const Duration& a, const Duration& b);

  // Both operands must be yearMonthDurations or both dayTimeDurations (else nullopt).
  static std::optional<Duration> add(const Duration& a, const Duration& b);
  static std::optional<Duration> subtract(const Duration& a, const Duration& b);
  Duration negate() const;
  // yearMonthDuration: months rounded to the nearest month (halves up); dayTimeDuration: exact
  // product with the shortest decimal form of factor. nullopt for NaN, infinite factor, overflow
  // or a kDuration operand.
  static std::optional<Duration> multiply(const Duration& a, double factor);
  // As multiply; division by +/-0 overflows (nullopt), division by +/-INF gives zero. Seconds are
  // divided with Decimal::divide precision (>= 18 fractional digits).
  static std::optional<Duration> divide(const Duration& a, double divisor);
  // Ratio of two yearMonthDurations or two dayTimeDurations; nullopt on zero divisor.
  static std::optional<Decimal> divide(const Duration& a, const Duration& b);

 private:
  Duration(DurationKind kind, std::int64_t months, Decimal seconds)
      : kind_(kind), months_(months), seconds_(std::move(seconds)) {}

  DurationKind kind_ = DurationKind::kDuration;
  std::int64_t months_ = 0;
  Decimal seconds_;
};

}  // namespace konform::xsdtypes
