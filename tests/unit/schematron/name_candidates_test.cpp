// NameCandidates: per node, the candidate rules the node's name does not rule out, marked where
// the name alone decides that the rule's context matches.
#include <boost/test/unit_test.hpp>

#include <string>

#include "tests/unit/schematron/schematron_test_support.h"
#include "validator/schematron/name_candidates.h"

using namespace konform::schematron;
using namespace konform::schematron::test;

BOOST_AUTO_TEST_SUITE(name_candidates)

BOOST_AUTO_TEST_CASE(the_name_drops_rules_and_fires_others_without_a_test) {
  auto s = compile_text(sch(R"~(<pattern>
      <rule context="//*[ends-with(name(), 'Amount')]"><assert test="true()"/></rule>
      <rule context="*"><assert test="true()"/></rule></pattern>
      <pattern><rule context="TaxAmount[@a]"><assert test="true()"/></rule>
      <rule context="Note"><assert test="true()"/></rule></pattern>)~"));
  auto document = parse_xml("<r><TaxAmount a='1'/><Note/><TaxAmount/></r>");
  konform::xpath::DynamicContext context;
  NameCandidates candidates(*s, *document, context);
  // "pattern.rule", then '+' where the name decides that the context matches.
  auto listed = [&](konform::xdm::NodeIndex n) {
    std::string out;
    for (const Candidate& c : candidates.of(n)) {
      if (!out.empty()) out += ' ';
      out += std::to_string(c.rule.pattern) + '.' + std::to_string(c.rule.rule);
      if (c.matched_by_name) out += '+';
    }
    return out;
  };
  const konform::xdm::Document& d = *document;
  const konform::xdm::NodeIndex r = d.first_child(0), tax = d.first_child(r);
  const konform::xdm::NodeIndex note = d.next_sibling(tax), tax2 = d.next_sibling(note);
  BOOST_TEST(listed(r) == "0.1+");
  BOOST_TEST(listed(tax) == "0.0+ 0.1+ 1.0");
  BOOST_TEST(listed(note) == "0.1+ 1.1+");
  BOOST_TEST(listed(tax2) == "0.0+ 0.1+ 1.0");
  BOOST_TEST(listed(0) == "");
}

BOOST_AUTO_TEST_SUITE_END()
