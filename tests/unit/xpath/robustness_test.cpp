// Hostile or odd input must end in an xpath::Error, never in a crash, a hang or another
// exception type: overflows, huge ranges, random token soup.
#include <boost/test/unit_test.hpp>

#include <random>

#include "tests/unit/xpath/xpath_test_support.h"

using konform::xpath::test::Fixture;

BOOST_AUTO_TEST_SUITE(xpath_robustness)

BOOST_AUTO_TEST_CASE(overflows_are_errors) {
  Fixture f("<r><a>1</a></r>");
  f.dynamics().step_budget = 1'000'000;
  BOOST_TEST(f.run("1 to 100000000000") == "!KONF0001");
  BOOST_TEST(f.run("count(-9223372036854775807 to 9223372036854775807)") == "!KONF0001");
  BOOST_TEST(f.run("9223372036854775807 to 9223372036854775808") == "!FOAR0002");
  // Day-time durations have exact, unbounded seconds; dates are bounded.
  BOOST_TEST(f.run("string-length(string(xs:dayTimeDuration('P1D') * 1e300))") == "303");
  BOOST_TEST(f.run("xs:date('2000-01-01') + xs:dayTimeDuration('P1D') * 1e300") == "!FODT0001");
  BOOST_TEST(f.run("xs:yearMonthDuration('P1Y') * 1e300") == "!FODT0002");
  BOOST_TEST(f.run("xs:date('999999999-01-01') + xs:yearMonthDuration('P1000Y')") == "!FODT0001");
  BOOST_TEST(f.run("xs:date('9999999999-01-01')") == "!FORG0001");
  BOOST_TEST(f.run("xs:duration('P9999999999999999999D')") == "P9999999999999999999D");
  BOOST_TEST(f.run("xs:duration('P99999999999999Y')") == "!FORG0001");
  BOOST_TEST(f.run("xs:integer(1e308) idiv 7 > 0") == "true");
  BOOST_TEST(f.run("round-half-to-even(1.5, 9999999999)") == "1.5");
  BOOST_TEST(f.run("string-length(string-join(for $i in 1 to 2000 return 'abcdefghij', ''))") ==
             "20000");
  BOOST_TEST(f.run("matches('a', 'a{5000}')") == "!FORX0002");
  // Materialising huge sequences or strings is charged to the budget before memory runs out.
  BOOST_TEST(f.run("count(for $i in 1 to 1000 return (1 to 999))") == "!KONF0001");
  BOOST_TEST(f.run("count(for $i in 1 to 100 return (1 to 999))") == "99900");
  BOOST_TEST(f.run("string-length(string-join(for $i in 1 to 300 return string-join(for $j in 1 to "
                   "300 return 'abcdefghij', ''), ''))") == "!KONF0001");
  BOOST_TEST(f.run("substring('abc', 1e300, 1e300)") == "");
  BOOST_TEST(f.run("subsequence((1, 2, 3), -1e300, 1e300)") == "");
  BOOST_TEST(f.run("codepoints-to-string(99999999999999999999)") == "!FOCH0001");
  BOOST_TEST(f.run("xs:unsignedLong(-0.5)") == "0");
}

BOOST_AUTO_TEST_CASE(random_token_soup_never_crashes) {
  static const std::vector<std::string> kTokens = {"1",
                                                   "2.5",
                                                   "3e0",
                                                   "'s'",
                                                   "\"t\"",
                                                   "(",
                                                   ")",
                                                   "[",
                                                   "]",
                                                   ",",
                                                   "/",
                                                   "//",
                                                   "@",
                                                   "*",
                                                   "+",
                                                   "-",
                                                   "=",
                                                   "!=",
                                                   "<",
                                                   "<=",
                                                   ">",
                                                   ">>",
                                                   "<<",
                                                   "|",
                                                   "$x",
                                                   ".",
                                                   "..",
                                                   "a",
                                                   "b",
                                                   "r",
                                                   "text()",
                                                   "node()",
                                                   "and",
                                                   "or",
                                                   "div",
                                                   "idiv",
                                                   "mod",
                                                   "to",
                                                   "eq",
                                                   "lt",
                                                   "is",
                                                   "if",
                                                   "then",
                                                   "else",
                                                   "for",
                                                   "some",
                                                   "every",
                                                   "in",
                                                   "return",
                                                   "satisfies",
                                                   "instance",
                                                   "of",
                                                   "cast",
                                                   "as",
                                                   "castable",
                                                   "treat",
                                                   "xs:integer",
                                                   "xs:date",
                                                   "?",
                                                   "count(",
                                                   "sum(",
                                                   "string(",
                                                   "concat(",
                                                   "matches(",
                                                   "replace(",
                                                   "tokenize(",
                                                   "substring(",
                                                   "child::",
                                                   "ancestor::",
                                                   "following::",
                                                   "preceding-sibling::",
                                                   "namespace::",
                                                   "(:",
                                                   ":)",
                                                   "empty-sequence()",
                                                   "item()",
                                                   "'[a-'",
                                                   "'\\'",
                                                   "'$1'",
                                                   "xs:double('NaN')",
                                                   "1 div 0",
                                                   "-0e0",
                                                   "current()",
                                                   "last()",
                                                   "position()"};
  std::mt19937 rng(12345);
  Fixture f("<r><a x='1'>t<b/></a><a x='2'/></r>");
  f.statics().declare_variable("x");
  f.dynamics().set_variable(0, {konform::xpath::Atomic::integer(konform::xsdtypes::Integer(3))});
  f.dynamics().step_budget = 100'000;
  int compiled = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string expression;
    int length = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < length; ++k) expression += kTokens[rng() % kTokens.size()] + " ";
    std::string result;
    BOOST_CHECK_NO_THROW(result = f.run(expression));
    if (result.empty() || result[0] != '!') ++compiled;
  }
  BOOST_TEST_MESSAGE(compiled << " random expressions evaluated without error");
  BOOST_TEST(compiled > 50);
}

BOOST_AUTO_TEST_SUITE_END()
