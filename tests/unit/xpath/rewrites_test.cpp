// Compile-time rewrites and specialisations (comparison_rewrite.h, literal_contains.h): each must
// answer exactly as the expression as written, only with less work.
#include <boost/test/unit_test.hpp>

#include "tests/unit/xpath/xpath_test_support.h"

using konform::xpath::test::Case;
using konform::xpath::test::Fixture;

BOOST_AUTO_TEST_SUITE(xpath_rewrites)

// count(X) compared with 0 (or 1) only asks whether X is empty: compiled as exists/empty, it
// stops at the first node (1,000 children on a budget of 100 steps), either way round and for
// value comparisons; comparisons that need the number still count, and run out of budget.
BOOST_AUTO_TEST_CASE(count_compared_with_zero_stops_at_the_first_node) {
  std::string xml = "<r>";
  for (int i = 0; i < 1000; ++i) xml += "<w/>";
  xml += "</r>";
  Fixture f(xml);
  f.dynamics().step_budget = 100;
  for (const Case& c : std::vector<Case>{{"count(/r/w) > 0", "true"},
                                         {"count(//w) = 0", "false"},
                                         {"count(/r/w) != 0", "true"},
                                         {"count(/r/w) ne 0", "true"},
                                         {"count(/r/w) eq 0", "false"},
                                         {"count(/r/w) <= 0", "false"},
                                         {"count(/r/w) >= 1", "true"},
                                         {"count(/r/w) < 1", "false"},
                                         {"0 = count(/r/w)", "false"},
                                         {"0 < count(/r/w)", "true"},
                                         {"1 <= count(/r/w)", "true"},
                                         {"if (count(/r/w) > 0) then 'y' else 'n'", "y"},
                                         {"count(//nothing) = 0", "true"},
                                         {"count(//nothing) > 0", "false"},
                                         {"count(()) = 0", "true"},
                                         {"count(/r/w) = 1", "!KONF0001"},
                                         {"count(/r/w) >= 0", "!KONF0001"},
                                         {"count(/r/w) = 0.0", "!KONF0001"}}) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

// contains() with a literal code list answers a ' token ' needle from the list's tokens and any
// other needle by substring search: the same answers and errors as the generic function, for
// tokens at either end, doubled spaces, needles spanning tokens or without the spaces, nodes,
// untyped values, the empty sequence and a wrong type.
BOOST_AUTO_TEST_CASE(code_list_contains_answers_as_the_substring_search) {
  Fixture f("<r><c>AB</c><c>X Y</c><c>  </c><n>1</n></r>");
  for (const Case& c : std::vector<Case>{
           {"contains(' AA AB  CD ', concat(' ', 'AA', ' '))", "true"},
           {"contains(' AA AB  CD ', concat(' ', 'AB', ' '))", "true"},
           {"contains(' AA AB  CD ', concat(' ', 'CD', ' '))", "true"},
           {"contains(' AA AB  CD ', concat(' ', 'A', ' '))", "false"},
           {"contains(' AA AB  CD ', concat(' ', 'AA AB', ' '))", "true"},
           {"contains(' AA AB  CD ', concat(' ', 'AB CD', ' '))", "false"},
           {"contains(' AA AB  CD ', concat(' ', '', ' '))", "true"},
           {"contains(' AA AB CD ', concat(' ', '', ' '))", "false"},
           {"contains(' AA AB  CD ', 'B  C')", "true"},
           {"contains(' AA AB  CD ', 'AB')", "true"},
           {"contains(' AA AB  CD ', ' CD')", "true"},
           {"contains('AA AB', concat(' ', 'AA', ' '))", "false"},
           {"contains('AA AB', concat(' ', 'AB', ' '))", "false"},
           {"contains(' AA\tAB ', concat(' ', 'AA', ' '))", "false"},
           {"contains(' AA AB ', concat(' ', /r/c[1], ' '))", "true"},
           {"contains(' AA X Y ', concat(' ', /r/c[2], ' '))", "true"},
           {"contains(' AA AB ', /r/c[1])", "true"},
           {"contains(' AA  AB ', /r/c[3])", "true"},
           {"contains(' AA AB ', xs:untypedAtomic(' AB '))", "true"},
           {"contains(' AA AB ', ())", "true"},
           {"contains('', '')", "true"},
           {"contains(' AA AB ', /r/n)", "false"},
           {"contains(' AA 1 ', /r/n)", "true"},
           {"contains(' AA AB ', 1)", "!XPTY0004"},
           {"contains(' AA AB ', /r/c)", "!XPTY0004"},
           {"/r/c[contains(' AB Q ', concat(' ', ., ' '))]", "/Q{}r[1]/Q{}c[1]"},
       }) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

// //(A | B) of plain child steps reads the name index like //A (EN 16931's BR-CO-10 sums
// //(cac:InvoiceLine | cac:CreditNoteLine)): on 1,000 other children it stays within a budget
// of 100 steps, in document order without duplicates; a positional predicate on the union
// still counts per parent, and a union with a predicate inside is evaluated as written.
BOOST_AUTO_TEST_CASE(descendant_union_reads_the_name_index) {
  std::string xml = "<r><b n='1'/><s><a n='2'/><b n='3'/></s>";
  for (int i = 0; i < 1000; ++i) xml += "<w/>";
  xml += "<s><c n='4'/><a n='5'/></s></r>";
  Fixture big(xml);
  big.dynamics().step_budget = 100;
  for (const Case& c : std::vector<Case>{{"count(//(a | b))", "4"},
                                         {"string-join(//(a | b)/@n, ',')", "1,2,3,5"},
                                         {"string-join(//(a | b | c)/@n, ',')", "1,2,3,4,5"},
                                         {"string-join(/r//(a | c)/@n, ',')", "2,4,5"},
                                         {"sum(//(a | b)/xs:decimal(@n))", "11"}}) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(big.run(c.expression) == c.expected); }
  }
  Fixture small("<r><b n='1'/><s><a n='2'/><b n='3'/></s><s><c n='4'/><a n='5'/></s></r>");
  for (const Case& c : std::vector<Case>{{"string-join(//(a | b)[1]/@n, ',')", "1,2,5"},
                                         {"string-join(//(a | b[@n = '3'])/@n, ',')", "2,3,5"},
                                         {"string-join(//(a | s/c)/@n, ',')", "2,4,5"}}) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(small.run(c.expression) == c.expected); }
  }
}

// //@name reads the document's attribute index like //name reads the element index (EN 16931's
// not(//@schemeDataURI) asserts walked the whole document): on 1,000 other elements it stays
// within a budget of 100 steps; the answers are those of descendant-or-self::node()/@name, in
// document order, the context element's own attributes included; a positional predicate still
// counts per element, and a wildcard name walks as before.
BOOST_AUTO_TEST_CASE(descendant_attributes_read_the_attribute_index) {
  std::string xml = "<r n='0' xmlns:p='urn:p'><a n='1'/><s m='x'><a n='2' p:n='3'/></s>";
  for (int i = 0; i < 1000; ++i) xml += "<w/>";
  xml += "<s><c n='4'/></s></r>";
  Fixture big(xml);
  big.statics().declare_namespace("p", "urn:p");
  big.dynamics().step_budget = 100;
  for (const Case& c : std::vector<Case>{{"count(//@n)", "4"},
                                         {"string-join(//@n, ',')", "0,1,2,4"},
                                         {"string-join(/r//@n, ',')", "0,1,2,4"},
                                         {"string-join(//s//@n, ',')", "2,4"},
                                         {"string-join(//@p:n, ',')", "3"},
                                         {"string-join(//@n[. > 1], ',')", "2,4"},
                                         {"not(//@schemeDataURI)", "true"},
                                         {"exists(//s//@m)", "true"},
                                         {"count(//@n | //@m)", "5"}}) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(big.run(c.expression) == c.expected); }
  }
  Fixture small("<r n='0'><a n='1' m='2'/><s><a n='3'/></s></r>");
  for (const Case& c : std::vector<Case>{{"string-join(//@*, ',')", "0,1,2,3"},
                                         {"string-join(//@n[1], ',')", "0,1,3"},
                                         {"string-join(//@*[2], ',')", "2"},
                                         {"string-join(/r/a/@n/..//@m, ',')", "2"}}) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(small.run(c.expression) == c.expected); }
  }
}

// A predicate on the node's name alone is answered once per lexical name and document: with
// concat() charging 200 bytes per evaluation, 1,000 elements of one name stay within a budget
// of 5,000 steps. The answers are those of the predicate as written: name() keeps the prefix
// (p:x and q:x share an expanded name, not a name), an `and` chain memoises its name-only
// operands and still tests the rest per node, and namespace nodes are named by their prefix.
BOOST_AUTO_TEST_CASE(name_only_predicates_are_answered_once_per_name) {
  const std::string pad(200, '-');
  std::string xml = "<r>";
  for (int i = 0; i < 1000; ++i) xml += "<w/>";
  xml += "<LineAmount/></r>";
  Fixture big(xml);
  big.dynamics().step_budget = 5000;
  const std::string padded = "concat(name(), '" + pad + "')";
  for (const Case& c : std::vector<Case>{
           {"count(//*[starts-with(PADDED, 'w-')])", "1000"},
           {"count(//*[not(starts-with(PADDED, 'Line')) and true()])", "1001"},
           {"count(//*[contains(PADDED, 'Amount') or local-name() = 'w'])", "!KONF0001"}}) {
    std::string expression = c.expression;
    expression.replace(expression.find("PADDED"), 6, padded);
    BOOST_TEST_CONTEXT(expression) { BOOST_TEST(big.run(expression) == c.expected); }
  }
  Fixture f(
      "<r xmlns:p='urn:p' xmlns:q='urn:p'><p:TaxAmount a='1'/><q:TaxAmount/><PriceAmount/>"
      "<Amount a='2'/><p:TaxAmount/><x/></r>");
  for (const Case& c : std::vector<Case>{
           {"string-join(//*[ends-with(name(), 'Amount')]/name(), ',')",
            "p:TaxAmount,q:TaxAmount,PriceAmount,Amount,p:TaxAmount"},
           {"string-join(//*[starts-with(name(), 'p:')]/name(), ',')", "p:TaxAmount,p:TaxAmount"},
           {"string-join(//*[namespace-uri() = 'urn:p']/name(), ',')",
            "p:TaxAmount,q:TaxAmount,p:TaxAmount"},
           {"string-join(//*[ends-with(name(), 'Amount') and not(ends-with(name(), 'PriceAmount'))"
            " and @a]/name(), ',')",
            "p:TaxAmount,Amount"},
           {"string-join(//@*[ends-with(name(), 'a')]/.., ',')", ","},
           {"string-join(/r/namespace::*[starts-with(name(), 'p')]/string(), ',')", "urn:p"},
           {"string-join(/r/namespace::*[starts-with(name(), 'q')]/string(), ',')", "urn:p"},
           {"string-join(/r/*[ends-with(name(), 'Amount')][2]/name(), ',')", "q:TaxAmount"}}) {
    BOOST_TEST_CONTEXT(c.expression) { BOOST_TEST(f.run(c.expression) == c.expected); }
  }
}

BOOST_AUTO_TEST_SUITE_END()
