// The date/time types' value kinds (a lookup_table.h table in atomic_ops.cpp): each of
// xsdtypes::DateTimeKind belongs to exactly one atomic type, and that type's kind leads back to
// it. A kind added without a row in the table belongs to none, and this test fails.
#include <boost/test/unit_test.hpp>

#include <map>

#include "tests/support/enumerators.h"
#include "validator/xpath/atomic_ops.h"
#include "validator/xpath/atomic_type.h"
#include "validator/xsdtypes/date_time.h"

using konform::test::enumerators;
using konform::xpath::AtomicType;
using konform::xsdtypes::DateTimeKind;

BOOST_AUTO_TEST_SUITE(xpath_date_time_kinds)

BOOST_AUTO_TEST_CASE(every_date_time_kind_belongs_to_exactly_one_atomic_type) {
  std::map<DateTimeKind, AtomicType> type_of_kind;
  for (AtomicType type : enumerators<AtomicType>()) {
    const auto kind = konform::xpath::date_time_kind(type);
    if (!kind) continue;
    BOOST_TEST(type_of_kind.emplace(*kind, type).second,
               "kind " << static_cast<int>(*kind) << " belongs to two atomic types");
  }
  const auto kinds = enumerators<DateTimeKind>();
  BOOST_TEST_REQUIRE(kinds.size() >= 8u);
  for (DateTimeKind kind : kinds) {
    BOOST_TEST(type_of_kind.count(kind) == 1u,
               "kind " << static_cast<int>(kind) << " belongs to no atomic type: a row is missing");
    if (type_of_kind.count(kind) == 0) continue;
    BOOST_TEST((konform::xpath::date_time_kind(type_of_kind.at(kind)) == kind));
  }
}

BOOST_AUTO_TEST_SUITE_END()
