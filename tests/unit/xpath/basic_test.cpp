#include <boost/test/unit_test.hpp>

#include "tests/unit/xpath/xpath_test_support.h"

using konform::xpath::test::Case;
using konform::xpath::test::Fixture;

namespace {

const char* kBasicDoc = R"(<doc xmlns:p="urn:p">
  <a id="1">A1<b>b1</b><b>b2</b></a>
  <a id="2">A2<b>b3</b><c/></a>
  <p:d p:x="px">D</p:d>
  <n>10</n><n>20</n><n>3.5</n>
</doc>)";

void run_basic_table(Fixture& f, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xpath_basic)

BOOST_AUTO_TEST_CASE(smoke) {
  Fixture f(kBasicDoc);
  f.statics().declare_namespace("p", "urn:p");
  run_basic_table(f, {
                         {"1 + 2", "3"},
                         {"count(//a)", "2"},
                         {"string(/doc/a[1]/@id)", "1"},
                         {"//b[2]/string()", "b2"},
                         {"(//b)[3]/string()", "b3"},
                         {"//a[@id = 2]/b/string()", "b3"},
                         {"sum(//n)", "33.5"},
                         {"//p:d/@p:x/string()", "px"},
                         {"0.1 + 0.2 eq 0.3", "true"},
                         {"xs:integer('123456789012345678901235') mod 97", "1"},
                         {"(1 to 5)[. mod 2 = 0]", "2 4"},
                         {"//b[1]/../@id/string()", "1 2"},
                         {"$undeclared", "!XPST0008"},
                         {"foo()", "!XPST0017"},
                         {"1 div 0", "!FOAR0001"},
                         {"1e0 div 0", "INF"},
                     });
}

BOOST_AUTO_TEST_SUITE_END()
