// Decimal: an exact decimal number, the value space of xs:decimal.
//
// Contract: the value is unscaled x 10^-scale with scale >= 0, always normalised (no trailing
// zero in the fraction, zero has scale 0), so equal values have equal representations and the
// defaulted == is value equality. All operations are exact except divide(), whose precision rule
// is documented there. Expected failures return std::nullopt; results beyond
// Integer::kMaxDigits digits throw std::length_error (see integer.h).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "validator/xsdtypes/integer.h"

namespace konform::xsdtypes {

class Decimal {
 public:
  // Minimum number of fractional digits divide() produces.
  static constexpr int kMinDivisionScale = 18;

  Decimal() = default;
  Decimal(std::int64_t value);  // NOLINT(google-explicit-constructor)
  static Decimal from_integer(const Integer& value);
  // unscaled x 10^-scale (normalised); |scale| above Integer::kMaxDigits throws length_error.
  static Decimal from_scaled(const Integer& unscaled, int scale);

  // xs:decimal lexical form: optional sign, digits, optional '.', digits, at least one digit in
  // total, no exponent, no whitespace. More than Integer::kMaxParseDigits digits -> nullopt.
  static std::optional<Decimal> parse(std::string_view text);
  // The decimal written by the shortest round-trip representation of value (so 0.1 becomes
  // exactly 0.1, as F&O 17.1.3.3 "as close as possible" intends); nullopt for NaN/INF.
  static std::optional<Decimal> from_double(double value);

  // Canonical XPath form: no exponent, no trailing fractional zeros, no '.' when integral,
  // '-' for negatives, "0" for zero. Examples: "1.5", "100", "-0.001".
  std::string to_string() const;
  // Correctly rounded; +/-infinity beyond the double range, +/-0 below it.
  double to_double() const;

  const Integer& unscaled() const { return unscaled_; }
  int scale() const { return scale_; }
  int sign() const { return unscaled_.sign(); }
  bool is_zero() const { return unscaled_.is_zero(); }
  bool is_integer() const { return scale_ == 0; }
  // The integral part, truncated toward zero.
  Integer truncate() const;

  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal operator-() const;

  friend bool operator==(const Decimal& a, const Decimal& b) = default;
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

  // a / b rounded half-down (ties toward zero) to max(18, a.scale, b.scale) fractional digits,
  // then normalised -- what Saxon does for xs:decimal division. nullopt if b == 0.
  static std::optional<Decimal> divide(const Decimal& a, const Decimal& b);
  // XPath idiv: a / b truncated toward zero; nullopt if b == 0.
  static std::optional<Integer> idiv(const Decimal& a, const Decimal& b);
  // XPath mod: a - b * idiv(a, b) (sign of the dividend); nullopt if b == 0.
  static std::optional<Decimal> mod(const Decimal& a, const Decimal& b);

  Decimal abs() const;
  Decimal floor() const;
  Decimal ceiling() const;
  // fn:round: nearest integer, ties toward positive infinity (2.5 -> 3, -2.5 -> -2).
  Decimal round() const;
  // fn:round-half-to-even with a precision in fractional digits (negative rounds to tens,
  // hundreds, ...): round-half-to-even(12450, -2) = 12400, round-half-to-even(2.345, 2) = 2.34.
  Decimal round_half_to_even(int precision) const;

 private:
  Decimal(Integer unscaled, int scale);
  void normalise();
  // Both operands rescaled to the larger scale.
  static void align(const Decimal& a, const Decimal& b, Integer& a_unscaled, Integer& b_unscaled,
                    int& scale);

  Integer unscaled_;
  int scale_ = 0;
};

}  // namespace konform::xsdtypes
