// DateTime: lexical forms and validity, canonical strings, comparison with implicit timezones,
// timezone adjustment and date arithmetic (F&O 2.0 section 10 examples).
#include "validator/xsdtypes/date_time.h"

#include <boost/test/unit_test.hpp>

#include <string>

#include "tests/unit/xsdtypes/xsdtypes_test_support.h"

using konform::xsdtypes::DateTime;
using konform::xsdtypes::DateTimeKind;
using konform::xsdtypes::Decimal;
using konform::xsdtypes::Duration;
using konform::xsdtypes::DurationKind;
using Kind = DateTimeKind;

using namespace konform::xsdtypes::test;

namespace {

DateTime value(Kind kind, const std::string& text) {
  auto parsed = DateTime::parse(kind, text);
  BOOST_REQUIRE_MESSAGE(parsed, "parse failed: " << text);
  return *parsed;
}
DateTime date_time(const std::string& text) { return value(Kind::kDateTime, text); }
DateTime date(const std::string& text) { return value(Kind::kDate, text); }
DateTime time(const std::string& text) { return value(Kind::kTime, text); }

bool equal(const DateTime& a, const DateTime& b, int implicit_timezone) {
  return DateTime::compare(a, b, implicit_timezone) == std::strong_ordering::equal;
}

constexpr int kMinus5 = -300;

}  // namespace

BOOST_AUTO_TEST_SUITE(xsdtypes_date_time)

BOOST_AUTO_TEST_CASE(canonical_forms) {
  struct Case {
    Kind kind;
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {Kind::kDateTime, "2024-02-29T10:00:00Z", "2024-02-29T10:00:00Z"},
      {Kind::kDateTime, "2024-02-29T10:00:00+00:00", "2024-02-29T10:00:00Z"},
      {Kind::kDateTime, "2024-02-29T10:00:00-00:00", "2024-02-29T10:00:00Z"},
      {Kind::kDateTime, "2002-10-10T12:00:00.500-05:00", "2002-10-10T12:00:00.5-05:00"},
      {Kind::kDateTime, "2002-10-10T12:00:00.000", "2002-10-10T12:00:00"},
      {Kind::kDateTime, "1999-12-31T24:00:00", "2000-01-01T00:00:00"},
      {Kind::kDateTime, "2000-02-28T24:00:00+14:00", "2000-02-29T00:00:00+14:00"},
      {Kind::kDateTime, "-0044-03-15T12:00:00", "-0044-03-15T12:00:00"},
      {Kind::kDateTime, "12345-01-01T00:00:09.123456789123Z", "12345-01-01T00:00:09.123456789123Z"},
      {Kind::kDate, "2024-02-29", "2024-02-29"},
      {Kind::kDate, "2000-10-31-05:00", "2000-10-31-05:00"},
      {Kind::kDate, "-12345-12-31+14:00", "-12345-12-31+14:00"},
      {Kind::kTime, "10:00:00.5+01:00", "10:00:00.5+01:00"},
      {Kind::kTime, "24:00:00", "00:00:00"},
      {Kind::kTime, "23:59:59.999", "23:59:59.999"},
      {Kind::kTime, "00:00:05.10Z", "00:00:05.1Z"},
      {Kind::kGYearMonth, "1999-05", "1999-05"},
      {Kind::kGYearMonth, "-0001-02Z", "-0001-02Z"},
      {Kind::kGYear, "2005-12:00", "2005-12:00"},
      {Kind::kGYear, "99999", "99999"},
      {Kind::kGMonthDay, "--02-29", "--02-29"},
      {Kind::kGMonthDay, "--12-25-14:00", "--12-25-14:00"},
      {Kind::kGDay, "---31", "---31"},
      {Kind::kGDay, "---01Z", "---01Z"},
      {Kind::kGMonth, "--12", "--12"},
      {Kind::kGMonth, "--12--", "--12"},
      {Kind::kGMonth, "--01+05:30", "--01+05:30"},
  };
  for (const Case& c : cases) BOOST_TEST(value(c.kind, c.in).to_string() == c.out, c.in);
}

BOOST_AUTO_TEST_CASE(validity) {
  for (const char* ok : {"2024-02-29", "2000-02-29", "-0001-02-29", "-0005-02-29", "1999-12-31",
                         "0001-01-01", "999999999-12-31", "2023-04-30+14:00", "2023-04-30-14:00"}) {
    BOOST_TEST(DateTime::parse(Kind::kDate, ok).has_value(), ok);
  }
  for (const char* bad : {"2023-02-29",
                          "1900-02-29",
                          "-0002-02-29",
                          "2023-04-31",
                          "2023-13-01",
                          "2023-00-10",
                          "2023-01-00",
                          "2023-01-32",
                          "0000-01-01",
                          "01999-01-01",
                          "999-01-01",
                          "1000000000-01-01",
                          "2023-1-01",
                          "2023-01-1",
                          "+2023-01-01",
                          "2023-01-01+14:01",
                          "2023-01-01+15:00",
                          "2023-01-01+05:60",
                          "2023-01-01+0500",
                          "2023-01-01z",
                          "2023-01-01 ",
                          " 2023-01-01",
                          "2023-01-01T00:00:00",
                          "2023/01/01",
                          ""}) {
    BOOST_TEST(!DateTime::parse(Kind::kDate, bad), bad);
  }
  for (const char* bad : {"24:00:01", "24:01:00", "24:00:00.1", "25:00:00", "12:60:00", "12:00:60",
                          "12:00", "12:00:00.", "1:00:00", "12:00:00Z+01:00", "T12:00:00"}) {
    BOOST_TEST(!DateTime::parse(Kind::kTime, bad), bad);
  }
  BOOST_TEST(!DateTime::parse(Kind::kDateTime, "2024-02-29"));
  BOOST_TEST(!DateTime::parse(Kind::kDateTime, "2024-02-29T10:00"));
  BOOST_TEST(!DateTime::parse(Kind::kDateTime, "2024-02-30T10:00:00"));
  BOOST_TEST(!DateTime::parse(Kind::kDateTime, "999999999-12-31T24:00:00"));
  BOOST_TEST(!DateTime::parse(Kind::kGMonthDay, "--02-30"));
  BOOST_TEST(!DateTime::parse(Kind::kGMonthDay, "--04-31"));
  BOOST_TEST(!DateTime::parse(Kind::kGDay, "---32"));
  BOOST_TEST(!DateTime::parse(Kind::kGDay, "--31"));
  BOOST_TEST(!DateTime::parse(Kind::kGMonth, "--13"));
  BOOST_TEST(!DateTime::parse(Kind::kGMonth, "--1"));
  BOOST_TEST(!DateTime::parse(Kind::kGYearMonth, "2023-13"));
  BOOST_TEST(!DateTime::parse(Kind::kGYear, "0000"));
  BOOST_TEST(!DateTime::parse(Kind::kGYear, "123"));

  BOOST_TEST(konform::xsdtypes::is_leap_year(2000));
  BOOST_TEST(!konform::xsdtypes::is_leap_year(1900));
  BOOST_TEST(konform::xsdtypes::is_leap_year(-1));  // 1 BCE
  BOOST_TEST(konform::xsdtypes::days_in_month(2023, 2) == 28);
}

BOOST_AUTO_TEST_CASE(accessors) {
  const DateTime v = date_time("-0044-03-15T12:34:56.789-05:30");
  BOOST_TEST(v.year() == -44);
  BOOST_TEST(v.month() == 3);
  BOOST_TEST(v.day() == 15);
  BOOST_TEST(v.hours() == 12);
  BOOST_TEST(v.minutes() == 34);
  BOOST_TEST(v.seconds().to_string() == "56.789");
  BOOST_TEST(*v.timezone_minutes() == -330);
  BOOST_TEST(str(v.timezone()) == "-PT5H30M");
  BOOST_TEST(str(date_time("2000-01-01T00:00:00Z").timezone()) == "PT0S");
  BOOST_TEST(!date("2000-01-01").timezone());
}

BOOST_AUTO_TEST_CASE(fields_a_kind_lacks_are_those_of_its_starting_instant_in_1972_12_31) {
  // F&O 10.4: "year-month-day hour" of each kind's value, the fields it lacks filled in.
  const auto fields = [](Kind kind, const std::string& text) {
    const DateTime v = value(kind, text);
    return std::to_string(v.year()) + '-' + std::to_string(v.month()) + '-' +
           std::to_string(v.day()) + ' ' + std::to_string(v.hours());
  };
  const std::pair<std::string, std::string> time_and_dates[] = {
      {fields(Kind::kDateTime, "2024-03-04T05:06:07"), "2024-3-4 5"},
      {fields(Kind::kDate, "2024-03-04"), "2024-3-4 0"},
      {fields(Kind::kTime, "05:06:07"), "1972-12-31 5"}};
  const std::pair<std::string, std::string> gregorian[] = {
      {fields(Kind::kGYearMonth, "2024-03"), "2024-3-1 0"},
      {fields(Kind::kGYear, "2024"), "2024-1-1 0"},
      {fields(Kind::kGMonthDay, "--02-29"), "1972-2-29 0"},
      {fields(Kind::kGDay, "---05"), "1972-12-5 0"},
      {fields(Kind::kGMonth, "--03"), "1972-3-1 0"}};
  for (const auto& [got, expected] : time_and_dates) BOOST_TEST(got == expected);
  for (const auto& [got, expected] : gregorian) BOOST_TEST(got == expected);
}

BOOST_AUTO_TEST_CASE(comparison_uses_the_implicit_timezone) {
  BOOST_TEST(
      equal(date_time("2002-04-02T12:00:00-01:00"), date_time("2002-04-02T17:00:00+04:00"), 0));
  BOOST_TEST(
      equal(date_time("2002-04-02T12:00:00"), date_time("2002-04-02T23:00:00+06:00"), kMinus5));
  BOOST_TEST(!equal(date_time("2002-04-02T12:00:00"), date_time("2002-04-02T17:00:00"), kMinus5));
  BOOST_TEST(equal(date_time("1999-12-31T24:00:00"), date_time("2000-01-01T00:00:00"), kMinus5));
  BOOST_TEST(!equal(date_time("2005-04-04T24:00:00"), date_time("2005-04-04T00:00:00"), kMinus5));
  BOOST_TEST(!equal(date("2004-12-25Z"), date("2004-12-25+07:00"), kMinus5));
  BOOST_TEST(equal(date("2004-12-25-12:00"), date("2004-12-26+12:00"), kMinus5));
  BOOST_TEST(!equal(time("08:00:00+09:00"), time("17:00:00-06:00"), kMinus5));
  BOOST_TEST(equal(time("21:30:00+10:30"), time("06:00:00-05:00"), kMinus5));
  BOOST_TEST(equal(time("24:00:00+01:00"), time("00:00:00+01:00"), kMinus5));
  BOOST_TEST(
      !equal(value(Kind::kGYearMonth, "1986-02"), value(Kind::kGYearMonth, "1986-03"), kMinus5));
  BOOST_TEST(!equal(value(Kind::kGYear, "2005-12:00"), value(Kind::kGYear, "2005+12:00"), kMinus5));
  BOOST_TEST(equal(value(Kind::kGYear, "1976-05:00"), value(Kind::kGYear, "1976"), kMinus5));
  BOOST_TEST(equal(value(Kind::kGMonthDay, "--12-25-14:00"),
                   value(Kind::kGMonthDay, "--12-26+10:00"), kMinus5));
  BOOST_TEST(
      !equal(value(Kind::kGMonth, "--12-14:00"), value(Kind::kGMonth, "--12+10:00"), kMinus5));
  BOOST_TEST(!equal(value(Kind::kGDay, "---25-14:00"), value(Kind::kGDay, "---25+10:00"), kMinus5));
  BOOST_TEST(equal(value(Kind::kGDay, "---12-05:00"), value(Kind::kGDay, "---12"), kMinus5));

  BOOST_TEST(
      (DateTime::compare(date("2004-12-25"), date("2004-12-26"), 0) == std::strong_ordering::less));
  BOOST_TEST(
      (DateTime::compare(date_time("2000-01-01T00:00:00.0000000001Z"),
                         date_time("2000-01-01T00:00:00Z"), 0) == std::strong_ordering::greater));
  BOOST_TEST((DateTime::compare(date("-0001-12-31"), date("0001-01-01"), 0) ==
              std::strong_ordering::less));
  BOOST_TEST(
      (DateTime::compare(date_time("2000-01-01T00:00:00+01:00"), date_time("2000-01-01T00:00:00"),
                         0) == std::strong_ordering::less));
  BOOST_TEST(!DateTime::compare(date("2000-01-01"), date_time("2000-01-01T00:00:00"), 0));
}

BOOST_AUTO_TEST_CASE(adjust_to_timezone) {
  const int minus10 = -600;
  BOOST_TEST(str(date_time("2002-03-07T10:00:00").adjust_to_timezone(kMinus5)) ==
             "2002-03-07T10:00:00-05:00");
  BOOST_TEST(str(date_time("2002-03-07T10:00:00-07:00").adjust_to_timezone(kMinus5)) ==
             "2002-03-07T12:00:00-05:00");
  BOOST_TEST(str(date_time("2002-03-07T10:00:00").adjust_to_timezone(minus10)) ==
             "2002-03-07T10:00:00-10:00");
  BOOST_TEST(str(date_time("2002-03-07T10:00:00-07:00").adjust_to_timezone(minus10)) ==
             "2002-03-07T07:00:00-10:00");
  BOOST_TEST(str(date_time("2002-03-07T10:00:00-07:00").adjust_to_timezone(600)) ==
             "2002-03-08T03:00:00+10:00");
  BOOST_TEST(str(date_time("2002-03-07T00:00:00+01:00").adjust_to_timezone(-480)) ==
             "2002-03-06T15:00:00-08:00");
  BOOST_TEST(str(date_time("2002-03-07T10:00:00").adjust_to_timezone(std::nullopt)) ==
             "2002-03-07T10:00:00");
  BOOST_TEST(str(date_time("2002-03-07T10:00:00-07:00").adjust_to_timezone(std::nullopt)) ==
             "2002-03-07T10:00:00");
  BOOST_TEST(str(date("2002-03-07").adjust_to_timezone(minus10)) == "2002-03-07-10:00");
  BOOST_TEST(str(date("2002-03-07-07:00").adjust_to_timezone(minus10)) == "2002-03-06-10:00");
  BOOST_TEST(str(date("2002-03-07-07:00").adjust_to_timezone(std::nullopt)) == "2002-03-07");
  BOOST_TEST(str(time("10:00:00").adjust_to_timezone(minus10)) == "10:00:00-10:00");
  BOOST_TEST(str(time("10:00:00-07:00").adjust_to_timezone(minus10)) == "07:00:00-10:00");
  BOOST_TEST(str(time("10:00:00-07:00").adjust_to_timezone(600)) == "03:00:00+10:00");
  BOOST_TEST(str(time("17:00:00-03:00").adjust_to_timezone(600)) == "06:00:00+10:00");
  BOOST_TEST(str(time("10:00:00-07:00").adjust_to_timezone(841)) == "none");
  BOOST_TEST(str(time("10:00:00-07:00").adjust_to_timezone(-2147483647 - 1)) == "none");
  BOOST_TEST(str(value(Kind::kGYear, "2000").adjust_to_timezone(0)) == "none");

  BOOST_TEST(*konform::xsdtypes::timezone_minutes_from(dt("-PT10H")) == -600);
  BOOST_TEST(*konform::xsdtypes::timezone_minutes_from(dt("PT14H")) == 840);
  BOOST_TEST(!konform::xsdtypes::timezone_minutes_from(dt("PT14H1M")));
  BOOST_TEST(!konform::xsdtypes::timezone_minutes_from(dt("PT1H0.5S")));
  BOOST_TEST(!konform::xsdtypes::timezone_minutes_from(ym("P1M")));
}

BOOST_AUTO_TEST_CASE(adding_durations) {
  struct Case {
    Kind kind;
    const char* start;
    const char* duration;
    bool year_month;
    const char* sum;
    const char* difference;
  };
  const Case cases[] = {
      {Kind::kDateTime, "2000-10-30T11:12:00", "P1Y2M", true, "2001-12-30T11:12:00",
       "1999-08-30T11:12:00"},
      {Kind::kDateTime, "2000-10-30T11:12:00", "P3DT1H15M", false, "2000-11-02T12:27:00",
       "2000-10-27T09:57:00"},
      {Kind::kDate, "2000-10-30", "P1Y2M", true, "2001-12-30", "1999-08-30"},
      {Kind::kDate, "2004-10-30Z", "P2DT2H30M0S", false, "2004-11-01Z", "2004-10-27Z"},
      {Kind::kDate, "2000-02-29Z", "P1Y", true, "2001-02-28Z", "1999-02-28Z"},
      {Kind::kDate, "2000-10-31-05:00", "P1Y1M", true, "2001-11-30-05:00", "1999-09-30-05:00"},
      {Kind::kDate, "2000-10-30", "P3DT1H15M", false, "2000-11-02", "2000-10-26"},
      {Kind::kDate, "2000-01-31", "P1M", true, "2000-02-29", "1999-12-31"},
      {Kind::kDate, "2001-01-31", "P1M", true, "2001-02-28", "2000-12-31"},
      {Kind::kDate, "2000-03-31", "P1M", true, "2000-04-30", "2000-02-29"},
      {Kind::kDate, "2000-12-31", "-P11M", true, "2000-01-31", "2001-11-30"},
      {Kind::kDate, "0001-01-01", "P1D", false, "0001-01-02", "-0001-12-31"},
      {Kind::kDate, "0001-06-15", "P1Y", true, "0002-06-15", "-0001-06-15"},
      {Kind::kDate, "-0001-12-31", "P1D", false, "0001-01-01", "-0001-12-30"},
      {Kind::kDateTime, "1999-12-31T23:59:59.5Z", "PT0.75S", false, "2000-01-01T00:00:00.25Z",
       "1999-12-31T23:59:58.75Z"},
      {Kind::kDateTime, "2000-01-01T00:00:00", "P100000000D", false, "275790-09-13T00:00:00",
       "-271792-04-20T00:00:00"},
      {Kind::kTime, "11:12:00", "P3DT1H15M", false, "12:27:00", "09:57:00"},
      {Kind::kTime, "23:12:00+03:00", "P1DT3H15M", false, "02:27:00+03:00", "19:57:00+03:00"},
      {Kind::kTime, "08:20:00-05:00", "P23DT10H10M", false, "18:30:00-05:00", "22:10:00-05:00"},
      {Kind::kTime, "00:00:00.1", "PT0.2S", false, "00:00:00.3", "23:59:59.9"},
  };
  for (const Case& c : cases) {
    const DateTime start = value(c.kind, c.start);
    const Duration d = c.year_month ? ym(c.duration) : dt(c.duration);
    BOOST_TEST(str(DateTime::add(start, d)) == c.sum, c.start << " + " << c.duration);
    BOOST_TEST(str(DateTime::subtract(start, d)) == c.difference, c.start << " - " << c.duration);
  }
  BOOST_TEST(str(DateTime::add(time("10:00:00"), ym("P1M"))) == "none");
  BOOST_TEST(str(DateTime::add(value(Kind::kGYear, "2000"), ym("P1Y"))) == "none");
  BOOST_TEST(str(DateTime::add(date("999999999-12-31"), dt("P1D"))) == "none");
  BOOST_TEST(str(DateTime::add(date("2000-01-01"), ym("P999999999999Y"))) == "none");
  BOOST_TEST(str(DateTime::add(date("2000-01-01"), dt("P99999999999999999999999D"))) == "none");
}

BOOST_AUTO_TEST_CASE(subtracting_date_times) {
  BOOST_TEST(str(DateTime::difference(date_time("2000-10-30T06:12:00"),
                                      date_time("1999-11-28T09:00:00Z"), kMinus5)) ==
             "P337DT2H12M");
  BOOST_TEST(str(DateTime::difference(date("2000-10-30"), date("1999-11-28"), 0)) == "P337D");
  BOOST_TEST(str(DateTime::difference(date("2000-10-15-05:00"), date("2000-10-10+02:00"), 0)) ==
             "P5DT7H");
  BOOST_TEST(str(DateTime::difference(time("11:12:00Z"), time("04:00:00"), kMinus5)) == "PT2H12M");
  BOOST_TEST(str(DateTime::difference(time("11:00:00-05:00"), time("21:30:00+05:30"), kMinus5)) ==
             "PT0S");
  BOOST_TEST(str(DateTime::difference(time("17:00:00-06:00"), time("08:00:00+09:00"), kMinus5)) ==
             "P1D");
  BOOST_TEST(str(DateTime::difference(time("24:00:00"), time("23:59:59"), kMinus5)) ==
             "-PT23H59M59S");
  BOOST_TEST(str(DateTime::difference(date("0001-01-01"), date("-0001-12-31"), 0)) == "P1D");
  BOOST_TEST(str(DateTime::difference(date("2000-01-01"), time("00:00:00"), 0)) == "none");
  const auto difference = DateTime::difference(date("2000-03-01"), date("2000-02-01"), 0);
  BOOST_TEST((difference->kind() == DurationKind::kDayTime));
  BOOST_TEST(difference->to_string() == "P29D");
}

BOOST_AUTO_TEST_CASE(casts_and_construction) {
  const DateTime v = date_time("2002-10-10T12:30:45.5-05:00");
  BOOST_TEST(str(v.cast(Kind::kDate)) == "2002-10-10-05:00");
  BOOST_TEST(str(v.cast(Kind::kTime)) == "12:30:45.5-05:00");
  BOOST_TEST(str(v.cast(Kind::kGYearMonth)) == "2002-10-05:00");
  BOOST_TEST(str(v.cast(Kind::kGYear)) == "2002-05:00");
  BOOST_TEST(str(v.cast(Kind::kGMonthDay)) == "--10-10-05:00");
  BOOST_TEST(str(v.cast(Kind::kGDay)) == "---10-05:00");
  BOOST_TEST(str(v.cast(Kind::kGMonth)) == "--10-05:00");
  BOOST_TEST(str(date("2002-10-10").cast(Kind::kDateTime)) == "2002-10-10T00:00:00");
  BOOST_TEST(str(date("2002-10-10").cast(Kind::kTime)) == "none");
  BOOST_TEST(str(time("12:00:00").cast(Kind::kDateTime)) == "none");
  BOOST_TEST(str(value(Kind::kGYear, "2002").cast(Kind::kDate)) == "none");

  BOOST_TEST(str(DateTime::combine(date("1999-12-31"), time("12:00:00"))) == "1999-12-31T12:00:00");
  BOOST_TEST(str(DateTime::combine(date("1999-12-31Z"), time("12:00:00"))) ==
             "1999-12-31T12:00:00Z");
  BOOST_TEST(str(DateTime::combine(date("1999-12-31"), time("24:00:00+01:00"))) ==
             "1999-12-31T00:00:00+01:00");
  BOOST_TEST(str(DateTime::combine(date("1999-12-31Z"), time("12:00:00+01:00"))) == "none");

  BOOST_TEST(str(DateTime::make(Kind::kDateTime, 2024, 2, 29, 24, 0, Decimal(), 60)) ==
             "2024-03-01T00:00:00+01:00");
  BOOST_TEST(str(DateTime::make(Kind::kDate, 2023, 2, 29, 0, 0, Decimal(), std::nullopt)) ==
             "none");
  BOOST_TEST(str(DateTime::make(Kind::kTime, 0, 0, 0, 12, 0, *Decimal::parse("59.999"), 0)) ==
             "12:00:59.999Z");
  BOOST_TEST(str(DateTime::make(Kind::kTime, 0, 0, 0, 12, 0, Decimal(60), 0)) == "none");
  BOOST_TEST(str(DateTime::make(Kind::kTime, 0, 0, 0, 12, -1, Decimal(0), 0)) == "none");
}

BOOST_AUTO_TEST_CASE(current_date_time_from_a_clock) {
  using namespace std::chrono;
  const system_clock::time_point instant = system_clock::time_point(
      duration_cast<system_clock::duration>(seconds(951782400) + microseconds(250000)));
  // 2000-02-29T00:00:00.25Z
  BOOST_TEST(DateTime::from_time_point(instant, 0)->to_string() == "2000-02-29T00:00:00.25Z");
  BOOST_TEST(DateTime::from_time_point(instant, -60)->to_string() ==
             "2000-02-28T23:00:00.25-01:00");
  BOOST_TEST(DateTime::from_time_point(system_clock::time_point(), 0)->to_string() ==
             "1970-01-01T00:00:00Z");
  const auto before = DateTime::from_time_point(system_clock::time_point() - hours(24), 0);
  BOOST_TEST(before->to_string() == "1969-12-31T00:00:00Z");
  BOOST_TEST(!DateTime::from_time_point(instant, 841));
  BOOST_TEST(!DateTime::from_time_point(instant, -2147483647 - 1));
  BOOST_TEST(*DateTime::from_time_point(system_clock::now(), 840)->timezone_minutes() == 840);
}

BOOST_AUTO_TEST_SUITE_END()
