// xs:double / xs:float lexical parsing and the F&O 2.0 17.1.2 canonical string forms.
#include "validator/xsdtypes/floating.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <string>

using konform::xsdtypes::double_to_string;
using konform::xsdtypes::float_to_string;
using konform::xsdtypes::parse_double;
using konform::xsdtypes::parse_float;

BOOST_AUTO_TEST_SUITE(xsdtypes_floating)

BOOST_AUTO_TEST_CASE(parse_double_accepts_the_xsd_1_0_lexical_space) {
  const std::pair<const char*, double> cases[] = {
      {"1e3", 1000.0},
      {"1E3", 1000.0},
      {".5", 0.5},
      {"5.", 5.0},
      {"+1.5", 1.5},
      {"-1.5", -1.5},
      {"-1E4", -1e4},
      {"1267.43233E12", 1267.43233e12},
      {"12.78e-2", 0.1278},
      {"12", 12.0},
      {"1e+3", 1000.0},
      {"1e-3", 0.001},
      {"0.1", 0.1},
      {"00001.000e00002", 100.0},
      {"1e400", std::numeric_limits<double>::infinity()},
      {"-1e400", -std::numeric_limits<double>::infinity()},
      {"1e99999999999999999999999", std::numeric_limits<double>::infinity()},
      {"4.9e-324", 4.9e-324},
      {"2.2250738585072011e-308", 2.2250738585072011e-308},
      {"9007199254740993", 9007199254740992.0},
  };
  for (const auto& [in, expected] : cases) {
    const auto value = parse_double(in);
    BOOST_TEST_REQUIRE(value.has_value(), in);
    BOOST_TEST(*value == expected, in);
  }
  const auto underflow = parse_double("-1e-400");
  BOOST_TEST_REQUIRE(underflow.has_value());
  BOOST_TEST(*underflow == 0.0);
  BOOST_TEST(std::signbit(*underflow));
  BOOST_TEST(*parse_double("0.0000e-99999999999999") == 0.0);
  BOOST_TEST(std::signbit(*parse_double("-0")));
  BOOST_TEST(*parse_double("INF") == std::numeric_limits<double>::infinity());
  BOOST_TEST(*parse_double("-INF") == -std::numeric_limits<double>::infinity());
  BOOST_TEST(std::isnan(*parse_double("NaN")));
  for (const char* bad : {"", "+INF", "inf", "Infinity", "nan", "-NaN", "e3", "1e", "1e+", ".",
                          "-.", "1.5.", " 1", "1 ", "0x1p3", "1,5", "1e3.5", "++1", "1d"}) {
    BOOST_TEST(!parse_double(bad), bad);
  }
}

BOOST_AUTO_TEST_CASE(parse_float_rounds_to_float) {
  BOOST_TEST(*parse_float("0.1") == 0.1f);
  BOOST_TEST(*parse_float("16777217") == 16777216.0f);
  BOOST_TEST(*parse_float("3.4028235e38") == std::numeric_limits<float>::max());
  BOOST_TEST(*parse_float("1e39") == std::numeric_limits<float>::infinity());
  BOOST_TEST(*parse_float("-INF") == -std::numeric_limits<float>::infinity());
  BOOST_TEST(*parse_float("1e-50") == 0.0f);
  BOOST_TEST(!parse_float("+INF"));
}

BOOST_AUTO_TEST_CASE(double_to_string_follows_f_and_o_17_1_2) {
  const std::pair<double, const char*> cases[] = {
      {0.0, "0"},
      {-0.0, "-0"},
      {1.0, "1"},
      {-1.0, "-1"},
      {1.5, "1.5"},
      {100.0, "100"},
      {0.001, "0.001"},
      {123456.7, "123456.7"},
      {999999.0, "999999"},
      {999999.9999, "999999.9999"},
      {1e6, "1.0E6"},
      {1e7, "1.0E7"},
      {1e-7, "1.0E-7"},
      {1.2345e-7, "1.2345E-7"},
      {0.000001, "0.000001"},
      {0.0000015, "0.0000015"},
      {1234567.0, "1.234567E6"},
      {-1234567.0, "-1.234567E6"},
      {0.1 + 0.2, "0.30000000000000004"},
      {1.0 / 3.0, "0.3333333333333333"},
      {2.0 / 3.0, "0.6666666666666666"},
      {1e100, "1.0E100"},
      {1.7976931348623157e308, "1.7976931348623157E308"},
      {4.9e-324, "5.0E-324"},  // shortest digits; Java Double.toString says 4.9E-324,
      {12345.678e10, "1.2345678E14"},
      {-0.5, "-0.5"},
  };
  for (const auto& [in, out] : cases) BOOST_TEST(double_to_string(in) == out, out);
  BOOST_TEST(double_to_string(std::nan("")) == "NaN");
  BOOST_TEST(double_to_string(std::numeric_limits<double>::infinity()) == "INF");
  BOOST_TEST(double_to_string(-std::numeric_limits<double>::infinity()) == "-INF");
}

BOOST_AUTO_TEST_CASE(float_to_string_uses_float_digits) {
  const std::pair<float, const char*> cases[] = {
      {1.1f, "1.1"},
      {0.1f, "0.1"},
      {-0.0f, "-0"},
      {1e6f, "1.0E6"},
      {1e-7f, "1.0E-7"},
      {123456.7f, "123456.7"},
      {3.4028235e38f, "3.4028235E38"},
      {16777216.0f, "1.6777216E7"},
      {0.5f, "0.5"},
      {1e-6f, "1.0E-6"},  // the float is just below one millionth
      {2e-6f, "0.000002"},
      {999999.94f, "999999.94"},
      {-1.5e-10f, "-1.5E-10"},
  };
  for (const auto& [in, out] : cases) BOOST_TEST(float_to_string(in) == out, out);
  BOOST_TEST(float_to_string(std::numeric_limits<float>::quiet_NaN()) == "NaN");
  BOOST_TEST(float_to_string(-std::numeric_limits<float>::infinity()) == "-INF");
}

BOOST_AUTO_TEST_CASE(round_trip_through_the_canonical_form) {
  const double values[] = {
      0.1,      1.0 / 3.0,          1e-300,           5e-324, 123456.789, 1e21, -2.5e-6,
      0.000001, 999999.99999999988, 3.141592653589793};
  for (double v : values) BOOST_TEST(*parse_double(double_to_string(v)) == v, v);
  const float floats[] = {0.1f, 1.0f / 3.0f, 1e-40f, 123456.79f, 3.4e38f};
  for (float v : floats) BOOST_TEST(*parse_float(float_to_string(v)) == v, v);
}

BOOST_AUTO_TEST_SUITE_END()
