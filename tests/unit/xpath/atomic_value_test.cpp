// The representation of atomic values (value.h): booleans and doubles held inline, the other
// payloads boxed and shared; copies stay independent, and comparisons, arithmetic and exactness
// do not depend on where a value is held.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>
#include <variant>

#include "tests/unit/xpath/xpath_test_support.h"
#include "validator/xpath/atomic_ops.h"

using konform::xpath::Atomic;
using konform::xpath::AtomicType;
using konform::xpath::CompareOp;
using konform::xpath::Integer;
using konform::xpath::Item;
using konform::xpath::test::Case;
using konform::xpath::test::Fixture;

BOOST_AUTO_TEST_SUITE(xpath_atomic_value)

BOOST_AUTO_TEST_CASE(items_stay_small) {
  BOOST_TEST(sizeof(Atomic) <= 24u);
  BOOST_TEST(sizeof(Item) <= 32u);
}

BOOST_AUTO_TEST_CASE(booleans_and_doubles_round_trip_inline) {
  for (bool b : {false, true}) {
    Atomic a = Atomic::boolean(b);
    BOOST_TEST(a.is_inline());
    BOOST_TEST(a.as_bool() == b);
    BOOST_TEST((a.type() == AtomicType::kBoolean));
  }
  const double kInf = std::numeric_limits<double>::infinity();
  for (double d : {0.0, -0.0, 1.5, -1e300, 4.9e-324, kInf, -kInf}) {
    Atomic a = Atomic::dbl(d);
    BOOST_TEST(a.is_inline());
    BOOST_TEST(a.as_double() == d);
    BOOST_TEST(std::signbit(a.as_double()) == std::signbit(d));
  }
  BOOST_TEST(std::isnan(Atomic::dbl(std::nan("")).as_double()));
  Atomic f = Atomic::flt(0.1f);
  BOOST_TEST(f.is_inline());
  BOOST_TEST((f.type() == AtomicType::kFloat));
  BOOST_TEST(f.as_double() == static_cast<double>(0.1f));
}

BOOST_AUTO_TEST_CASE(other_payloads_are_boxed) {
  BOOST_TEST(!Atomic::string("x").is_inline());
  BOOST_TEST(!Atomic::integer(Integer(7)).is_inline());
  BOOST_TEST(Atomic::integer(Integer(7)).holds_integer());
  BOOST_TEST(Atomic::string("x").holds_string());
  // Asking for a payload that is not held fails as loudly as std::get did.
  BOOST_CHECK_THROW(Atomic::string("x").as_double(), std::bad_variant_access);
  BOOST_CHECK_THROW(Atomic::dbl(1).as_bool(), std::bad_variant_access);
  BOOST_CHECK_THROW(Atomic::boolean(true).as_string(), std::bad_variant_access);
}

BOOST_AUTO_TEST_CASE(copies_are_independent) {
  Atomic d = Atomic::dbl(2.5);
  Atomic s = Atomic::string("a string longer than the small-string buffer");
  Atomic d_copy = d;
  Atomic s_copy = s;
  d = Atomic::string("now a string");
  s = Atomic::dbl(-1);
  BOOST_TEST(d_copy.as_double() == 2.5);
  BOOST_TEST(s_copy.as_string() == "a string longer than the small-string buffer");
  BOOST_TEST(d.as_string() == "now a string");
  BOOST_TEST(s.as_double() == -1);

  Atomic moved = std::move(s_copy);
  BOOST_TEST(moved.as_string() == "a string longer than the small-string buffer");
  moved = d_copy;  // boxed <- inline
  BOOST_TEST(moved.as_double() == 2.5);
  moved = Atomic::boolean(true);
  BOOST_TEST(moved.as_bool());
  const Atomic& self = moved;
  moved = self;
  BOOST_TEST(moved.as_bool());
}

BOOST_AUTO_TEST_CASE(items_switch_between_nodes_and_inline_or_boxed_atomics) {
  Fixture f("<root/>");
  Item node(f.doc().root());
  Item number(Atomic::dbl(3));
  Item text(Atomic::string("t"));
  BOOST_TEST(node.is_node());
  BOOST_TEST(number.is_atomic());
  BOOST_TEST(number.node().doc == nullptr);
  Item copy = number;
  number = node;
  BOOST_TEST(number.is_node());
  BOOST_TEST(copy.atomic().as_double() == 3);
  copy = text;
  text = Item(Atomic::boolean(false));
  BOOST_TEST(copy.atomic().as_string() == "t");
  BOOST_TEST(!text.atomic().as_bool());
}

BOOST_AUTO_TEST_CASE(comparisons_mix_inline_and_boxed_values) {
  using konform::xpath::compare_atomic;
  Atomic one_integer = Atomic::integer(Integer(1));
  Atomic one_double = Atomic::dbl(1);
  BOOST_TEST(compare_atomic(CompareOp::kEq, one_integer, one_double));
  BOOST_TEST(compare_atomic(CompareOp::kEq, one_double, one_integer));
  BOOST_TEST(compare_atomic(CompareOp::kLt, one_integer, Atomic::flt(1.5f)));

  Fixture f;
  for (const Case& c : std::initializer_list<Case>{
           {"1 eq 1.0e0", "true"},
           {"1.0e0 eq 1", "true"},
           {"xs:float(1.5) eq 1.5", "true"},
           {"true() eq (1 eq 1.0e0)", "true"},
           {"1 + 1.0e0", "2"},
           {"(1 + 1.0e0) instance of xs:double", "true"},
           // Big integers and decimals stay exact next to doubles.
           {"99999999999999999999 + 1", "100000000000000000000"},
           {"99999999999999999999 eq 99999999999999999998", "false"},
           {"99999999999999999999 eq 99999999999999999998e0", "true"},
           {"0.1 + 0.2 eq 0.3", "true"},
           {"0.1e0 + 0.2e0 eq 0.3e0", "false"},
           {"true() eq 1", "!XPTY0004"},
           {"1e0 eq 'one'", "!XPTY0004"},
       }) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

BOOST_AUTO_TEST_SUITE_END()
