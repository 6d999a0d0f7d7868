// Integer: an exact, arbitrary-precision signed integer, the value space of xs:integer.
//
// Contract: a plain value type (copyable, totally ordered) whose operations are exact. Expected
// failures (bad lexical form, division by zero, NaN/INF input) are reported through std::optional,
// never by exceptions. The one exception is resource exhaustion: a result with more than kMaxDigits
// decimal digits throws std::length_error, so a fuzzer or a hostile expression like 10*10*10*...
// cannot make the process allocate without bound (the XPath engine maps it to FOAR0002). parse()
// rejects inputs above kMaxParseDigits.
//
// Representation: a value that fits in std::int64_t is stored inline (no heap allocation, and
// arithmetic on two such values is plain checked machine arithmetic); any other value is sign +
// magnitude in base 10^9 limbs (least significant first, no leading zero limbs). The form is
// canonical (small iff it fits), so the defaulted == is value equality. Base 10^9 keeps
// parsing, printing and the power-of-ten scaling that Decimal needs linear and simple.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace konform::xsdtypes {

class Integer {
 public:
  // Longest digit string parse() accepts (sign and leading zeros excluded from the count).
  static constexpr int kMaxParseDigits = 100'000;
  // Largest result any operation may produce; beyond it operations throw std::length_error.
  static constexpr int kMaxDigits = 250'000;

  Integer() = default;
  Integer(std::int64_t value) : small_(value) {}  // NOLINT(google-explicit-constructor)

  // xs:integer lexical form: optional '+' or '-', then one or more ASCII digits. No
  // whitespace (the caller applies the whitespace facet first).
  static std::optional<Integer> parse(std::string_view text);
  // Truncates toward zero; nullopt for NaN and infinities.
  static std::optional<Integer> from_double(double value);
  // 10^exponent; throws std::length_error unless exponent is in [0, kMaxDigits].
  static Integer pow10(int exponent);

  // Canonical form: no leading zeros, '-' only for negative values, "0" for zero.
  std::string to_string() const;
  bool fits_int64() const;
  std::int64_t to_int64() const;  // requires fits_int64()
  // Correctly rounded (round-half-even); +/-infinity when beyond the double range.
  double to_double() const;

  int sign() const {
    if (is_small()) return (small_ > 0) - (small_ < 0);
    return negative_ ? -1 : 1;
  }
  bool is_zero() const { return is_small() && small_ == 0; }
  Integer abs() const;
  // Number of decimal digits of |value| (0 has one digit).
  int digit_count() const;
  // How many times |value| divides by 10 (0 for zero).
  int trailing_zero_digits() const;

  friend Integer operator+(const Integer& a, const Integer& b);
  friend Integer operator-(const Integer& a, const Integer& b);
  friend Integer operator*(const Integer& a, const Integer& b);
  Integer operator-() const;
  Integer& operator+=(const Integer& other) { return *this = *this + other; }
  Integer& operator-=(const Integer& other) { return *this = *this - other; }
  Integer& operator*=(const Integer& other) { return *this = *this * other; }

  friend bool operator==(const Integer& a, const Integer& b) = default;
  friend std::strong_ordering operator<=>(const Integer& a, const Integer& b);

  // XPath op:numeric-integer-divide: quotient truncated toward zero; nullopt if b == 0.
  static std::optional<Integer> idiv(const Integer& a, const Integer& b);
  // XPath op:numeric-mod: a - b * idiv(a, b), so the sign follows the dividend; nullopt if b == 0.
  static std::optional<Integer> mod(const Integer& a, const Integer& b);
  // Both at once (truncating quotient, remainder with the dividend's sign); nullopt if b == 0.
  struct DivMod;
  static std::optional<DivMod> divmod(const Integer& a, const Integer& b);

 private:
  using Limbs = std::vector<std::uint32_t>;
  static constexpr std::uint32_t kBase = 1'000'000'000;

  // Canonicalises: trims leading zero limbs and switches to the inline form when it fits.
  Integer(bool negative, Limbs magnitude);
  bool is_small() const { return magnitude_.empty(); }
  // |value| as limbs; for the inline form they are built in `scratch`.
  const Limbs& magnitude(Limbs& scratch) const;
  bool is_negative() const { return is_small() ? small_ < 0 : negative_; }

  static int compare_magnitude(const Limbs& a, const Limbs& b);
  static Limbs add_magnitude(const Limbs& a, const Limbs& b);
  static Limbs subtract_magnitude(const Limbs& larger, const Limbs& smaller);
  static Limbs multiply_magnitude(const Limbs& a, const Limbs& b);
  // Truncating division of magnitudes; divisor must be non-zero.
  static void divide_magnitude(const Limbs& dividend, const Limbs& divisor, Limbs& quotient,
                               Limbs& remainder);
  static void check_size(std::size_t limbs);

  std::int64_t small_ = 0;  // the value, in the inline form
  bool negative_ = false;   // sign, in the limb form
  Limbs magnitude_;         // |value|, in the limb form; empty in the inline form
};

struct Integer::DivMod {
  Integer quotient;
  Integer remainder;
};

}  // namespace konform::xsdtypes
