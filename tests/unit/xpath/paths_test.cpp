// Path expressions: axes, node tests, predicates, abbreviated syntax (XPath 2.0 section 3.2).
#include <boost/test/unit_test.hpp>

#include "tests/unit/xpath/xpath_test_support.h"

using konform::xpath::test::Case;
using konform::xpath::test::Fixture;

namespace {

const char* kPathsDoc =
    R"(<?pi0 top?><doc xmlns="urn:d" xmlns:q="urn:q"><!--c1--><chapter n="1"><title>T1</title><para>p1</para><para>p2</para></chapter><chapter n="2" q:k="v"><title>T2</title><para>p3<em>e</em>p4</para><?pi1 data?></chapter><appendix><para>p5</para></appendix></doc>)";

void run_path_table(const std::vector<Case>& cases) {
  Fixture f(kPathsDoc);
  f.statics().declare_namespace("d", "urn:d");
  f.statics().declare_namespace("q", "urn:q");
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

// <r> with 1,000 children <w/>, the 11th and 501st of them `nested` instead, and `tail` after
// them: a step that walks all the children exceeds a budget of 100 steps on it.
std::string thousand_children(const std::string& nested, const std::string& tail) {
  std::string xml = "<r>";
  for (int i = 0; i < 1000; ++i) xml += i == 10 || i == 500 ? nested : "<w/>";
  return xml + tail + "</r>";
}

void run_within_100_steps(const std::string& xml, const std::vector<Case>& cases) {
  Fixture f(xml);
  f.dynamics().step_budget = 100;
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xpath_paths)

BOOST_AUTO_TEST_CASE(child_descendant_attribute) {
  run_path_table({
      {"count(/d:doc/d:chapter)", "2"},
      {"count(/doc)", "0"},
      {"count(/*:doc/*:chapter)", "2"},
      {"count(/d:*/d:*)", "3"},
      {"count(/*/*)", "3"},
      {"count(//d:para)", "4"},
      {"count(//para)", "0"},
      {"string-join(//d:para, ',')", "p1,p2,p3ep4,p5"},
      {"string-join(/d:doc//d:para/string(), ',')", "p1,p2,p3ep4,p5"},
      {"//d:chapter[2]/@n/string()", "2"},
      {"string-join(//d:chapter/@n, ' ')", "1 2"},
      {"count(//@*)", "3"},
      {"count(//d:chapter/@q:*)", "1"},
      {"//d:chapter/@q:k/string()", "v"},
      {"//d:chapter/@*:k/string()", "v"},
      {"count(//@k)", "0"},
      {"count(/d:doc/descendant::d:para)", "4"},
      {"count(/d:doc/descendant-or-self::*)", "11"},
      {"count(//d:chapter/descendant-or-self::d:chapter)", "2"},
      {"count(//node())", "22"},
      {"count(//text())", "8"},
      {"count(//comment())", "1"},
      {"count(//processing-instruction())", "2"},
      {"count(/processing-instruction())", "1"},
      {"count(//processing-instruction(pi1))", "1"},
      {"count(//processing-instruction('pi2'))", "0"},
      {"count(/node())", "2"},
      {"count(//d:para/text())", "5"},
      {"count(//element())", "11"},
      {"count(//element(d:para))", "4"},
      {"count(//attribute())", "3"},
      {"count(//d:chapter/attribute(n))", "2"},
      {"count(//d:chapter/attribute::attribute(*))", "3"},
      {"count(//document-node())", "0"},
      {"count(/self::document-node())", "1"},
      {"count(/self::document-node(element(d:doc)))", "1"},
      {"count(/self::document-node(element(d:other)))", "0"},
      {"/d:doc/d:chapter[1]/d:title/text()",
       "/Q{urn:d}doc[1]/Q{urn:d}chapter[1]/Q{urn:d}title[1]/text()[1]"},
      {"/d:doc/d:chapter[2]/@n", "/Q{urn:d}doc[1]/Q{urn:d}chapter[2]/@n"},
      {"/", "/"},
  });
}

BOOST_AUTO_TEST_CASE(reverse_axes_and_positions) {
  run_path_table({
      {"//d:em/ancestor::*[1]/local-name()", "para"},
      {"//d:em/ancestor::*[2]/local-name()", "chapter"},
      {"//d:em/ancestor::*[last()]/local-name()", "doc"},
      {"string-join(//d:em/ancestor::*/local-name(), ',')", "doc,chapter,para"},
      {"string-join(//d:em/ancestor-or-self::*/local-name(), ',')", "doc,chapter,para,em"},
      {"//d:chapter[2]/preceding-sibling::*[1]/@n/string()", "1"},
      {"//d:appendix/preceding-sibling::*[1]/@n/string()", "2"},
      {"//d:appendix/preceding-sibling::d:chapter[last()]/@n/string()", "1"},
      {"string-join(//d:appendix/preceding-sibling::*/@n, ',')", "1,2"},
      {"(//d:appendix/preceding-sibling::*)[1]/@n/string()", "1"},
      {"//d:chapter[1]/following-sibling::*[1]/@n/string()", "2"},
      {"//d:chapter[1]/following-sibling::*[2]/local-name()", "appendix"},
      {"string-join(//d:em/preceding::*/local-name(), ',')", "chapter,title,para,para,title"},
      {"//d:em/preceding::*[1]/local-name()", "title"},
      {"string-join(//d:em/following::*/local-name(), ',')", "appendix,para"},
      {"count(//d:em/following::node())", "5"},
      {"//d:em/parent::*/local-name()", "para"},
      {"//d:em/../local-name()", "para"},
      {"//d:chapter/@n/../d:title/string()", "T1 T2"},
      {"count(//d:title/..)", "2"},
      {"count(/..)", "0"},
      {"//d:para[2]/string()", "p2"},
      {"(//d:para)[2]/string()", "p2"},
      {"//d:para[1]/string()", "p1 p3ep4 p5"},
      {"(//d:para)[last()]/string()", "p5"},
      {"//d:para[last()]/string()", "p2 p3ep4 p5"},
      {"//d:chapter[d:para = 'p2']/@n/string()", "1"},
      {"//d:chapter[@n > 1]/d:title/string()", "T2"},
      {"//d:chapter[position() = 2]/@n/string()", "2"},
      {"//d:para[. = 'p2']/preceding-sibling::d:para/string()", "p1"},
      {"//d:chapter[1]/d:para[2][. = 'p2']/string()", "p2"},
      {"//d:chapter[1]/d:para[. = 'p2'][1]/string()", "p2"},
      {"//d:chapter/d:para[position() > 1]/string()", "p2"},
      {"//d:chapter[d:title][2]/@n/string()", "2"},
      {"//d:chapter[2.0]/@n/string()", "2"},
      {"//d:chapter[1.5]/@n/string()", ""},
      {"//*[self::d:title or self::d:appendix]/local-name()", "title title appendix"},
      {"count(/d:doc/d:chapter[1]/self::d:chapter)", "1"},
      {"count(/d:doc/d:chapter[1]/self::d:title)", "0"},
  });
}

BOOST_AUTO_TEST_CASE(sets_and_general_steps) {
  run_path_table({
      {"count(//d:title | //d:para)", "6"},
      {"string-join((//d:para | //d:title)/string(), ',')", "T1,p1,p2,T2,p3ep4,p5"},
      {"count(//d:title union //d:title)", "2"},
      {"count(//* intersect //d:para)", "4"},
      {"count(//* except //d:para)", "7"},
      {"string-join((//d:chapter[1]/* except //d:title)/string(), ',')", "p1,p2"},
      {"(1, 2) | (3)", "!XPTY0004"},
      {"string-join(//d:chapter/d:title/string(), ',')", "T1,T2"},
      {"//d:chapter/count(d:para)", "2 1"},
      {"//d:chapter/(d:title | d:para)/local-name()", "title para para title para"},
      {"//d:chapter/(if (@n = 1) then d:title else ())/string()", "T1"},
      {"//d:chapter/@n/number()", "1 2"},
      {"//d:chapter/(1, .)", "!XPTY0018"},
      {"(1, 2)/string()", "!XPTY0019"},
      {"count(//d:chapter/..)", "1"},
      {"(//d:para)[1]/following::d:para[1]/string()", "p2"},
      {"count(/d:doc/d:chapter/d:para/..)", "2"},
      {"//d:chapter[1]/d:para/(., .)/string()", "p1 p2"},
      {"for $c in //d:chapter return $c/@n/string()", "1 2"},
      {"//d:chapter/d:para[1]/position()", "1 2"},
      {"//d:chapter/d:para/last()", "3 3 3"},
  });
}

BOOST_AUTO_TEST_CASE(namespace_axis) {
  run_path_table({
      {"count(/d:doc/namespace::*)", "3"},
      {"string-join(for $n in /d:doc/namespace::* return name($n), ',')", "xml,,q"},
      {"/d:doc/namespace::q/string()", "urn:q"},
      {"count(//d:em/namespace::node())", "3"},
      {"string-join(in-scope-prefixes(/d:doc), ',')", "xml,,q"},
  });
}

BOOST_AUTO_TEST_CASE(context_errors) {
  Fixture f(kPathsDoc);
  konform::xpath::CompiledExpression e = konform::xpath::compile("count(*)", f.statics());
  konform::xpath::DynamicContext dc;
  try {
    e.evaluate(dc);
    BOOST_ERROR("no error");
  } catch (const konform::xpath::Error& error) {
    BOOST_TEST(error.code() == "XPDY0002");
  }
  dc.context_item = konform::xpath::Item(konform::xpath::Atomic::integer(1));
  try {
    e.evaluate(dc);
    BOOST_ERROR("no error");
  } catch (const konform::xpath::Error& error) {
    BOOST_TEST(error.code() == "XPTY0020");
  }
  BOOST_TEST(konform::xpath::compile(". + 1", f.statics()).evaluate_string(dc) == "2");
}

// descendant::name and //name answer from the document's name index: on a document of some
// 2,000 elements of which three are named x, finding them costs a few steps, not a walk (the
// budget of 100 steps would not cover the walk), and a context reused for another document
// looks the name up again there.
BOOST_AUTO_TEST_CASE(descendant_name_from_the_index) {
  Fixture big(thousand_children("<w><x/></w>", "<y><x n='last'/></y>"));
  big.dynamics().step_budget = 100;
  BOOST_TEST(big.run("count(//x)") == "3");
  BOOST_TEST(big.run("count(/r/descendant::x)") == "3");
  BOOST_TEST(big.run("string((//x)[last()]/@n)") == "last");
  BOOST_TEST(big.run("count(//y/descendant-or-self::x)") == "1");
  BOOST_TEST(big.run("count(//y/x/descendant-or-self::x)") == "1");
  BOOST_TEST(big.run("count(//w)") == "!KONF0001");  // 1,000 matches still cost their steps

  auto other = konform::xdm::test::parse_xml("<r><x/><z><x/></z></r>");
  auto e = konform::xpath::compile("count(//x) * 10 + count(//z)", big.statics());
  big.dynamics().context_item = konform::xpath::Item(big.doc().root());
  BOOST_TEST(e.evaluate_string(big.dynamics()) == "30");
  big.dynamics().context_item = konform::xpath::Item(other->root());
  BOOST_TEST(e.evaluate_string(big.dynamics()) == "21");
}

// A named child step answers from the document's name index when few elements of that name are
// in the subtree: on 1,000 children named w, looking for an absent or rare child costs a few
// steps, not a walk of the children (the budget of 100 steps would not cover it), elements of
// the name deeper down are not children, and a name frequent in the subtree is walked as before.
BOOST_AUTO_TEST_CASE(child_name_from_the_index) {
  run_within_100_steps(thousand_children("<w><x n='deep'/></w>", "<x n='child'/><y><x/><x/></y>"),
                       {{"exists(/r/nothing)", "false"},
                        {"not(/r/y/w)", "true"},
                        {"count(/r/x)", "1"},
                        {"string(/r/x/@n)", "child"},
                        {"count(/r/y/x)", "2"},
                        {"count(/r/y/x[2]/preceding-sibling::x)", "1"},
                        {"count(/r/w)", "!KONF0001"}});
}

// exists(), empty(), not(), boolean() and a path used as a condition stop at the first node
// found, also when the last step has predicates that read neither position nor size (last()
// needs them all): 1,000 children named w are not all visited on a budget of 100 steps.
BOOST_AUTO_TEST_CASE(existence_stops_at_the_first_node) {
  run_within_100_steps(thousand_children("<w/>", ""), {{"exists(//w)", "true"},
                                                       {"exists(/r/w)", "true"},
                                                       {"empty(/r/w)", "false"},
                                                       {"not(/r/w)", "false"},
                                                       {"boolean(/r/*)", "true"},
                                                       {"if (/r/w) then 1 else 2", "1"},
                                                       {"exists(//nothing)", "false"},
                                                       {"exists(/r/w[not(@n)])", "true"},
                                                       {"not(//w[name() = 'w'])", "false"},
                                                       {"exists(/r/w[@n])", "!KONF0001"},
                                                       {"exists(/r/w[last()])", "!KONF0001"},
                                                       {"empty(//nothing)", "true"},
                                                       {"exists((1, 2))", "true"},
                                                       {"empty(())", "true"},
                                                       {"not(0)", "true"},
                                                       {"boolean(('a', 'b'))", "!FORG0006"},
                                                       {"count(/r/w)", "!KONF0001"}});
}

// A bare axis step used as a condition or under exists()/empty() (`[cbc:ID]`, `exists(w)` with
// the context node inside a path) stops at its first node too: on 1,000 children named w within
// a budget of 100 steps.
BOOST_AUTO_TEST_CASE(axis_step_condition_stops_at_the_first_node) {
  run_within_100_steps(thousand_children("<w/>", ""), {{"/r/(if (w) then 1 else 2)", "1"},
                                                       {"/r/exists(w)", "true"},
                                                       {"/r/empty(w)", "false"},
                                                       {"/r/boolean(w[not(@n)])", "true"},
                                                       {"/r/not(nothing)", "true"},
                                                       {"/r[w]/name()", "r"},
                                                       {"/r/exists(w[last()])", "!KONF0001"},
                                                       {"/r/count(w)", "!KONF0001"}});
}

// Once the first node decides a condition, the nodes after it are not evaluated, so an error
// that only they would raise is not raised (XPath 2.0 section 2.3.4, errors and optimization:
// a processor need not evaluate an operand only to find out whether it raises an error).
BOOST_AUTO_TEST_CASE(condition_ignores_errors_after_the_first_witness) {
  Fixture f("<r><i n='1'/><i n='x'/></r>");
  BOOST_TEST(f.run("/r/(if (i[xs:integer(@n) = 1]) then 'yes' else 'no')") == "yes");
  BOOST_TEST(f.run("/r/exists(i[xs:integer(@n) = 1])") == "true");
  BOOST_TEST(f.run("/r/count(i[xs:integer(@n) = 1])") == "!FORG0001");
}

// Paths nested in predicates run while the outer path holds node vectors borrowed from the same
// dynamic context (node_buffers.h); run twice on one context, the second time on vectors given
// back by the first, each gives the same answer.
BOOST_AUTO_TEST_CASE(nested_paths_on_reused_node_buffers) {
  Fixture f(
      "<r><a><b><c>1</c><e/></b><d>1</d><f n='1'/></a>"
      "<a><b><c>2</c></b><b><c>3</c></b><d>1</d><f n='2'/><f n='3'/></a></r>");
  const std::vector<Case> cases = {
      {"count(/r/a[b[c = ../d]/e]/f)", "1"},
      {"/r/a[b/c[. = 3]/../../d = 1]/f/@n/string()", "2 3"},
      {"string-join(for $a in /r/a return string(count($a/f[../b/c = 2])), ',')", "0,2"},
      {"/r/a[2]/f[position() = last()][../b[2]/c = 3]/@n/string()", "3"},
      {"/r/a[f[@n = ../../a[1]/f/@n]]/d/string()", "1"},
      {"count(//c[. = //a[b/c = 3]/b/c])", "2"}};
  for (int run = 0; run < 2; ++run) {
    for (const Case& c : cases) {
      BOOST_TEST_CONTEXT(c.expression << " run " << run) {
        BOOST_TEST(f.run(c.expression) == c.expected);
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
