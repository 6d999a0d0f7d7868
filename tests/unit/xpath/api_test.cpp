// The API the Schematron layer uses: patterns, user functions, keys, current(), variables,
// evaluate_boolean/evaluate_string and the step budget.
#include <boost/test/unit_test.hpp>

#include <optional>

#include "tests/unit/xpath/xpath_test_support.h"

using namespace konform::xpath;
using konform::xdm::NodeRef;
using konform::xpath::test::Fixture;

namespace {

const char* kApiDoc =
    R"(<r xmlns:p="urn:p"><a id="1"><b>x</b><b>y</b></a><a id="2"><b>z</b><c>t</c></a><p:a/><!--k--></r>)";

// fn:path of every node the pattern matches, in document order.
std::string matching(Fixture& f, const std::string& pattern) {
  Pattern p = compile_pattern(pattern, f.statics());
  std::string out;
  const konform::xdm::Document& d = f.doc();
  for (konform::xdm::NodeIndex i = 0; i < d.size(); ++i) {
    if (p.matches(d.ref(i), f.dynamics())) {
      if (!out.empty()) out += " ";
      out += konform::xdm::node_path(d.ref(i));
    }
  }
  return out;
}

// Per element and attribute in document order, its lexical name and what that name decides about
// the pattern (Pattern::decided_by_name): '+' matches, '-' does not, '?' depends on more.
std::string decided(Fixture& f, const std::string& pattern) {
  Pattern p = compile_pattern(pattern, f.statics());
  std::string out;
  const konform::xdm::Document& d = f.doc();
  for (konform::xdm::NodeIndex i = 0; i < d.size(); ++i) {
    const auto kind = d.kind(i);
    if (kind != konform::xdm::NodeKind::kElement && kind != konform::xdm::NodeKind::kAttribute)
      continue;
    if (!out.empty()) out += ' ';
    if (kind == konform::xdm::NodeKind::kAttribute) out += '@';
    if (!d.prefix(i).empty()) out += std::string(d.prefix(i)) + ':';
    out += d.local_name(i);
    const std::optional<bool> answer = p.decided_by_name(d.ref(i), f.dynamics());
    out += !answer ? '?' : *answer ? '+' : '-';
  }
  return out;
}

// <r> with 1,000 children <w/>, the 701st of them `special` instead: a test whose work grows with
// the number of siblings exceeds a small step budget on it.
std::string wide_document(const std::string& special) {
  std::string xml = "<r>";
  for (int i = 0; i < 1000; ++i) xml += i == 700 ? special : "<w/>";
  return xml + "</r>";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xpath_api)

BOOST_AUTO_TEST_CASE(patterns) {
  Fixture f(kApiDoc);
  f.statics().declare_namespace("p", "urn:p");
  std::size_t flag = f.statics().declare_variable("flag");
  f.dynamics().set_variable(flag, {Atomic::boolean(true)});
  BOOST_TEST(matching(f, "/") == "/");
  BOOST_TEST(matching(f, "r") == "/Q{}r[1]");
  BOOST_TEST(matching(f, "/r") == "/Q{}r[1]");
  BOOST_TEST(matching(f, "/a") == "");
  BOOST_TEST(matching(f, "a/b") ==
             "/Q{}r[1]/Q{}a[1]/Q{}b[1] /Q{}r[1]/Q{}a[1]/Q{}b[2] /Q{}r[1]/Q{}a[2]/Q{}b[1]");
  BOOST_TEST(matching(f, "//b") == matching(f, "b"));
  BOOST_TEST(matching(f, "/r//b") == matching(f, "b"));
  BOOST_TEST(matching(f, "r//c") == "/Q{}r[1]/Q{}a[2]/Q{}c[1]");
  BOOST_TEST(matching(f, "b[2]") == "/Q{}r[1]/Q{}a[1]/Q{}b[2]");
  BOOST_TEST(matching(f, "b[last()]") == "/Q{}r[1]/Q{}a[1]/Q{}b[2] /Q{}r[1]/Q{}a[2]/Q{}b[1]");
  BOOST_TEST(matching(f, "a[@id = '2']/*") == "/Q{}r[1]/Q{}a[2]/Q{}b[1] /Q{}r[1]/Q{}a[2]/Q{}c[1]");
  BOOST_TEST(matching(f, "a[2]/b") == "/Q{}r[1]/Q{}a[2]/Q{}b[1]");
  BOOST_TEST(matching(f, "@id") == "/Q{}r[1]/Q{}a[1]/@id /Q{}r[1]/Q{}a[2]/@id");
  BOOST_TEST(matching(f, "a/@id[. = '1']") == "/Q{}r[1]/Q{}a[1]/@id");
  BOOST_TEST(matching(f, "//@id") == matching(f, "@id"));
  BOOST_TEST(matching(f, "r//@id[. = '2']") == "/Q{}r[1]/Q{}a[2]/@id");
  BOOST_TEST(matching(f, "a//@id") == matching(f, "@id"));
  BOOST_TEST(matching(f, "b//@id") == "");
  BOOST_TEST(matching(f, "p:a | c") == "/Q{}r[1]/Q{}a[2]/Q{}c[1] /Q{}r[1]/Q{urn:p}a[1]");
  BOOST_TEST(matching(f, "*:a") == "/Q{}r[1]/Q{}a[1] /Q{}r[1]/Q{}a[2] /Q{}r[1]/Q{urn:p}a[1]");
  BOOST_TEST(matching(f, "c/text()") == "/Q{}r[1]/Q{}a[2]/Q{}c[1]/text()[1]");
  BOOST_TEST(matching(f, "comment()") == "/Q{}r[1]/comment()[1]");
  BOOST_TEST(matching(f, "b[. = 'y'][$flag]") == "/Q{}r[1]/Q{}a[1]/Q{}b[2]");
  BOOST_TEST(matching(f, "(/r/a | /r/p:a)[$flag]") ==
             "/Q{}r[1]/Q{}a[1] /Q{}r[1]/Q{}a[2] /Q{}r[1]/Q{urn:p}a[1]");
  BOOST_TEST(matching(f, "(/r/a[1] | /r/a[2])/b") == matching(f, "a/b"));
  // Other expressions are XSLT 3.0-style general patterns: N matches if some node's evaluation
  // of the expression yields N.
  BOOST_TEST(matching(f, "a/ancestor::r") == "/Q{}r[1]");
  BOOST_TEST(matching(f, "1") == "");
  BOOST_CHECK_THROW(compile_pattern("a[", f.statics()), Error);
}

// A predicate that uses neither position nor size is tested on the node alone, not on all its
// siblings: matching EN 16931's `//*[ends-with(name(), 'Amount')]` against each of 1,000
// children stays within a budget of 100 steps per match.
BOOST_AUTO_TEST_CASE(pattern_predicates_test_the_node_alone) {
  Fixture f(wide_document("<TaxAmount/>"));
  f.dynamics().step_budget = 100;
  BOOST_TEST(matching(f, "//*[ends-with(name(), 'Amount')]") == "/Q{}r[1]/Q{}TaxAmount[1]");
  BOOST_TEST(matching(f, "r/*[not(self::w)]") == "/Q{}r[1]/Q{}TaxAmount[1]");
}

// What a node's kind and name alone decide about a pattern, for rule contexts tested once per
// name: only the last step's node test and the name-only tests its predicates make first, and
// the anchor of a one-step pattern; never past a test that depends on more, in the order
// matches() evaluates them, so that matches() cannot raise where the name decided.
BOOST_AUTO_TEST_CASE(what_the_name_decides_about_a_pattern) {
  Fixture f(R"(<r xmlns:p="urn:p"><TaxAmount a="1"/><p:LineAmount/><Note/></r>)");
  f.statics().declare_namespace("p", "urn:p");
  const konform::xpath::test::Case cases[] = {
      {"//*[ends-with(name(), 'Amount')]", "r- TaxAmount+ @a- p:LineAmount+ Note-"},
      {"//p:*[ends-with(name(), 'Amount')]", "r- TaxAmount- @a- p:LineAmount+ Note-"},
      {"*[ends-with(name(), 'Amount') and @a]", "r- TaxAmount? @a- p:LineAmount? Note-"},
      {"*[starts-with(name(), 'p:')][ends-with(name(), 'Amount')]",
       "r- TaxAmount- @a- p:LineAmount+ Note-"},
      {"r/TaxAmount", "r- TaxAmount? @a- p:LineAmount- Note-"},
      {"/r", "r? TaxAmount- @a- p:LineAmount- Note-"},
      {"@a", "r- TaxAmount- @a+ p:LineAmount- Note-"},
      {"TaxAmount[1]", "r- TaxAmount? @a- p:LineAmount- Note-"},
      // A first predicate that reads more hides what a later one would say from the name.
      {"*[. = ''][ends-with(name(), 'Amount')]", "r? TaxAmount? @a- p:LineAmount? Note?"},
      // Alternatives in order: one the name rules out lets the next decide.
      {"Note | *[ends-with(name(), 'Amount')]", "r- TaxAmount+ @a- p:LineAmount+ Note+"},
      {"TaxAmount[xs:integer(@a) > 0] | *", "r+ TaxAmount? @a- p:LineAmount+ Note+"},
      {"(/r/Note)[1]", "r? TaxAmount? @a? p:LineAmount? Note?"},
  };
  for (const auto& c : cases) BOOST_TEST(decided(f, c.expression) == c.expected, c.expression);
}

// A pattern that starts with id() or key() (known by the function's identity, not its name)
// matches a node whose parent the call returns, instead of evaluating the whole pattern from
// every node of the document as a general pattern: that would be 1,000 scans of the document.
BOOST_AUTO_TEST_CASE(patterns_from_id_and_key_start_at_the_call) {
  Fixture f(wide_document("<a xml:id='k1'><b/></a>"));
  f.statics().add_key("by-id", "a", "@xml:id");
  f.dynamics().step_budget = 5000;
  BOOST_TEST(matching(f, "id('k1')/b") == "/Q{}r[1]/Q{}a[1]/Q{}b[1]");
  BOOST_TEST(matching(f, "key('by-id', 'k1')/b") == "/Q{}r[1]/Q{}a[1]/Q{}b[1]");
}

// A user function's declared result type says whether its call, as a predicate, is a boolean
// test or may be a position: declared xs:string, a rule context tests each node alone (on each of
// 1,000 siblings it would exceed the budget of 100 steps); declared numeric, it selects by
// position.
BOOST_AUTO_TEST_CASE(user_function_predicates_follow_the_declared_result_type) {
  Fixture f(wide_document("<TaxAmount/>"));
  f.statics().declare_namespace("u", "utils");
  f.statics().add_user_function("u:amount", {"n"}, {"node()"}, "xs:string",
                                "if (ends-with(local-name($n), 'Amount')) then 'yes' else ''");
  f.statics().add_user_function("u:second", {}, {}, "xs:integer", "2");
  f.dynamics().step_budget = 100;
  BOOST_TEST(matching(f, "r/*[u:amount(.)]") == "/Q{}r[1]/Q{}TaxAmount[1]");
  BOOST_TEST(matching(f, "//*[u:amount(.)]") == "/Q{}r[1]/Q{}TaxAmount[1]");
  f.dynamics().step_budget = 1'000'000;
  BOOST_TEST(matching(f, "r/*[u:second()]") == "/Q{}r[1]/Q{}w[2]");
  BOOST_TEST(f.run("count(/r/*[u:second()])") == "1");
  BOOST_TEST(f.run("count(//*[u:second()])") == "1");
}

// A path whose last step yields a number is a positional predicate too, like the number itself.
BOOST_AUTO_TEST_CASE(a_path_ending_in_a_number_is_a_position) {
  Fixture f("<r><a>1</a><a>2</a><a>3</a></r>");
  BOOST_TEST(f.run("/r/a[./2]/string()") == "2");
  BOOST_TEST(f.run("//a[./2]/string()") == "2");
  BOOST_TEST(f.run("/r/a[./string()]/string()") == "1 2 3");
  BOOST_TEST(f.run("/r/a[./number(.) = 3]/string()") == "3");
}

BOOST_AUTO_TEST_CASE(user_functions) {
  Fixture f(kApiDoc);
  f.statics().declare_namespace("u", "utils");
  f.statics().add_user_function("u:decimalOrZero", {"element"}, {""}, "xs:decimal",
                                "if (boolean($element)) then xs:decimal($element) else 0");
  f.statics().add_user_function("u:fact", {"n"}, {"xs:integer"}, "xs:integer",
                                "if ($n le 1) then 1 else $n * u:fact($n - 1)");
  f.statics().add_user_function("u:even", {"n"}, {"xs:integer"}, "xs:boolean",
                                "if ($n = 0) then true() else u:odd($n - 1)");
  f.statics().add_user_function("u:odd", {"n"}, {"xs:integer"}, "xs:boolean",
                                "if ($n = 0) then false() else u:even($n - 1)");
  f.statics().add_user_function("u:double", {"x"}, {"xs:double"}, "", "$x * 2");
  f.statics().add_user_function("u:loop", {"n"}, {"xs:integer"}, "", "u:loop($n + 1)");
  f.statics().add_user_function("u:context", {}, {}, "", ".");
  BOOST_TEST(f.run("u:decimalOrZero(())") == "0");
  BOOST_TEST(f.run("u:decimalOrZero('1.50')") == "1.5");
  BOOST_TEST(f.run("u:decimalOrZero(/r/a[1]/@id) + 1") == "2");
  BOOST_TEST(f.run("u:decimalOrZero('abc')") == "!FORG0001");
  BOOST_TEST(f.run("u:fact(25)") == "15511210043330985984000000");
  BOOST_TEST(f.run("u:even(10)") == "true");
  BOOST_TEST(f.run("u:odd(7)") == "true");
  BOOST_TEST(f.run("u:double(/r/a[2]/@id)") == "4");
  BOOST_TEST(f.run("u:double(2) instance of xs:double") == "true");
  BOOST_TEST(f.run("u:double('2')") == "!XPTY0004");
  BOOST_TEST(f.run("u:fact(1, 2)") == "!XPST0017");
  BOOST_TEST(f.run("u:loop(1)") == "!KONF0001");
  BOOST_TEST(f.run("u:context()") == "!XPDY0002");
  f.statics().add_user_function("u:bad", {"x"}, {""}, "", "$x +");
  BOOST_TEST(f.run("u:bad(1)") == "!XPST0003");
  BOOST_CHECK_THROW(f.statics().add_user_function("nons", {}, {}, "", "1"), Error);
}

BOOST_AUTO_TEST_CASE(native_functions) {
  Fixture f(kApiDoc);
  f.statics().declare_namespace("ext", "urn:ext");
  FunctionDefinition twice;
  twice.ns = "urn:ext";
  twice.local = "twice";
  twice.min_arity = 1;
  twice.max_arity = 2;
  twice.body = [](EvalContext&, std::vector<Sequence>& args) {
    Sequence out = args[0];
    out.insert(out.end(), args[0].begin(), args[0].end());
    if (args.size() > 1) out.insert(out.end(), args[1].begin(), args[1].end());
    return out;
  };
  f.statics().add_function(twice);
  FunctionDefinition here;
  here.ns = "urn:ext";
  here.local = "here";
  here.body = [](EvalContext& c, std::vector<Sequence>&) {
    return Sequence{Item(Atomic::string(item_string_value(c.context_item())))};
  };
  f.statics().add_function(here);
  BOOST_TEST(f.run("ext:twice((1, 2))") == "1 2 1 2");
  BOOST_TEST(f.run("ext:twice('a', 'b')") == "a a b");
  BOOST_TEST(f.run("ext:twice()") == "!XPST0017");
  BOOST_TEST(f.run("/r/a/ext:here()") == "xy zt");
  BOOST_TEST(f.run("ext:nope()") == "!XPST0017");
}

BOOST_AUTO_TEST_CASE(keys_and_current) {
  Fixture f(kApiDoc);
  f.statics().add_key("by-id", "a", "@id");
  f.statics().add_key("by-text", "b | c", "string(.)");
  BOOST_TEST(f.run("key('by-id', '2')/c/string()") == "t");
  BOOST_TEST(f.run("count(key('by-id', ('1', '2')))") == "2");
  BOOST_TEST(f.run("key('by-text', 'y')/../@id/string()") == "1");
  BOOST_TEST(f.run("key('by-id', 'nope')") == "");
  BOOST_TEST(f.run("key('unknown', 'x')") == "!XTDE1260");
  BOOST_TEST(f.run("count(key('by-id', '1', /r/a[2]))") == "1");
  Pattern keyed = compile_pattern("key('by-id', '2')/b", f.statics());
  const auto& d = f.doc();
  std::string hits;
  for (konform::xdm::NodeIndex i = 0; i < d.size(); ++i) {
    if (keyed.matches(d.ref(i), f.dynamics())) hits += konform::xdm::node_path(d.ref(i));
  }
  BOOST_TEST(hits == "/Q{}r[1]/Q{}a[2]/Q{}b[1]");

  // current() is the context item of the outermost evaluation, also inside predicates.
  DynamicContext dc;
  NodeRef a2 = d.ref(d.next_sibling(d.first_child(d.first_child(0))));
  dc.context_item = Item(a2);
  auto e = compile("string-join(//a[@id != current()/@id]/@id, ',')", f.statics());
  BOOST_TEST(e.evaluate_string(dc) == "1");
  BOOST_TEST(compile("current() is .", f.statics()).evaluate_boolean(dc));
  BOOST_TEST(compile("b/string()", f.statics()).evaluate_string(dc) == "z");
  BOOST_TEST(compile("(1, 'a', b)", f.statics()).evaluate_string(dc) == "1 a z");
  BOOST_TEST(!compile("()", f.statics()).evaluate_boolean(dc));
  BOOST_CHECK_THROW(compile("(1, 2)", f.statics()).evaluate_boolean(dc), Error);
}

BOOST_AUTO_TEST_CASE(variables) {
  Fixture f(kApiDoc);
  std::size_t x = f.statics().declare_variable("x");
  std::size_t y = f.statics().declare_variable("y");
  BOOST_TEST(f.statics().declare_variable("x") == x);
  BOOST_TEST(x != y);
  f.dynamics().set_variable(x, {Atomic::integer(konform::xsdtypes::Integer(5))});
  BOOST_TEST(f.run("$x * 2") == "10");
  BOOST_TEST(f.run("for $x in (1, 2) return $x") == "1 2");
  BOOST_TEST(f.run("$x") == "5");
  BOOST_TEST(f.run("$y") == "!XPDY0002");  // declared, never given a value
  BOOST_TEST(f.run("$z") == "!XPST0008");
}

BOOST_AUTO_TEST_CASE(step_budget_ends_exploding_expressions) {
  Fixture f(kApiDoc);
  f.dynamics().step_budget = 100000;
  BOOST_TEST(f.run("count(for $i in 1 to 1000000 return $i)") == "!KONF0001");
  BOOST_TEST(f.run("count(for $a in 1 to 1000, $b in 1 to 1000 return 1)") == "!KONF0001");
  BOOST_TEST(f.run("count(//node())") == "13");
  f.dynamics().step_budget = 10;
  BOOST_TEST(f.run("count(//node()//node()//node())") == "!KONF0001");
}

BOOST_AUTO_TEST_SUITE_END()
