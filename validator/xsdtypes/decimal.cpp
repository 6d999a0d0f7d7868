#include "validator/xsdtypes/decimal.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <utility>

#include "validator/xsdtypes/digits.h"

namespace konform::xsdtypes {

Decimal::Decimal(std::int64_t value) : unscaled_(value) {}

Decimal::Decimal(Integer unscaled, int scale) : unscaled_(std::move(unscaled)), scale_(scale) {
  normalise();
}

Decimal Decimal::from_integer(const Integer& value) { return Decimal(value, 0); }

Decimal Decimal::from_scaled(const Integer& unscaled, int scale) {
  if (scale < 0) {
    // Checked before negating: -INT_MIN would overflow.
    if (scale < -Integer::kMaxDigits) {
      throw std::length_error("konform::xsdtypes::Decimal: scale exceeds the digit limit");
    }
    return Decimal(unscaled * Integer::pow10(-scale), 0);
  }
  return Decimal(unscaled, scale);
}

void Decimal::normalise() {
  if (scale_ > Integer::kMaxDigits) {
    throw std::length_error("konform::xsdtypes::Decimal: scale exceeds the digit limit");
  }
  if (unscaled_.is_zero()) {
    scale_ = 0;
    return;
  }
  const int removable = std::min(scale_, unscaled_.trailing_zero_digits());
  if (removable > 0) {
    unscaled_ = *Integer::idiv(unscaled_, Integer::pow10(removable));
    scale_ -= removable;
  }
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  const std::size_t point = text.find('.');
  std::string_view integral = text.substr(0, point);
  std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  if (integral.empty() && fraction.empty()) return std::nullopt;
  if (!std::all_of(integral.begin(), integral.end(), is_digit) ||
      !std::all_of(fraction.begin(), fraction.end(), is_digit)) {
    return std::nullopt;
  }
  integral.remove_prefix(std::min(integral.size(), integral.find_first_not_of('0')));
  const std::size_t last_significant = fraction.find_last_not_of('0');
  fraction = last_significant == std::string_view::npos ? std::string_view()
                                                        : fraction.substr(0, last_significant + 1);
  if (integral.size() + fraction.size() > static_cast<std::size_t>(Integer::kMaxParseDigits)) {
    return std::nullopt;
  }
  std::string digits;
  digits.reserve(integral.size() + fraction.size() + 1);
  if (negative) digits.push_back('-');
  digits.append(integral);
  digits.append(fraction);
  if (digits.empty() || digits == "-") return Decimal();
  return Decimal(*Integer::parse(digits), static_cast<int>(fraction.size()));
}

std::optional<Decimal> Decimal::from_double(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  if (value == 0) return Decimal();
  // Shortest round-trip scientific form, e.g. "-1.2345e-07".
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  const std::string_view text(buffer, static_cast<std::size_t>(result.ptr - buffer));
  const std::size_t e = text.find('e');
  std::string digits;
  for (char c : text.substr(0, e)) {
    if (c != '.') digits.push_back(c);
  }
  const int exponent = std::atoi(std::string(text.substr(e + 1)).c_str());
  const int digit_count = static_cast<int>(digits.size()) - (value < 0 ? 1 : 0);
  const int shift = exponent - (digit_count - 1);  // value = digits x 10^shift
  return from_scaled(*Integer::parse(digits), -shift);
}

std::string Decimal::to_string() const {
  std::string digits = unscaled_.abs().to_string();
  if (scale_ > 0) {
    if (digits.size() <= static_cast<std::size_t>(scale_)) {
      digits.insert(0, static_cast<std::size_t>(scale_) - digits.size() + 1, '0');
    }
    digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, '.');
  }
  if (unscaled_.sign() < 0) digits.insert(0, 1, '-');
  return digits;
}

double Decimal::to_double() const {
  const std::string text = to_string();
  double value = 0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (result.ec == std::errc::result_out_of_range) {
    const bool huge = unscaled_.digit_count() > scale_;
    const double magnitude = huge ? std::numeric_limits<double>::infinity() : 0.0;
    return sign() < 0 ? -magnitude : magnitude;
  }
  return value;
}

Integer Decimal::truncate() const {
  if (scale_ == 0) return unscaled_;
  return *Integer::idiv(unscaled_, Integer::pow10(scale_));
}

void Decimal::align(const Decimal& a, const Decimal& b, Integer& a_unscaled, Integer& b_unscaled,
                    int& scale) {
  scale = std::max(a.scale_, b.scale_);
  a_unscaled = a.scale_ == scale ? a.unscaled_ : a.unscaled_ * Integer::pow10(scale - a.scale_);
  b_unscaled = b.scale_ == scale ? b.unscaled_ : b.unscaled_ * Integer::pow10(scale - b.scale_);
}

Decimal operator+(const Decimal& a, const Decimal& b) {
  Integer x, y;
  int scale = 0;
  Decimal::align(a, b, x, y, scale);
  return Decimal(x + y, scale);
}

Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal operator*(const Decimal& a, const Decimal& b) {
  const long long scale = static_cast<long long>(a.scale_) + b.scale_;
  if (scale > Integer::kMaxDigits) {
    throw std::length_error("konform::xsdtypes::Decimal: scale exceeds the digit limit");
  }
  return Decimal(a.unscaled_ * b.unscaled_, static_cast<int>(scale));
}

Decimal Decimal::operator-() const { return Decimal(-unscaled_, scale_); }

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  if (a.sign() != b.sign()) return a.sign() <=> b.sign();
  if (a.scale_ == b.scale_) return a.unscaled_ <=> b.unscaled_;
  // Compare the integral digit counts first so that tiny and huge values never get rescaled.
  const int a_magnitude = a.unscaled_.digit_count() - a.scale_;
  const int b_magnitude = b.unscaled_.digit_count() - b.scale_;
  if (a_magnitude != b_magnitude) {
    const auto order = a_magnitude <=> b_magnitude;
    return a.sign() < 0 ? 0 <=> order : order;
  }
  Integer x, y;
  int scale = 0;
  Decimal::align(a, b, x, y, scale);
  return x <=> y;
}

std::optional<Decimal> Decimal::divide(const Decimal& a, const Decimal& b) {
  if (b.is_zero()) return std::nullopt;
  const int scale = std::max({kMinDivisionScale, a.scale_, b.scale_});
  // a/b = (a.u / b.u) x 10^(b.s - a.s); scaling the numerator by 10^(scale - a.s + b.s) makes
  // the integer quotient carry exactly `scale` fractional digits.
  const long long shift = static_cast<long long>(scale) - a.scale_ + b.scale_;
  if (shift > Integer::kMaxDigits) {
    throw std::length_error("konform::xsdtypes::Decimal: division precision exceeds the limit");
  }
  const Integer numerator = a.unscaled_ * Integer::pow10(static_cast<int>(shift));
  auto [quotient, remainder] = *Integer::divmod(numerator, b.unscaled_);
  // Half-down: round away from zero only when the remainder is more than half the divisor.
  const Integer twice_remainder = remainder.abs() * Integer(2);
  if (twice_remainder > b.unscaled_.abs()) {
    quotient += Integer(numerator.sign() * b.unscaled_.sign());
  }
  return Decimal(std::move(quotient), scale);
}

std::optional<Integer> Decimal::idiv(const Decimal& a, const Decimal& b) {
  if (b.is_zero()) return std::nullopt;
  Integer x, y;
  int scale = 0;
  align(a, b, x, y, scale);
  return Integer::idiv(x, y);
}

std::optional<Decimal> Decimal::mod(const Decimal& a, const Decimal& b) {
  if (b.is_zero()) return std::nullopt;
  Integer x, y;
  int scale = 0;
  align(a, b, x, y, scale);
  return Decimal(*Integer::mod(x, y), scale);
}

Decimal Decimal::abs() const { return Decimal(unscaled_.abs(), scale_); }

Decimal Decimal::floor() const {
  if (scale_ == 0) return *this;
  Integer result = truncate();
  if (sign() < 0) result -= Integer(1);
  return Decimal(std::move(result), 0);
}

Decimal Decimal::ceiling() const {
  if (scale_ == 0) return *this;
  Integer result = truncate();
  if (sign() > 0) result += Integer(1);
  return Decimal(std::move(result), 0);
}

Decimal Decimal::round() const {
  if (scale_ == 0) return *this;
  return (*this + Decimal(Integer(5), 1)).floor();
}

Decimal Decimal::round_half_to_even(int precision) const {
  if (precision >= scale_) return *this;
  const long long shift = static_cast<long long>(scale_) - precision;
  // |unscaled| < 10^digits, so when shift > digits the value is below 0.1 x 10^-precision.
  if (shift > unscaled_.digit_count()) return Decimal();
  auto [quotient, remainder] = *Integer::divmod(unscaled_, Integer::pow10(static_cast<int>(shift)));
  const Integer twice_remainder = remainder.abs() * Integer(2);
  const auto order = twice_remainder <=> Integer::pow10(static_cast<int>(shift));
  const bool odd = !Integer::mod(quotient, Integer(2))->is_zero();
  if (order > 0 || (order == 0 && odd)) quotient += Integer(sign());
  return from_scaled(quotient, precision);
}

}  // namespace konform::xsdtypes
