// The built-in function table: one per process, shared by every static context; arguments
// converted by the caller from the declared parameter types; declared result types and
// identities used by the compiler instead of function names.
#include <boost/test/unit_test.hpp>

#include "tests/unit/xpath/xpath_test_support.h"
#include "validator/xpath/function_signature.h"

using namespace konform::xpath;
using konform::xpath::test::Fixture;

BOOST_AUTO_TEST_SUITE(xpath_function_table)

BOOST_AUTO_TEST_CASE(every_static_context_refers_to_the_one_table) {
  StaticContext first, second;
  const FunctionSignature* concat = first.find_function(kFnNamespace, "concat", 3);
  BOOST_REQUIRE(concat != nullptr);
  BOOST_TEST(concat == second.find_function(kFnNamespace, "concat", 5));
  BOOST_TEST(concat == find_builtin(kFnNamespace, "concat", 2));
  BOOST_TEST(find_builtin(kFnNamespace, "concat", 1) == nullptr);
  BOOST_TEST(is_builtin_name(kFnNamespace, "concat"));
}

BOOST_AUTO_TEST_CASE(a_registered_function_hides_the_builtin_in_its_context_only) {
  Fixture f("<r/>");
  FunctionDefinition shout;
  shout.ns = std::string(kFnNamespace);
  shout.local = "upper-case";
  shout.min_arity = shout.max_arity = 1;
  shout.body = [](EvalContext&, std::vector<Sequence>&) {
    return Sequence{Item(Atomic::string("shout"))};
  };
  f.statics().add_function(shout);
  BOOST_TEST(f.run("upper-case('a')") == "shout");
  BOOST_TEST(Fixture("<r/>").run("upper-case('a')") == "A");
}

BOOST_AUTO_TEST_CASE(arguments_arrive_converted_to_the_declared_types) {
  Fixture f(R"(<r n="65" d="2024-02-29" t="12:30:00" x="1.5"/>)");
  // xs:integer*: untypedAtomic is cast to xs:integer (F&O 3.1.5), not refused.
  BOOST_TEST(f.run("codepoints-to-string(/r/@n)") == "A");
  BOOST_TEST(f.run("codepoints-to-string((/r/@n, 66))") == "AB");
  BOOST_TEST(f.run("codepoints-to-string('65')") == "!XPTY0004");
  BOOST_TEST(f.run("year-from-date(/r/@d)") == "2024");
  BOOST_TEST(f.run("hours-from-time(/r/@t)") == "12");
  BOOST_TEST(f.run("year-from-date(/r/@t)") == "!FORG0001");
  BOOST_TEST(f.run("year-from-date(1)") == "!XPTY0004");
  BOOST_TEST(f.run("floor(/r/@x)") == "1");
  BOOST_TEST(f.run("floor('1.5')") == "!XPTY0004");
  BOOST_TEST(f.run("upper-case(xs:anyURI('urn:a'))") == "URN:A");
  BOOST_TEST(f.run("upper-case((/r/@n, /r/@d))") == "!XPTY0004");
  BOOST_TEST(f.run("string-join((/r/@n, /r/@d), '/')") == "65/2024-02-29");
  BOOST_TEST(f.run("string-join((1, 2), '/')") == "!XPTY0004");
  BOOST_TEST(f.run("substring('abc', ())") == "!XPTY0004");
  BOOST_TEST(f.run("round-half-to-even(2.5, /r/@n)") == "2.5");
  BOOST_TEST(f.run("adjust-date-to-timezone(/r/@d, xs:dayTimeDuration('PT15H'))") == "!FODT0003");
}

BOOST_AUTO_TEST_CASE(declared_result_types_say_what_is_never_numeric) {
  auto result = [](const char* local, int arity) {
    return find_builtin(kFnNamespace, local, arity)->result;
  };
  BOOST_TEST(result("name", 1).never_numeric());
  BOOST_TEST(result("matches", 2).never_numeric());
  BOOST_TEST(result("root", 1).never_numeric());
  BOOST_TEST(!result("count", 1).never_numeric());
  BOOST_TEST(!result("sum", 1).never_numeric());
  BOOST_TEST(!result("data", 1).never_numeric());
  BOOST_TEST((find_builtin(kFnNamespace, "position", 0)->id == BuiltinId::kPosition));
  BOOST_TEST((find_builtin(kFnNamespace, "last", 0)->id == BuiltinId::kLast));
  // A string-valued predicate is a boolean test, a number-valued one a position.
  Fixture f("<r><a>x</a><a/><a>y</a></r>");
  BOOST_TEST(f.run("count(/r/a[string(.)])") == "2");
  BOOST_TEST(f.run("count(/r/a[string-length(.)])") == "1");
  BOOST_TEST(f.run("count(/r/a[last()])") == "1");
}

BOOST_AUTO_TEST_SUITE_END()
