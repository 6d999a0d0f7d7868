// The representation of atomic values (value.h): booleans, doubles and strings of up to 15 bytes
// held inline, the other payloads boxed and shared; copies stay independent, and comparisons,
// arithmetic and exactness do not depend on where a value is held. Values read from a document
// own their text, so they outlive it.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <variant>

#include "tests/unit/xpath/xpath_test_support.h"
#include "validator/xpath/atomic_ops.h"

using konform::xpath::Atomic;
using konform::xpath::AtomicType;
using konform::xpath::CompareOp;
using konform::xpath::Integer;
using konform::xpath::Item;
using konform::xpath::Sequence;
using konform::xpath::test::Case;
using konform::xpath::test::Fixture;

BOOST_AUTO_TEST_SUITE(xpath_atomic_value)

BOOST_AUTO_TEST_CASE(items_stay_small) {
  BOOST_TEST(sizeof(Atomic) <= 24u);
  BOOST_TEST(sizeof(Item) <= 32u);
  BOOST_TEST(Atomic::kInlineStringBytes == 15u);
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

BOOST_AUTO_TEST_CASE(strings_up_to_15_bytes_are_inline_longer_ones_boxed) {
  const std::string kFifteen = "abcdefghijklmno";
  // Multi-byte UTF-8 at the boundary: the limit counts bytes, and a character is never split.
  const std::string kFifteenWithEuro = "abcdefghijkl\u20ac";      // 12 + 3 bytes
  const std::string kSixteenWithUmlaut = "abcdefghijklmn\u00fc";  // 14 + 2 bytes
  const std::string kSixteenWithCrab = "abcdefghijkl\U0001F980";  // 12 + 4 bytes
  const std::string kWithNul("a\0b", 3);
  for (const std::string& s : {std::string(), std::string("S"), std::string("VAT"), kFifteen,
                               kFifteenWithEuro, kWithNul}) {
    BOOST_TEST_CONTEXT(s) {
      for (const Atomic& a : {Atomic::string(s), Atomic::text(AtomicType::kUntypedAtomic, s)}) {
        BOOST_TEST(a.is_inline());
        BOOST_TEST(a.holds_string());
        BOOST_TEST(a.as_string() == s);
        BOOST_TEST(a.as_string().size() == s.size());
      }
    }
  }
  for (const std::string& s :
       {kFifteen + "p", kSixteenWithUmlaut, kSixteenWithCrab, std::string(1000, 'x')}) {
    BOOST_TEST_CONTEXT(s) {
      for (const Atomic& a : {Atomic::string(s), Atomic::text(AtomicType::kUntypedAtomic, s)}) {
        BOOST_TEST(!a.is_inline());
        BOOST_TEST(a.holds_string());
        BOOST_TEST(a.as_string() == s);
      }
    }
  }
  BOOST_TEST((Atomic::text(AtomicType::kAnyURI, "urn:x").type() == AtomicType::kAnyURI));
}

BOOST_AUTO_TEST_CASE(inline_and_boxed_strings_copy_and_compare_alike) {
  using konform::xpath::compare_atomic;
  Atomic inline_value = Atomic::string("19.00");
  Atomic boxed_value = Atomic::string("a string of sixteen");
  Atomic inline_copy = inline_value;
  Atomic boxed_copy = boxed_value;
  inline_value = Atomic::string("replaced");
  boxed_value = Atomic::string("replaced as well, and long");
  BOOST_TEST(inline_copy.as_string() == "19.00");
  BOOST_TEST(boxed_copy.as_string() == "a string of sixteen");
  Atomic moved = std::move(inline_copy);
  BOOST_TEST(moved.as_string() == "19.00");
  moved = boxed_copy;  // inline <- boxed
  BOOST_TEST(moved.as_string() == "a string of sixteen");
  moved = Atomic::string("short");  // boxed <- inline
  BOOST_TEST(moved.as_string() == "short");

  // Retyping keeps the text whichever way it is held.
  for (const Atomic& a : {Atomic::untyped("EUR"), Atomic::untyped("a string of sixteen")}) {
    Atomic s = a.with_string_type(AtomicType::kString);
    BOOST_TEST((s.type() == AtomicType::kString));
    BOOST_TEST(s.as_string() == a.as_string());
    BOOST_TEST(s.is_inline() == a.is_inline());
    BOOST_TEST(compare_atomic(CompareOp::kEq, s, a));
  }
  BOOST_CHECK_THROW(Atomic::dbl(1).with_string_type(AtomicType::kString), std::bad_variant_access);

  // Order and equality between a 15-byte inline string and 16-byte boxed ones.
  Atomic fifteen = Atomic::string("aaaaaaaaaaaaaaa");
  Atomic sixteen = Atomic::string("aaaaaaaaaaaaaaaa");
  BOOST_TEST(fifteen.is_inline());
  BOOST_TEST(!sixteen.is_inline());
  BOOST_TEST(compare_atomic(CompareOp::kLt, fifteen, sixteen));
  BOOST_TEST(compare_atomic(CompareOp::kNe, sixteen, fifteen));
  BOOST_TEST(compare_atomic(CompareOp::kEq, sixteen, Atomic::untyped("aaaaaaaaaaaaaaaa")));

  Fixture f(
      "<r><a>VAT</a><b>VAT</b><c>aaaaaaaaaaaaaaa</c><d>aaaaaaaaaaaaaaaa</d>"
      "<e>abcdefghijklmn\u00fc</e><m>VA<x/>T</m></r>");
  for (const Case& c : std::initializer_list<Case>{
           {"/r/a = /r/b", "true"},
           {"/r/a eq /r/b", "true"},
           {"/r/a = 'VAT'", "true"},
           {"/r/m = /r/a", "true"},
           {"/r/m eq 'VAT'", "true"},
           {"/r/c < /r/d", "true"},
           {"/r/c eq 'aaaaaaaaaaaaaaa'", "true"},
           {"/r/d eq 'aaaaaaaaaaaaaaaa'", "true"},
           {"/r/d = /r/c", "false"},
           {"string-length(/r/e)", "15"},
           {"string-length(/r/d)", "16"},
           {"string-length()", "55"},
           {"ends-with(/r/e, 'n\u00fc')", "true"},
           {"starts-with(/r/d, /r/c)", "true"},
           {"contains(/r/e, 'mn')", "true"},
           {"normalize-space(/r/m)", "VAT"},
           {"concat(/r/a, /r/c)", "VATaaaaaaaaaaaaaaa"},
           {"tokenize('a b aaaaaaaaaaaaaaaaaaaa', ' ')[3]", "aaaaaaaaaaaaaaaaaaaa"},
           {"xs:string(/r/d) eq /r/d", "true"},
           {"/r/e = 'abcdefghijklmn\u00fc'", "true"},
       }) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

// Node values atomized inside an evaluation may read the document's text in place; what the API
// hands back must own its text, since callers keep results after the document is gone (ASan
// reports a dangling view here).
BOOST_AUTO_TEST_CASE(values_read_from_a_document_outlive_it) {
  konform::xpath::StaticContext statics;
  const konform::xpath::CompiledExpression e = konform::xpath::compile(
      "(data(/r/*), string(/r/long), /r/@code, xs:string(/r/short), /r/long = /r/long)", statics);
  Sequence result;
  {
    auto doc = konform::xdm::test::parse_xml(
        "<r code='S'><short>EUR</short><long>a text longer than fifteen bytes</long></r>");
    konform::xpath::DynamicContext dynamics;
    dynamics.context_item = Item(doc->root());
    result = e.evaluate(dynamics);
    // Overwrite the freed document's memory, so a view into it would read garbage.
    auto other = konform::xdm::test::parse_xml("<q>" + std::string(200, '#') + "</q>");
  }
  BOOST_REQUIRE(result.size() == 6u);
  BOOST_TEST(result[0].atomic().as_string() == "EUR");
  BOOST_TEST(result[1].atomic().as_string() == "a text longer than fifteen bytes");
  BOOST_TEST(result[2].atomic().as_string() == "a text longer than fifteen bytes");
  BOOST_TEST(result[3].is_node());  // the attribute node itself
  BOOST_TEST(result[4].atomic().as_string() == "EUR");
  BOOST_TEST(result[5].atomic().as_bool());
}

BOOST_AUTO_TEST_CASE(other_payloads_are_boxed) {
  BOOST_TEST(!Atomic::string("a string of sixteen").is_inline());
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
