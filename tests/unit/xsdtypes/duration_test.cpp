// Duration: lexical forms, canonical strings, components and arithmetic (F&O 2.0 section 10).
#include "validator/xsdtypes/duration.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "tests/unit/xsdtypes/xsdtypes_test_support.h"

using konform::xsdtypes::Decimal;
using konform::xsdtypes::Duration;
using konform::xsdtypes::DurationKind;

using namespace konform::xsdtypes::test;

namespace {}  // namespace

BOOST_AUTO_TEST_SUITE(xsdtypes_duration)

BOOST_AUTO_TEST_CASE(canonical_forms) {
  const std::pair<const char*, const char*> durations[] = {
      {"P1Y2M3DT4H5M6.7S", "P1Y2M3DT4H5M6.7S"},
      {"-P1D", "-P1D"},
      {"PT0S", "PT0S"},
      {"P0Y", "PT0S"},
      {"-PT0S", "PT0S"},
      {"P14M", "P1Y2M"},
      {"PT36H", "P1DT12H"},
      {"PT99999999S", "P1157DT9H46M39S"},
      {"PT0.50S", "PT0.5S"},
      {"P1Y0M", "P1Y"},
      {"P0YT1S", "PT1S"},
      {"PT1M60S", "PT2M"},
      {"P1DT24H", "P2D"},
      {"-P1Y2MT0.001S", "-P1Y2MT0.001S"},
      {"P1000000000D", "P1000000000D"},
      {"PT1.000000000000000000001S", "PT1.000000000000000000001S"},
  };
  for (const auto& [in, out] : durations) BOOST_TEST(duration(in).to_string() == out, in);
  BOOST_TEST(ym("P0M").to_string() == "P0M");
  BOOST_TEST(ym("-P0Y").to_string() == "P0M");
  BOOST_TEST(ym("P14M").to_string() == "P1Y2M");
  BOOST_TEST(ym("-P25M").to_string() == "-P2Y1M");
  BOOST_TEST(dt("-PT36H").to_string() == "-P1DT12H");
  BOOST_TEST(dt("P0D").to_string() == "PT0S");
}

BOOST_AUTO_TEST_CASE(invalid_lexical_forms) {
  for (const char* bad : {"",
                          "P",
                          "-P",
                          "PT",
                          "P1YT",
                          "1Y",
                          "P-1Y",
                          "+P1Y",
                          "P1M1Y",
                          "P1S",
                          "PT1D",
                          "P1.5Y",
                          "PT1.5M",
                          "PT1.S",
                          "PT.5S",
                          "P1Y2M3DT",
                          "PT1H1H",
                          "P 1Y",
                          "P1Y ",
                          "P1DT1H2M3S4S",
                          "PTT1S",
                          "P1y",
                          "P99999999999999999Y"}) {
    BOOST_TEST(!Duration::parse(bad), bad);
  }
  BOOST_TEST(!Duration::parse("P1D", DurationKind::kYearMonth));
  BOOST_TEST(!Duration::parse("PT1S", DurationKind::kYearMonth));
  BOOST_TEST(!Duration::parse("P1Y", DurationKind::kDayTime));
  BOOST_TEST(!Duration::parse("P1M", DurationKind::kDayTime));
  BOOST_TEST(Duration::parse("P1M", DurationKind::kYearMonth).has_value());
  BOOST_TEST(Duration::parse("PT1M", DurationKind::kDayTime).has_value());
}

BOOST_AUTO_TEST_CASE(components_follow_f_and_o_examples) {
  BOOST_TEST(ym("P20Y15M").years() == 21);
  BOOST_TEST(ym("-P15M").years() == -1);
  BOOST_TEST(ym("P20Y15M").months() == 3);
  BOOST_TEST(ym("-P20Y18M").months() == -6);
  BOOST_TEST(dt("P3DT10H").days().to_string() == "3");
  BOOST_TEST(dt("P3DT55H").days().to_string() == "5");
  BOOST_TEST(dt("P3DT10H").hours() == 10);
  BOOST_TEST(dt("P3DT12H32M12S").hours() == 12);
  BOOST_TEST(dt("PT123H").hours() == 3);
  BOOST_TEST(dt("-P3DT10H").hours() == -10);
  BOOST_TEST(dt("P3DT10H").minutes() == 0);
  BOOST_TEST(dt("-P5DT12H30M").minutes() == -30);
  BOOST_TEST(dt("P3DT10H12.5S").seconds().to_string() == "12.5");
  BOOST_TEST(dt("-PT256S").seconds().to_string() == "-16");
  BOOST_TEST(duration("P1Y2M3DT4H").total_months() == 14);
  BOOST_TEST(duration("P1Y2M3DT4H").total_seconds().to_string() == "273600");
}

BOOST_AUTO_TEST_CASE(equality_and_ordering) {
  BOOST_TEST((duration("P1Y") == duration("P12M")));
  BOOST_TEST((duration("PT24H") == duration("P1D")));
  BOOST_TEST((ym("P0M") == dt("PT0S")));  // op:duration-equal ignores the subtype
  BOOST_TEST(!(duration("P1M") == duration("P30D")));
  BOOST_TEST((Duration::compare(ym("P1Y"), ym("P11M")) == std::strong_ordering::greater));
  BOOST_TEST((Duration::compare(ym("-P1Y"), ym("P0M")) == std::strong_ordering::less));
  BOOST_TEST((Duration::compare(dt("PT1H"), dt("PT60M")) == std::strong_ordering::equal));
  BOOST_TEST((Duration::compare(dt("PT1.5S"), dt("PT1.25S")) == std::strong_ordering::greater));
  BOOST_TEST(!Duration::compare(ym("P1Y"), dt("P1D")));
  BOOST_TEST(!Duration::compare(duration("P1Y"), duration("P1Y")));
}

BOOST_AUTO_TEST_CASE(arithmetic_follows_f_and_o_examples) {
  BOOST_TEST(str(Duration::add(ym("P2Y11M"), ym("P3Y3M"))) == "P6Y2M");
  BOOST_TEST(str(Duration::subtract(ym("P2Y11M"), ym("P3Y3M"))) == "-P4M");
  BOOST_TEST(str(Duration::add(dt("P2DT12H5M"), dt("P5DT12H"))) == "P8DT5M");
  BOOST_TEST(str(Duration::subtract(dt("P2DT12H"), dt("P1DT10H30M"))) == "P1DT1H30M");
  BOOST_TEST(str(Duration::add(ym("P1Y"), dt("P1D"))) == "none");
  BOOST_TEST(str(Duration::multiply(ym("P2Y11M"), 2.3)) == "P6Y9M");
  BOOST_TEST(str(Duration::multiply(ym("P1M"), 0.5)) == "P1M");   // halves round up
  BOOST_TEST(str(Duration::multiply(ym("P1M"), -0.5)) == "P0M");  // ... toward +INF
  BOOST_TEST(str(Duration::multiply(ym("P1M"), -0.0)) == "P0M");
  BOOST_TEST(str(Duration::divide(ym("P2Y11M"), 1.5)) == "P1Y11M");
  BOOST_TEST(str(Duration::divide(ym("P3Y4M"), ym("-P1Y4M"))) == "-2.5");
  BOOST_TEST(str(Duration::multiply(dt("PT2H10M"), 2.1)) == "PT4H33M");
  BOOST_TEST(str(Duration::divide(dt("P1DT2H30M10.5S"), 1.5)) == "PT17H40M7S");
  BOOST_TEST(str(Duration::divide(dt("P2DT53M11S"), dt("P1DT10H"))) == "1.437834967320261438");
  BOOST_TEST(str(Duration::divide(dt("PT1S"), 3.0)) == "PT0.333333333333333333S");
  BOOST_TEST(str(Duration::divide(dt("PT1H"), std::numeric_limits<double>::infinity())) == "PT0S");
  BOOST_TEST(str(Duration::multiply(dt("PT1H"), std::nan(""))) == "none");
  BOOST_TEST(str(Duration::multiply(ym("P1Y"), std::numeric_limits<double>::infinity())) == "none");
  BOOST_TEST(str(Duration::divide(ym("P1Y"), 0.0)) == "none");
  BOOST_TEST(str(Duration::divide(dt("PT1S"), dt("PT0S"))) == "none");
  BOOST_TEST(str(Duration::multiply(ym("P1000000000000Y"), 1e10)) == "none");
  BOOST_TEST(str(Duration::add(ym("P999999999999Y"), ym("P999999999999Y"))) == "none");
}

BOOST_AUTO_TEST_CASE(construction_and_casts) {
  BOOST_TEST(str(Duration::make(DurationKind::kDuration, 1, Decimal(-1))) == "none");
  BOOST_TEST(str(Duration::make(DurationKind::kDuration, -13, Decimal(-1))) == "-P1Y1MT1S");
  BOOST_TEST(str(Duration::make(DurationKind::kYearMonth, 1, Decimal(1))) == "none");
  BOOST_TEST(str(Duration::year_month(-3)) == "-P3M");
  BOOST_TEST(Duration::day_time(Decimal(90)).to_string() == "PT1M30S");
  const Duration full = duration("-P1Y2M3DT4H");
  BOOST_TEST(full.cast(DurationKind::kYearMonth).to_string() == "-P1Y2M");
  BOOST_TEST(full.cast(DurationKind::kDayTime).to_string() == "-P3DT4H");
  BOOST_TEST(ym("P1Y").cast(DurationKind::kDayTime).to_string() == "PT0S");
  BOOST_TEST((full.cast(DurationKind::kYearMonth).kind() == DurationKind::kYearMonth));
  BOOST_TEST(full.sign() == -1);
  BOOST_TEST(Duration().sign() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
