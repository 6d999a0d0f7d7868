// How a call hands its arguments to a built-in: up to four from the call site's stack, more from
// a vector, and the functions whose optional last argument names the node to work on (lang, id,
// key, resolve-QName, namespace-uri-for-prefix) read it from the arguments, not the context.
#include <boost/test/unit_test.hpp>

#include "tests/unit/xpath/xpath_test_support.h"

using konform::xpath::test::Case;
using konform::xpath::test::Fixture;

namespace {

const char* const kDocument =
    "<r xmlns:p='urn:p' xml:lang='en-GB'>"
    "<a xml:id='k1' id='1' xml:lang='de'><b>t</b></a>"
    "<c xmlns:p='urn:other' id='2'/>"
    "</r>";

void run_table(Fixture& f, std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xpath_function_arguments)

BOOST_AUTO_TEST_CASE(any_number_of_arguments_arrive_in_order) {
  Fixture f;
  run_table(f, {
                   {"concat('a', 'b')", "ab"},
                   {"concat('a', 'b', 'c', 'd')", "abcd"},
                   {"concat('a', 'b', 'c', 'd', 'e')", "abcde"},
                   {"concat('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i')", "abcdefghi"},
                   {"concat(1, 'b', 2.5e0, (), true(), 'f')", "1b2.5truef"},
                   {"substring('konform', 2, 3)", "onf"},
                   {"concat('a', 'b', 'c', ('d', 'e'))", "!XPTY0004"},
                   {"concat('a', 'b', 'c', 'd', ('e', 'f'))", "!XPTY0004"},
               });
}

BOOST_AUTO_TEST_CASE(a_node_argument_replaces_the_context_node) {
  Fixture f(kDocument);
  f.statics().add_key("by-id", "a | c", "@id");
  run_table(f, {
                   {"/r/lang('en')", "true"},
                   {"lang('en')", "false"},
                   {"lang('de', /r/a)", "true"},
                   {"lang('en', /r/a)", "false"},
                   {"lang('en', /r/c)", "true"},
                   {"id('k1')/b/string()", "t"},
                   {"count(id('k1', /r/c))", "1"},
                   {"key('by-id', '2')/name()", "c"},
                   {"count(key('by-id', '1', /r/a))", "1"},
                   {"namespace-uri-for-prefix('p', /r/a)", "urn:p"},
                   {"namespace-uri-for-prefix('p', /r/c)", "urn:other"},
                   {"namespace-uri-from-QName(resolve-QName('p:x', /r/c))", "urn:other"},
                   {"local-name-from-QName(resolve-QName('p:x', /r/a))", "x"},
                   {"lang('en', 'not a node')", "!XPTY0004"},
               });
}

BOOST_AUTO_TEST_SUITE_END()
