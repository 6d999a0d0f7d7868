// Randomised (fixed-seed) properties of Integer and Decimal: differential checks against
// 128-bit arithmetic for values that fit, algebraic identities for values that do not.
#include "validator/xsdtypes/decimal.h"
#include "validator/xsdtypes/floating.h"
#include "validator/xsdtypes/integer.h"

#include <boost/test/unit_test.hpp>

#include <random>
#include <string>

using konform::xsdtypes::Decimal;
using konform::xsdtypes::Integer;

namespace {

__extension__ typedef __int128 Int128;

std::string int128_to_string(Int128 value) {
  if (value == 0) return "0";
  const bool negative = value < 0;
  Int128 magnitude = negative ? -value : value;  // |value| < 10^36, so negation is safe
  std::string digits;
  while (magnitude != 0) {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(magnitude % 10)));
    magnitude /= 10;
  }
  return negative ? "-" + digits : digits;
}

// Random digit strings whose lengths cluster around the 9-digit limb boundaries.
std::string random_digits(std::mt19937_64& random, int max_length) {
  const int length = std::uniform_int_distribution<int>(1, max_length)(random);
  std::string digits;
  const int style = std::uniform_int_distribution<int>(0, 3)(random);
  for (int i = 0; i < length; ++i) {
    char digit = static_cast<char>('0' + std::uniform_int_distribution<int>(0, 9)(random));
    if (style == 1) digit = '9';           // carries and borrows everywhere
    if (style == 2 && i > 0) digit = '0';  // powers of ten: sparse limbs
    digits.push_back(digit);
  }
  if (std::uniform_int_distribution<int>(0, 1)(random)) digits.insert(digits.begin(), '-');
  return digits;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xsdtypes_properties)

BOOST_AUTO_TEST_CASE(integer_matches_128_bit_arithmetic) {
  std::mt19937_64 random(20261126);
  for (int round = 0; round < 20000; ++round) {
    const Integer a = *Integer::parse(random_digits(random, 18));
    const Integer b = *Integer::parse(random_digits(random, 18));
    const Int128 x = a.to_int64();
    const Int128 y = b.to_int64();
    BOOST_REQUIRE_EQUAL((a + b).to_string(), int128_to_string(x + y));
    BOOST_REQUIRE_EQUAL((a - b).to_string(), int128_to_string(x - y));
    BOOST_REQUIRE_EQUAL((a * b).to_string(), int128_to_string(x * y));
    if (y != 0) {
      BOOST_REQUIRE_EQUAL(Integer::idiv(a, b)->to_string(), int128_to_string(x / y));
      BOOST_REQUIRE_EQUAL(Integer::mod(a, b)->to_string(), int128_to_string(x % y));
    }
    BOOST_REQUIRE((a <=> b) == (x <=> y));
  }
}

BOOST_AUTO_TEST_CASE(integer_identities_on_big_values) {
  std::mt19937_64 random(7);
  for (int round = 0; round < 3000; ++round) {
    const std::string a_text = random_digits(random, 120);
    const Integer a = *Integer::parse(a_text);
    const Integer b = *Integer::parse(random_digits(random, 60));
    BOOST_REQUIRE_EQUAL(Integer::parse(a.to_string())->to_string(), a.to_string());
    BOOST_REQUIRE((a + b - b == a));
    if (b.is_zero()) continue;
    BOOST_REQUIRE((*Integer::idiv(a * b, b) == a));
    BOOST_REQUIRE(Integer::mod(a * b, b)->is_zero());
    const auto [q, r] = *Integer::divmod(a, b);
    BOOST_REQUIRE((q * b + r == a));
    BOOST_REQUIRE((r.abs() < b.abs()));
    BOOST_REQUIRE((r.is_zero() || r.sign() == a.sign()));
  }
}

BOOST_AUTO_TEST_CASE(decimal_identities) {
  std::mt19937_64 random(42);
  for (int round = 0; round < 3000; ++round) {
    std::string x_text = random_digits(random, 30);
    const auto point = std::uniform_int_distribution<std::size_t>(0, x_text.size())(random);
    if (point > 0 && x_text[point - 1] != '-') x_text.insert(point, ".");
    const Decimal x = *Decimal::parse(x_text);
    std::string fraction = random_digits(random, 6);
    if (fraction.front() == '-') fraction.erase(0, 1);
    const Decimal y = *Decimal::parse(random_digits(random, 25) + "." + fraction + "1");  // never 0
    BOOST_REQUIRE_EQUAL(Decimal::parse(x.to_string())->to_string(), x.to_string());
    BOOST_REQUIRE((x + y - y == x));
    BOOST_REQUIRE((*Decimal::divide(x * y, y) == x));  // exact quotients stay exact
    const auto q = Decimal::idiv(x, y);
    const auto r = Decimal::mod(x, y);
    BOOST_REQUIRE((Decimal::from_integer(*q) * y + *r == x));
    BOOST_REQUIRE((r->abs() < y.abs()));
    BOOST_REQUIRE((x.floor() <= x && x <= x.ceiling()));
    BOOST_REQUIRE(((x - x.round()).abs() <= *Decimal::parse("0.5")));
    // Doubles survive the decimal round trip.
    const double d = x.to_double();
    BOOST_REQUIRE_EQUAL(Decimal::from_double(d)->to_double(), d);
    BOOST_REQUIRE_EQUAL(*konform::xsdtypes::parse_double(konform::xsdtypes::double_to_string(d)),
                        d);
  }
}

BOOST_AUTO_TEST_SUITE_END()
