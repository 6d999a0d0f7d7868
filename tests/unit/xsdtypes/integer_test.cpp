// Integer: lexical forms, exact arithmetic on huge values, XPath idiv/mod sign rules.
#include "validator/xsdtypes/integer.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "tests/unit/xsdtypes/xsdtypes_test_support.h"

using konform::xsdtypes::Integer;

using namespace konform::xsdtypes::test;

namespace {

Integer integer(const std::string& text) {
  auto value = Integer::parse(text);
  BOOST_REQUIRE_MESSAGE(value, "parse failed: " << text);
  return *value;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xsdtypes_integer)

BOOST_AUTO_TEST_CASE(parse_and_canonical_form) {
  const std::pair<const char*, const char*> cases[] = {
      {"0", "0"},
      {"-0", "0"},
      {"+0", "0"},
      {"007", "7"},
      {"-007", "-7"},
      {"+42", "42"},
      {"999999999", "999999999"},
      {"1000000000", "1000000000"},
      {"-1000000000000000000000", "-1000000000000000000000"},
      {"123456789012345678901234567890", "123456789012345678901234567890"},
  };
  for (const auto& [in, out] : cases) BOOST_TEST(integer(in).to_string() == out, in);
  for (const char* bad : {"", "+", "-", "1.0", " 1", "1 ", "1e3", "--1", "+-1", "0x10", "١"}) {
    BOOST_TEST(!Integer::parse(bad), bad);
  }
  BOOST_TEST(Integer::parse(std::string(100000, '7')).has_value());
  BOOST_TEST(!Integer::parse(std::string(100001, '7')).has_value());
  // Leading zeros do not count toward the limit.
  BOOST_TEST(Integer::parse(std::string(200000, '0') + "5")->to_string() == "5");
}

BOOST_AUTO_TEST_CASE(int64_round_trip) {
  const std::int64_t values[] = {0,
                                 1,
                                 -1,
                                 999999999,
                                 1000000000,
                                 -1000000000,
                                 std::numeric_limits<std::int64_t>::max(),
                                 std::numeric_limits<std::int64_t>::min()};
  for (std::int64_t v : values) {
    const Integer i(v);
    BOOST_TEST(i.to_string() == std::to_string(v));
    BOOST_TEST(i.fits_int64());
    BOOST_TEST(i.to_int64() == v);
  }
  BOOST_TEST(!integer("9223372036854775808").fits_int64());
  BOOST_TEST(!integer("-9223372036854775809").fits_int64());
  BOOST_TEST(integer("-9223372036854775808").fits_int64());
}

BOOST_AUTO_TEST_CASE(crossing_the_int64_boundary) {
  const Integer max(std::numeric_limits<std::int64_t>::max());
  const Integer min(std::numeric_limits<std::int64_t>::min());
  BOOST_TEST((max + Integer(1)).to_string() == "9223372036854775808");
  BOOST_TEST((min - Integer(1)).to_string() == "-9223372036854775809");
  BOOST_TEST((-min).to_string() == "9223372036854775808");
  BOOST_TEST(min.abs().to_string() == "9223372036854775808");
  BOOST_TEST((-(-min) == min));
  BOOST_TEST(((max + Integer(1)) - Integer(1) == max));  // back to the inline form
  BOOST_TEST(((max + Integer(1)) - Integer(1)).fits_int64());
  BOOST_TEST((integer("9223372036854775807") == max));
  BOOST_TEST((integer("-9223372036854775808") == min));
  BOOST_TEST(str(Integer::idiv(min, Integer(-1))) == "9223372036854775808");
  BOOST_TEST(str(Integer::mod(min, Integer(-1))) == "0");
  BOOST_TEST((max * max).to_string() == "85070591730234615847396907784232501249");
  BOOST_TEST((min * Integer(-1)).to_string() == "9223372036854775808");
  BOOST_TEST((((min * min) <=> (max * max)) == std::strong_ordering::greater));
  BOOST_TEST((((min - Integer(1)) <=> min) == std::strong_ordering::less));
  BOOST_TEST((((max + Integer(1)) <=> max) == std::strong_ordering::greater));
  BOOST_TEST((((max + Integer(1)) <=> min) == std::strong_ordering::greater));
  BOOST_TEST(min.to_double() == -9223372036854775808.0);
  BOOST_TEST(max.digit_count() == 19);
}

BOOST_AUTO_TEST_CASE(arithmetic) {
  struct Case {
    const char* a;
    const char* b;
    const char* sum;
    const char* difference;
    const char* product;
  };
  const Case cases[] = {
      {"0", "0", "0", "0", "0"},
      {"999999999", "1", "1000000000", "999999998", "999999999"},
      {"-5", "3", "-2", "-8", "-15"},
      {"5", "-5", "0", "10", "-25"},
      {"123456789012345678901234567890", "987654321098765432109876543210",
       "1111111110111111111011111111100", "-864197532086419753208641975320",
       "121932631137021795226185032733622923332237463801111263526900"},
      {"-1000000000000000000", "1", "-999999999999999999", "-1000000000000000001",
       "-1000000000000000000"},
      {"99999999999999999999", "99999999999999999999", "199999999999999999998", "0",
       "9999999999999999999800000000000000000001"},
  };
  for (const Case& c : cases) {
    BOOST_TEST((integer(c.a) + integer(c.b)).to_string() == c.sum);
    BOOST_TEST((integer(c.a) - integer(c.b)).to_string() == c.difference);
    BOOST_TEST((integer(c.a) * integer(c.b)).to_string() == c.product);
    BOOST_TEST((integer(c.b) * integer(c.a)).to_string() == c.product);
  }
  BOOST_TEST((-integer("0")).to_string() == "0");
  BOOST_TEST(integer("-12").abs().to_string() == "12");
}

BOOST_AUTO_TEST_CASE(comparison) {
  const char* ordered[] = {"-100000000000000000000",
                           "-1000000000",
                           "-999999999",
                           "-1",
                           "0",
                           "1",
                           "999999999",
                           "1000000000",
                           "100000000000000000000"};
  const std::size_t n = std::size(ordered);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      BOOST_TEST(((integer(ordered[i]) <=> integer(ordered[j])) == (i <=> j)));
      BOOST_TEST((integer(ordered[i]) == integer(ordered[j])) == (i == j));
    }
  }
}

BOOST_AUTO_TEST_CASE(idiv_and_mod_follow_xpath) {
  struct Case {
    const char* a;
    const char* b;
    const char* quotient;
    const char* remainder;
  };
  const Case cases[] = {
      // F&O 2.0 op:numeric-integer-divide and op:numeric-mod examples
      {"10", "3", "3", "1"},
      {"3", "-2", "-1", "1"},
      {"-3", "2", "-1", "-1"},
      {"-3", "-2", "1", "-1"},
      {"5", "2", "2", "1"},
      {"6", "-2", "-3", "0"},
      {"0", "7", "0", "0"},
      {"123456789012345678901234", "97", "1272750402189130710322", "0"},
      {"123456789012345678901235", "97", "1272750402189130710322", "1"},
      {"-123456789012345678901299", "97", "-1272750402189130710322", "-65"},
      {"121932631137021795226185032733622923332237463801111263526900",
       "987654321098765432109876543210", "123456789012345678901234567890", "0"},
      {"121932631137021795226185032733622923332237463801111263526901",
       "-987654321098765432109876543210", "-123456789012345678901234567890", "1"},
      {"1000000000000000000000000000000", "999999999999999999999", "1000000000", "1000000000"},
      {"999999999999999999999999999", "1000000000000000000", "999999999", "999999999999999999"},
  };
  for (const Case& c : cases) {
    BOOST_TEST(str(Integer::idiv(integer(c.a), integer(c.b))) == c.quotient,
               c.a << " idiv " << c.b);
    BOOST_TEST(str(Integer::mod(integer(c.a), integer(c.b))) == c.remainder, c.a << " mod " << c.b);
  }
  BOOST_TEST(!Integer::idiv(Integer(1), Integer(0)));
  BOOST_TEST(!Integer::mod(Integer(1), Integer(0)));
}

BOOST_AUTO_TEST_CASE(division_identity_on_many_shapes) {
  // a == b * idiv(a, b) + mod(a, b) and |mod| < |b|, across limb boundaries, including divisors
  // whose top limb is small (exercises the Knuth D normalisation and add-back paths).
  const char* values[] = {"1",
                          "7",
                          "999999999",
                          "1000000000",
                          "1000000001",
                          "4294967296",
                          "999999999999999999",
                          "1000000000000000000",
                          "500000000000000000000",
                          "123456789123456789123456789",
                          "100000000000000000000000000000000001",
                          "99999999999999999999999999999999999999999999",
                          "31415926535897932384626433832795028841971693993751"};
  for (const char* a_text : values) {
    for (const char* b_text : values) {
      for (int signs = 0; signs < 4; ++signs) {
        Integer a = integer(a_text) * integer(a_text) + Integer(12345);
        Integer b = integer(b_text);
        if (signs & 1) a = -a;
        if (signs & 2) b = -b;
        const auto q = Integer::idiv(a, b);
        const auto r = Integer::mod(a, b);
        BOOST_REQUIRE(q && r);
        BOOST_TEST((b * *q + *r == a));
        BOOST_TEST((r->abs() < b.abs()));
        BOOST_TEST((r->sign() == 0 || r->sign() == a.sign()));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(double_conversions) {
  BOOST_TEST(integer("9007199254740993").to_double() == 9007199254740992.0);  // ties to even
  BOOST_TEST(integer("9007199254740995").to_double() == 9007199254740996.0);
  BOOST_TEST(integer("-12345").to_double() == -12345.0);
  BOOST_TEST(std::isinf(integer("1" + std::string(400, '0')).to_double()));
  BOOST_TEST(integer("-1" + std::string(400, '0')).to_double() < 0);

  BOOST_TEST(str(Integer::from_double(2.9)) == "2");
  BOOST_TEST(str(Integer::from_double(-2.9)) == "-2");
  BOOST_TEST(str(Integer::from_double(-0.0)) == "0");
  BOOST_TEST(str(Integer::from_double(1e20)) == "100000000000000000000");
  BOOST_TEST(str(Integer::from_double(-1e20)) == "-100000000000000000000");
  BOOST_TEST(str(Integer::from_double(9.2233720368547758e18)) == "9223372036854775808");
  BOOST_TEST(str(Integer::from_double(std::numeric_limits<double>::max())) ==
             "179769313486231570814527423731704356798070567525844996598917476803157260780028538760"
             "589558632766878171540458953514382464234321326889464182768467546703537516986049910576"
             "551282076245490090389328944075868508455133942304583236903222948165808559332123348274"
             "797826204144723168738177180919299881250404026184124858368");
  BOOST_TEST(!Integer::from_double(std::nan("")));
  BOOST_TEST(!Integer::from_double(std::numeric_limits<double>::infinity()));
}

BOOST_AUTO_TEST_CASE(helpers_and_limits) {
  BOOST_TEST(Integer::pow10(0).to_string() == "1");
  BOOST_TEST(Integer::pow10(20).to_string() == "1" + std::string(20, '0'));
  BOOST_TEST(Integer::pow10(20).digit_count() == 21);
  BOOST_TEST(Integer(0).digit_count() == 1);
  BOOST_TEST(integer("120000000000000000000").trailing_zero_digits() == 19);
  BOOST_TEST(Integer(0).trailing_zero_digits() == 0);
  BOOST_TEST(Integer(-5).sign() == -1);
  const Integer big = Integer::pow10(150'000);
  BOOST_CHECK_THROW(big * big, std::length_error);
  BOOST_CHECK_THROW(Integer::pow10(Integer::kMaxDigits + 1), std::length_error);
}

BOOST_AUTO_TEST_SUITE_END()
