// calendar: proleptic Gregorian day numbers on astronomical years.
#include "validator/xsdtypes/calendar.h"

#include <boost/test/unit_test.hpp>

namespace calendar = konform::xsdtypes::calendar;

BOOST_AUTO_TEST_SUITE(xsdtypes_calendar)

BOOST_AUTO_TEST_CASE(known_day_numbers) {
  struct Case {
    std::int64_t year;
    int month;
    int day;
    std::int64_t days;
  };
  // Day counts from Python's datetime (proleptic Gregorian) for years >= 1.
  const Case cases[] = {{1970, 1, 1, 0},         {2000, 3, 1, 11017},    {1, 1, 1, -719162},
                        {9999, 12, 31, 2932896}, {1600, 2, 29, -135081}, {1972, 12, 31, 1095},
                        {0, 12, 31, -719163},    {0, 2, 29, -719469}};
  for (const Case& c : cases) {
    BOOST_TEST(calendar::days_from_civil(c.year, c.month, c.day) == c.days,
               c.year << "-" << c.month);
    const calendar::Civil civil = calendar::civil_from_days(c.days);
    BOOST_TEST(civil.year == c.year);
    BOOST_TEST(civil.month == c.month);
    BOOST_TEST(civil.day == c.day);
  }
}

BOOST_AUTO_TEST_CASE(day_numbers_are_consecutive) {
  // Walk every day across several 400-year cycles on both sides of year 0.
  std::int64_t expected = calendar::days_from_civil(-1200, 1, 1);
  int mismatches = 0;
  for (std::int64_t year = -1200; year <= 1200; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= calendar::days_in_month(year, month); ++day) {
        const calendar::Civil civil = calendar::civil_from_days(expected);
        if (calendar::days_from_civil(year, month, day) != expected || civil.year != year ||
            civil.month != month || civil.day != day) {
          ++mismatches;
        }
        ++expected;
      }
    }
  }
  BOOST_TEST(mismatches == 0);
  BOOST_TEST(expected - calendar::days_from_civil(-1200, 1, 1) == 2401 / 400 * 146097 + 365 + 1);
  const std::int64_t far = calendar::days_from_civil(-999'999'999, 1, 1);
  BOOST_TEST(calendar::civil_from_days(far).year == -999'999'999);
  BOOST_TEST(calendar::civil_from_days(calendar::days_from_civil(1'000'000'000, 12, 31)).day == 31);
}

BOOST_AUTO_TEST_CASE(leap_years_and_month_lengths) {
  BOOST_TEST(calendar::is_leap_year(0));
  BOOST_TEST(calendar::is_leap_year(-4));
  BOOST_TEST(!calendar::is_leap_year(-100));
  BOOST_TEST(calendar::is_leap_year(-400));
  BOOST_TEST(!calendar::is_leap_year(2100));
  BOOST_TEST(calendar::days_in_month(2024, 2) == 29);
  BOOST_TEST(calendar::days_in_month(2023, 4) == 30);
  BOOST_TEST(calendar::floor_div(-1, 12) == -1);
  BOOST_TEST(calendar::floor_div(-12, 12) == -1);
  BOOST_TEST(calendar::floor_div(11, 12) == 0);
  BOOST_TEST(calendar::to_astronomical(-1) == 0);
  BOOST_TEST(calendar::from_astronomical(0) == -1);
}

BOOST_AUTO_TEST_SUITE_END()
