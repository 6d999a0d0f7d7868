// Plain dates (YYYY-MM-DD, a day that exists, no time zone): the one check behind --as-of, the
// code-list validation date and genericode validity dates.
#include <boost/test/unit_test.hpp>

#include "validator/xsdtypes/plain_date.h"

using konform::xsdtypes::is_plain_date;
using konform::xsdtypes::plain_date_of;

BOOST_AUTO_TEST_SUITE(plain_date)

BOOST_AUTO_TEST_CASE(existing_days_in_four_digit_years_are_plain_dates) {
  BOOST_TEST(is_plain_date("2026-02-28"));
  BOOST_TEST(is_plain_date("2024-02-29"));  // a leap year
  BOOST_TEST(is_plain_date("0001-01-01"));
}

BOOST_AUTO_TEST_CASE(days_that_do_not_exist_are_refused) {
  BOOST_TEST(!is_plain_date("2026-02-29"));
  BOOST_TEST(!is_plain_date("2026-02-30"));
  BOOST_TEST(!is_plain_date("2026-13-01"));
  BOOST_TEST(!is_plain_date("2026-04-31"));
}

BOOST_AUTO_TEST_CASE(other_xs_date_forms_are_not_plain) {
  BOOST_TEST(!is_plain_date("2026-02-28Z"));
  BOOST_TEST(!is_plain_date("12026-02-28"));
  BOOST_TEST(!is_plain_date("-2026-02-28"));
  BOOST_TEST(!is_plain_date("2026-2-28"));
  BOOST_TEST(!is_plain_date(" 2026-02-28"));
  BOOST_TEST(!is_plain_date(""));
}

BOOST_AUTO_TEST_CASE(a_published_xs_date_gives_its_plain_date) {
  BOOST_TEST(plain_date_of("2024-01-01").value() == "2024-01-01");
  BOOST_TEST(plain_date_of("2024-01-01Z").value() == "2024-01-01");
  BOOST_TEST(plain_date_of("2024-01-01+01:00").value() == "2024-01-01");
  BOOST_TEST(!plain_date_of("2024-02-30").has_value());
  BOOST_TEST(!plain_date_of("2024-01-01+1").has_value());
  BOOST_TEST(!plain_date_of("01.01.2024").has_value());
  BOOST_TEST(!plain_date_of("12024-01-01").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
