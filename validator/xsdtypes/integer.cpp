#include "validator/xsdtypes/integer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

namespace konform::xsdtypes {
namespace {

constexpr std::uint32_t kPow10[10] = {1,      10,      100,      1000,      10000,
                                      100000, 1000000, 10000000, 100000000, 1000000000};

int limb_digits(std::uint32_t limb) {
  int digits = 1;
  while (digits < 9 && limb >= kPow10[digits]) ++digits;
  return digits;
}

}  // namespace

Integer::Integer(bool negative, Limbs magnitude)
    : negative_(negative), magnitude_(std::move(magnitude)) {
  while (!magnitude_.empty() && magnitude_.back() == 0) magnitude_.pop_back();
  // Three limbs hold up to 10^27; the inline form needs |value| <= 2^63 (- 1 if positive).
  if (magnitude_.size() > 3 || (magnitude_.size() == 3 && magnitude_[2] > 9)) return;
  std::uint64_t value = 0;
  for (auto it = magnitude_.rbegin(); it != magnitude_.rend(); ++it) value = value * kBase + *it;
  constexpr std::uint64_t kMaxPositive = std::numeric_limits<std::int64_t>::max();
  if (value > kMaxPositive + (negative_ ? 1 : 0)) return;
  // Two's complement negation in unsigned arithmetic handles INT64_MIN.
  small_ = static_cast<std::int64_t>(negative_ ? std::uint64_t{0} - value : value);
  negative_ = false;
  magnitude_.clear();
  magnitude_.shrink_to_fit();
}

const Integer::Limbs& Integer::magnitude(Limbs& scratch) const {
  if (!is_small()) return magnitude_;
  scratch.clear();
  std::uint64_t value = small_ < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(small_)
                                   : static_cast<std::uint64_t>(small_);
  while (value != 0) {
    scratch.push_back(static_cast<std::uint32_t>(value % kBase));
    value /= kBase;
  }
  return scratch;
}

void Integer::check_size(std::size_t limbs) {
  if (limbs > static_cast<std::size_t>(kMaxDigits / 9 + 2)) {
    throw std::length_error("konform::xsdtypes::Integer: result exceeds the digit limit");
  }
}

std::optional<Integer> Integer::parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const std::size_t first_significant = text.find_first_not_of('0');
  if (first_significant == std::string_view::npos) return Integer();
  text.remove_prefix(first_significant);
  if (text.size() > static_cast<std::size_t>(kMaxParseDigits)) return std::nullopt;
  Limbs limbs;
  limbs.reserve(text.size() / 9 + 1);
  for (std::size_t end = text.size(); end > 0;) {
    const std::size_t begin = end >= 9 ? end - 9 : 0;
    std::uint32_t limb = 0;
    for (std::size_t i = begin; i < end; ++i)
      limb = limb * 10 + static_cast<std::uint32_t>(text[i] - '0');
    limbs.push_back(limb);
    end = begin;
  }
  return Integer(negative, std::move(limbs));
}

std::optional<Integer> Integer::from_double(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  const double truncated = std::trunc(value);
  if (std::fabs(truncated) < 9.0e18) return Integer(static_cast<std::int64_t>(truncated));
  // |value| >= 2^53 here, so it is an integer m * 2^e with a 53-bit mantissa m and e > 0.
  int exponent = 0;
  const double fraction = std::frexp(std::fabs(truncated), &exponent);  // in [0.5, 1)
  const auto mantissa = static_cast<std::int64_t>(std::ldexp(fraction, 53));
  Integer result(mantissa);
  exponent -= 53;
  const Integer two_to_30(std::int64_t{1} << 30);
  for (; exponent >= 30; exponent -= 30) result *= two_to_30;
  result *= Integer(std::int64_t{1} << exponent);
  if (value < 0) result = -result;
  return result;
}

Integer Integer::pow10(int exponent) {
  if (exponent < 0 || exponent > kMaxDigits) {
    throw std::length_error("konform::xsdtypes::Integer::pow10: exponent out of range");
  }
  Limbs limbs(static_cast<std::size_t>(exponent / 9), 0);
  limbs.push_back(kPow10[exponent % 9]);
  return Integer(false, std::move(limbs));
}

std::string Integer::to_string() const {
  if (is_small()) return std::to_string(small_);
  std::string text;
  text.reserve(magnitude_.size() * 9 + 1);
  if (negative_) text.push_back('-');
  text += std::to_string(magnitude_.back());
  for (auto it = magnitude_.rbegin() + 1; it != magnitude_.rend(); ++it) {
    char buffer[9];
    std::uint32_t limb = *it;
    for (int i = 8; i >= 0; --i) {
      buffer[i] = static_cast<char>('0' + limb % 10);
      limb /= 10;
    }
    text.append(buffer, 9);
  }
  return text;
}

bool Integer::fits_int64() const { return is_small(); }

std::int64_t Integer::to_int64() const { return small_; }

double Integer::to_double() const {
  if (is_small()) return static_cast<double>(small_);  // the conversion rounds to nearest
  const std::string text = to_string();
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  (void)end;
  if (error == std::errc::result_out_of_range) {
    return is_negative() ? -std::numeric_limits<double>::infinity()
                         : std::numeric_limits<double>::infinity();
  }
  return value;
}

Integer Integer::abs() const { return is_negative() ? -*this : *this; }

int Integer::digit_count() const {
  if (is_zero()) return 1;
  Limbs scratch;
  const Limbs& limbs = magnitude(scratch);
  return static_cast<int>(limbs.size() - 1) * 9 + limb_digits(limbs.back());
}

int Integer::trailing_zero_digits() const {
  int zeros = 0;
  Limbs scratch;
  for (std::uint32_t limb : magnitude(scratch)) {
    if (limb == 0) {
      zeros += 9;
      continue;
    }
    while (limb % 10 == 0) {
      limb /= 10;
      ++zeros;
    }
    return zeros;
  }
  return 0;
}

int Integer::compare_magnitude(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (std::size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Integer::Limbs Integer::add_magnitude(const Limbs& a, const Limbs& b) {
  const Limbs& longer = a.size() >= b.size() ? a : b;
  const Limbs& shorter = a.size() >= b.size() ? b : a;
  check_size(longer.size() + 1);
  Limbs sum;
  sum.reserve(longer.size() + 1);
  std::uint32_t carry = 0;
  for (std::size_t i = 0; i < longer.size(); ++i) {
    std::uint32_t digit = longer[i] + carry + (i < shorter.size() ? shorter[i] : 0);
    carry = digit >= kBase ? 1 : 0;
    if (carry) digit -= kBase;
    sum.push_back(digit);
  }
  if (carry) sum.push_back(carry);
  return sum;
}

Integer::Limbs Integer::subtract_magnitude(const Limbs& larger, const Limbs& smaller) {
  Limbs difference;
  difference.reserve(larger.size());
  std::int64_t borrow = 0;
  for (std::size_t i = 0; i < larger.size(); ++i) {
    std::int64_t digit = std::int64_t{larger[i]} - borrow - (i < smaller.size() ? smaller[i] : 0);
    borrow = digit < 0 ? 1 : 0;
    if (borrow) digit += kBase;
    difference.push_back(static_cast<std::uint32_t>(digit));
  }
  return difference;
}

Integer::Limbs Integer::multiply_magnitude(const Limbs& a, const Limbs& b) {
  if (a.empty() || b.empty()) return {};
  check_size(a.size() + b.size() - 1);
  Limbs product(a.size() + b.size(), 0);
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] == 0) continue;  // powers of ten are mostly zero limbs
    std::uint64_t carry = 0;
    for (std::size_t j = 0; j < b.size(); ++j) {
      // < 1e9 + (1e9-1)^2 + 1e9 < 2^64
      const std::uint64_t t = product[i + j] + std::uint64_t{a[i]} * b[j] + carry;
      product[i + j] = static_cast<std::uint32_t>(t % kBase);
      carry = t / kBase;
    }
    for (std::size_t k = i + b.size(); carry != 0; ++k) {
      const std::uint64_t t = product[k] + carry;
      product[k] = static_cast<std::uint32_t>(t % kBase);
      carry = t / kBase;
    }
  }
  return product;
}

void Integer::divide_magnitude(const Limbs& dividend, const Limbs& divisor, Limbs& quotient,
                               Limbs& remainder) {
  quotient.clear();
  remainder.clear();
  if (compare_magnitude(dividend, divisor) < 0) {
    remainder = dividend;
    return;
  }
  if (divisor.size() == 1) {
    quotient.assign(dividend.size(), 0);
    std::uint64_t rest = 0;
    for (std::size_t i = dividend.size(); i-- > 0;) {
      const std::uint64_t current = rest * kBase + dividend[i];
      quotient[i] = static_cast<std::uint32_t>(current / divisor[0]);
      rest = current % divisor[0];
    }
    if (rest != 0) remainder.push_back(static_cast<std::uint32_t>(rest));
    while (!quotient.empty() && quotient.back() == 0) quotient.pop_back();
    return;
  }
  // Knuth, TAOCP vol. 2, 4.3.1 Algorithm D, in base 10^9. Scaling both operands by
  // d = B / (v_top + 1) makes the top divisor limb >= B/2 so each quotient estimate is off by
  // at most 2.
  const std::uint64_t base = kBase;
  const std::uint32_t scale =
      static_cast<std::uint32_t>(base / (std::uint64_t{divisor.back()} + 1));
  const Limbs v = multiply_magnitude(divisor, Limbs{scale});
  Limbs u = multiply_magnitude(dividend, Limbs{scale});
  u.resize(dividend.size() + 1, 0);
  const std::size_t n = divisor.size();
  const std::size_t m = dividend.size() - n;
  quotient.assign(m + 1, 0);
  const std::uint64_t v_top = v[n - 1];
  const std::uint64_t v_next = v[n - 2];
  for (std::size_t j = m + 1; j-- > 0;) {
    const std::uint64_t numerator = std::uint64_t{u[j + n]} * base + u[j + n - 1];
    std::uint64_t estimate = numerator / v_top;
    std::uint64_t rest = numerator % v_top;
    while (estimate >= base || estimate * v_next > rest * base + u[j + n - 2]) {
      --estimate;
      rest += v_top;
      if (rest >= base) break;
    }
    // u[j .. j+n] -= estimate * v
    std::uint64_t carry = 0;
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t product = estimate * v[i] + carry;
      carry = product / base;
      std::int64_t digit =
          std::int64_t{u[i + j]} - static_cast<std::int64_t>(product % base) - borrow;
      borrow = digit < 0 ? 1 : 0;
      if (borrow) digit += static_cast<std::int64_t>(base);
      u[i + j] = static_cast<std::uint32_t>(digit);
    }
    std::int64_t top = std::int64_t{u[j + n]} - static_cast<std::int64_t>(carry) - borrow;
    if (top < 0) {
      // The estimate was one too large: add the divisor back once.
      --estimate;
      std::uint64_t add_carry = 0;
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t sum = std::uint64_t{u[i + j]} + v[i] + add_carry;
        u[i + j] = static_cast<std::uint32_t>(sum % base);
        add_carry = sum / base;
      }
      top += static_cast<std::int64_t>(base) + static_cast<std::int64_t>(add_carry);
      top %= static_cast<std::int64_t>(base);
    }
    u[j + n] = static_cast<std::uint32_t>(top);
    quotient[j] = static_cast<std::uint32_t>(estimate);
  }
  while (!quotient.empty() && quotient.back() == 0) quotient.pop_back();
  // Undo the scaling of the remainder, which sits in u[0 .. n-1].
  u.resize(n);
  std::uint64_t rest = 0;
  remainder.assign(n, 0);
  for (std::size_t i = n; i-- > 0;) {
    const std::uint64_t current = rest * base + u[i];
    remainder[i] = static_cast<std::uint32_t>(current / scale);
    rest = current % scale;
  }
  while (!remainder.empty() && remainder.back() == 0) remainder.pop_back();
}

Integer operator+(const Integer& a, const Integer& b) {
  std::int64_t sum = 0;
  if (a.is_small() && b.is_small() && !__builtin_add_overflow(a.small_, b.small_, &sum))
    return Integer(sum);
  Integer::Limbs a_scratch, b_scratch;
  const Integer::Limbs& x = a.magnitude(a_scratch);
  const Integer::Limbs& y = b.magnitude(b_scratch);
  if (a.is_negative() == b.is_negative())
    return Integer(a.is_negative(), Integer::add_magnitude(x, y));
  const int order = Integer::compare_magnitude(x, y);
  if (order == 0) return Integer();
  if (order > 0) return Integer(a.is_negative(), Integer::subtract_magnitude(x, y));
  return Integer(b.is_negative(), Integer::subtract_magnitude(y, x));
}

Integer operator-(const Integer& a, const Integer& b) {
  std::int64_t difference = 0;
  if (a.is_small() && b.is_small() && !__builtin_sub_overflow(a.small_, b.small_, &difference)) {
    return Integer(difference);
  }
  return a + (-b);
}

Integer operator*(const Integer& a, const Integer& b) {
  std::int64_t product = 0;
  if (a.is_small() && b.is_small() && !__builtin_mul_overflow(a.small_, b.small_, &product)) {
    return Integer(product);
  }
  Integer::Limbs a_scratch, b_scratch;
  return Integer(a.is_negative() != b.is_negative(),
                 Integer::multiply_magnitude(a.magnitude(a_scratch), b.magnitude(b_scratch)));
}

Integer Integer::operator-() const {
  if (is_small() && small_ != std::numeric_limits<std::int64_t>::min()) return Integer(-small_);
  Limbs scratch;
  return Integer(!is_negative(), magnitude(scratch));
}

std::strong_ordering operator<=>(const Integer& a, const Integer& b) {
  if (a.sign() != b.sign()) return a.sign() <=> b.sign();
  if (a.is_small() && b.is_small()) return a.small_ <=> b.small_;
  // Same sign; a limb-form value lies beyond every inline value.
  Integer::Limbs a_scratch, b_scratch;
  const int order = Integer::compare_magnitude(a.magnitude(a_scratch), b.magnitude(b_scratch));
  return a.is_negative() ? 0 <=> order : order <=> 0;
}

std::optional<Integer::DivMod> Integer::divmod(const Integer& a, const Integer& b) {
  if (b.is_zero()) return std::nullopt;
  if (a.is_small() && b.is_small() &&
      !(a.small_ == std::numeric_limits<std::int64_t>::min() && b.small_ == -1)) {
    // C++ division truncates toward zero and % takes the dividend's sign, as XPath wants.
    return DivMod{Integer(a.small_ / b.small_), Integer(a.small_ % b.small_)};
  }
  Limbs a_scratch, b_scratch;
  Limbs quotient;
  Limbs remainder;
  divide_magnitude(a.magnitude(a_scratch), b.magnitude(b_scratch), quotient, remainder);
  return DivMod{Integer(a.is_negative() != b.is_negative(), std::move(quotient)),
                Integer(a.is_negative(), std::move(remainder))};
}

std::optional<Integer> Integer::idiv(const Integer& a, const Integer& b) {
  auto result = divmod(a, b);
  if (!result) return std::nullopt;
  return std::move(result->quotient);
}

std::optional<Integer> Integer::mod(const Integer& a, const Integer& b) {
  auto result = divmod(a, b);
  if (!result) return std::nullopt;
  return std::move(result->remainder);
}

}  // namespace konform::xsdtypes
