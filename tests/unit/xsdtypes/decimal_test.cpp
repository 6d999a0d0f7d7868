// Decimal: canonical forms, exact arithmetic, division precision, XPath rounding functions.
#include "validator/xsdtypes/decimal.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "tests/unit/xsdtypes/xsdtypes_test_support.h"

using konform::xsdtypes::Decimal;
using konform::xsdtypes::Integer;

using namespace konform::xsdtypes::test;

namespace {

Decimal dec(const std::string& text) {
  auto value = Decimal::parse(text);
  BOOST_REQUIRE_MESSAGE(value, "parse failed: " << text);
  return *value;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xsdtypes_decimal)

BOOST_AUTO_TEST_CASE(parse_and_canonical_form) {
  const std::pair<const char*, const char*> cases[] = {
      {"0", "0"},
      {"-0", "0"},
      {"0.0", "0"},
      {"-0.000", "0"},
      {".5", "0.5"},
      {"5.", "5"},
      {"+1.50", "1.5"},
      {"100", "100"},
      {"100.000", "100"},
      {"-0.001", "-0.001"},
      {"-1.23", "-1.23"},
      {"0012.3400", "12.34"},
      {"12678967.543233", "12678967.543233"},
      {"+100000.00", "100000"},
      {"123456789012345678901234567890.123456789012345678901234567890",
       "123456789012345678901234567890.12345678901234567890123456789"},
  };
  for (const auto& [in, out] : cases) BOOST_TEST(dec(in).to_string() == out, in);
  for (const char* bad :
       {"", ".", "+", "-.", "1e3", "1.2.3", " 1", "1 ", "INF", "NaN", "1,5", "--1", "0x1"}) {
    BOOST_TEST(!Decimal::parse(bad), bad);
  }
  BOOST_TEST(Decimal::parse("0." + std::string(99999, '0') + "1")->scale() == 100000);
  BOOST_TEST(!Decimal::parse("1" + std::string(50000, '1') + "." + std::string(50000, '1')));
  BOOST_TEST(dec("1.50").scale() == 1);
  BOOST_TEST((dec("1.50") == dec("1.5")));
}

BOOST_AUTO_TEST_CASE(from_double_uses_shortest_digits) {
  const std::pair<double, const char*> cases[] = {
      {0.1, "0.1"},
      {-0.0, "0"},
      {1.5, "1.5"},
      {1e20, "100000000000000000000"},
      {1e-7, "0.0000001"},
      {123456.7, "123456.7"},
      {0.1 + 0.2, "0.30000000000000004"},
      {-2.5e-3, "-0.0025"},
      {1.0 / 3.0, "0.3333333333333333"},
      {100.0, "100"},
  };
  for (const auto& [in, out] : cases) BOOST_TEST(str(Decimal::from_double(in)) == out, in);
  BOOST_TEST(!Decimal::from_double(std::nan("")));
  BOOST_TEST(!Decimal::from_double(-std::numeric_limits<double>::infinity()));
  BOOST_TEST(Decimal::from_double(1.7976931348623157e308)->to_string().size() == 309);
}

BOOST_AUTO_TEST_CASE(to_double_is_correctly_rounded) {
  BOOST_TEST(dec("0.1").to_double() == 0.1);
  BOOST_TEST(dec("-1.5").to_double() == -1.5);
  BOOST_TEST(dec("0.30000000000000004").to_double() == 0.1 + 0.2);
  BOOST_TEST(dec("9007199254740993").to_double() == 9007199254740992.0);
  BOOST_TEST(std::isinf(dec("1" + std::string(400, '0') + ".5").to_double()));
  const double tiny = dec("-0." + std::string(400, '0') + "1").to_double();
  BOOST_TEST(tiny == 0.0);
  BOOST_TEST(std::signbit(tiny));
}

BOOST_AUTO_TEST_CASE(arithmetic_is_exact) {
  BOOST_TEST((dec("0.1") + dec("0.2")).to_string() == "0.3");
  BOOST_TEST((dec("1.005") - dec("0.005")).to_string() == "1");
  BOOST_TEST((dec("1.5") - dec("2.25")).to_string() == "-0.75");
  BOOST_TEST((dec("1.5") * dec("1.5")).to_string() == "2.25");
  BOOST_TEST((dec("0.2") * dec("5")).to_string() == "1");
  BOOST_TEST((dec("-0.001") * dec("0.001")).to_string() == "-0.000001");
  BOOST_TEST((dec("12345678901234567890.5") * dec("2")).to_string() == "24691357802469135781");
  BOOST_TEST((-dec("3.5")).to_string() == "-3.5");
  BOOST_TEST(dec("-3.5").abs().to_string() == "3.5");
  BOOST_TEST(dec("3.5").truncate().to_string() == "3");
  BOOST_TEST(dec("-3.5").truncate().to_string() == "-3");
  BOOST_TEST(dec("3.0").is_integer());
  BOOST_TEST(!dec("3.01").is_integer());
  BOOST_TEST(Decimal::from_integer(Integer(-7)).to_string() == "-7");
  BOOST_TEST(Decimal::from_scaled(Integer(1234), 2).to_string() == "12.34");
  BOOST_TEST(Decimal::from_scaled(Integer(12), -3).to_string() == "12000");
}

BOOST_AUTO_TEST_CASE(comparison) {
  const char* ordered[] = {"-1000000000000000000000.5",
                           "-10",
                           "-9.99",
                           "-0.0000000000001",
                           "0",
                           "0.000000000000000000000000001",
                           "0.1",
                           "0.10000000001",
                           "1",
                           "1.5",
                           "9.99",
                           "10",
                           "1000000000000000000000"};
  const std::size_t n = std::size(ordered);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      BOOST_TEST(((dec(ordered[i]) <=> dec(ordered[j])) == (i <=> j)),
                 ordered[i] << " " << ordered[j]);
      BOOST_TEST((dec(ordered[i]) == dec(ordered[j])) == (i == j));
    }
  }
}

BOOST_AUTO_TEST_CASE(division_precision_and_half_down) {
  struct Case {
    const char* a;
    const char* b;
    const char* quotient;
  };
  const Case cases[] = {
      {"1", "3", "0.333333333333333333"},
      {"2", "3", "0.666666666666666667"},
      {"-2", "3", "-0.666666666666666667"},
      {"1", "8", "0.125"},
      {"10", "4", "2.5"},
      {"1", "-4", "-0.25"},
      {"0", "7", "0"},
      {"1.5", "0.5", "3"},
      {"1", "7", "0.142857142857142857"},
      {"1", "0.0000000000000000000003", "3333333333333333333333.3333333333333333333333"},
      // scale max(18, 19, 0) = 19 and the exact tie rounds toward zero
      {"0.0000000000000000005", "2", "0.0000000000000000002"},
      {"-0.0000000000000000005", "2", "-0.0000000000000000002"},
      {"0.0000000000000000007", "2", "0.0000000000000000003"},
      {"1", "0.33333333333333333333", "3.00000000000000000003"},
  };
  for (const Case& c : cases) {
    BOOST_TEST(str(Decimal::divide(dec(c.a), dec(c.b))) == c.quotient, c.a << " div " << c.b);
  }
  BOOST_TEST(!Decimal::divide(dec("1"), dec("0.0")));
}

BOOST_AUTO_TEST_CASE(idiv_and_mod) {
  struct Case {
    const char* a;
    const char* b;
    const char* quotient;
    const char* remainder;
  };
  const Case cases[] = {
      {"10", "3", "3", "1"},       {"-3", "2", "-1", "-1"},      {"3", "-2", "-1", "1"},
      {"-3", "-2", "1", "-1"},     {"10.5", "3", "3", "1.5"},    {"-10.5", "3", "-3", "-1.5"},
      {"3.1", "0.3", "10", "0.1"}, {"1.23", "0.6", "2", "0.03"}, {"0.5", "7", "0", "0.5"},
  };
  for (const Case& c : cases) {
    BOOST_TEST(str(Decimal::idiv(dec(c.a), dec(c.b))) == c.quotient, c.a << " idiv " << c.b);
    BOOST_TEST(str(Decimal::mod(dec(c.a), dec(c.b))) == c.remainder, c.a << " mod " << c.b);
  }
  BOOST_TEST(!Decimal::idiv(dec("1"), dec("0")));
  BOOST_TEST(!Decimal::mod(dec("1"), dec("0")));
}

BOOST_AUTO_TEST_CASE(floor_ceiling_round) {
  struct Case {
    const char* value;
    const char* floor;
    const char* ceiling;
    const char* round;
  };
  const Case cases[] = {
      {"10.5", "10", "11", "11"}, {"-10.5", "-11", "-10", "-10"}, {"2.5", "2", "3", "3"},
      {"2.4999", "2", "3", "2"},  {"-2.5", "-3", "-2", "-2"},     {"-2.51", "-3", "-2", "-3"},
      {"7", "7", "7", "7"},       {"0.1", "0", "1", "0"},         {"-0.1", "-1", "0", "0"},
      {"-0.5", "-1", "0", "0"},   {"0.5", "0", "1", "1"},
  };
  for (const Case& c : cases) {
    BOOST_TEST(dec(c.value).floor().to_string() == c.floor, c.value);
    BOOST_TEST(dec(c.value).ceiling().to_string() == c.ceiling, c.value);
    BOOST_TEST(dec(c.value).round().to_string() == c.round, c.value);
  }
}

BOOST_AUTO_TEST_CASE(round_half_to_even) {
  struct Case {
    const char* value;
    int precision;
    const char* result;
  };
  const Case cases[] = {
      {"0.5", 0, "0"},
      {"1.5", 0, "2"},
      {"2.5", 0, "2"},
      {"-2.5", 0, "-2"},
      {"-3.5", 0, "-4"},
      {"2.6", 0, "3"},
      {"3567.812", 2, "3567.81"},
      {"0.0047564", 2, "0"},
      {"35612.25", -2, "35600"},
      {"2.345", 2, "2.34"},
      {"2.355", 2, "2.36"},
      {"12450", -2, "12400"},
      {"12550", -2, "12600"},
      {"12550.0001", -2, "12600"},
      {"-12450", -2, "-12400"},
      {"1.25", 5, "1.25"},
      {"999.5", 0, "1000"},
      {"0.05", 1, "0"},
      {"0.15", 1, "0.2"},
      {"49", -2, "0"},
      {"50", -2, "0"},
      {"51", -2, "100"},
      {"150", -2, "200"},
      {"5", -1000000, "0"},
      {"5", 1000000, "5"},
      {"0.001", -2147483647 - 1, "0"},
  };
  for (const Case& c : cases) {
    BOOST_TEST(dec(c.value).round_half_to_even(c.precision).to_string() == c.result,
               c.value << " @ " << c.precision);
  }
}

BOOST_AUTO_TEST_CASE(limits_throw_instead_of_exhausting_memory) {
  Decimal tiny = dec("0." + std::string(99999, '0') + "1");
  tiny = tiny * tiny;  // scale 200000: still fine
  BOOST_TEST(tiny.scale() == 200000);
  BOOST_CHECK_THROW(tiny * tiny, std::length_error);  // scale 400000
  const Decimal huge = dec("1" + std::string(40000, '0'));
  BOOST_TEST((huge + tiny).to_string().size() == 240002);  // 10^40000 + 10^-200000
  BOOST_CHECK_THROW(Decimal::divide(dec("1"), tiny), std::length_error);
  BOOST_CHECK_THROW(Decimal::from_scaled(Integer(1), -2147483647 - 1), std::length_error);
  BOOST_CHECK_THROW(Decimal::from_scaled(Integer(1), 2147483647), std::length_error);
  BOOST_TEST(Decimal::from_scaled(Integer(0), 250000).is_zero());
}

BOOST_AUTO_TEST_SUITE_END()
