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
  NameDecisions decisions;
  NameCandidates candidates(*s, *document, context, decisions);
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

namespace {

/// The candidates of the document element of `xml`, as "pattern.rule" with '+' where the name
/// decides that the context matches.
std::string listed_at_root_element(const Schema& schema, const std::string& xml,
                                   NameDecisions& decisions) {
  auto document = parse_xml(xml);
  konform::xpath::DynamicContext context;
  NameCandidates candidates(schema, *document, context, decisions);
  std::string out;
  for (const Candidate& c : candidates.of(document->first_child(0))) {
    if (!out.empty()) out += ' ';
    out += std::to_string(c.rule.pattern) + '.' + std::to_string(c.rule.rule);
    if (c.matched_by_name) out += '+';
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_name_seen_in_an_earlier_document_is_looked_up_not_asked_again) {
  auto s = compile_text(sch(R"~(<pattern>
      <rule context="//*[ends-with(name(), 'Amount')]"><assert test="true()"/></rule>
      <rule context="Note"><assert test="true()"/></rule></pattern>)~"));
  NameDecisions decisions;
  BOOST_TEST(listed_at_root_element(*s, "<TaxAmount/>", decisions) == "0.0+");
  BOOST_TEST(decisions.size() == 1u);
  BOOST_TEST(listed_at_root_element(*s, "<TaxAmount><Note/></TaxAmount>", decisions) == "0.0+");
  // TaxAmount was found, not worked out again (Note was not asked for).
  BOOST_TEST(decisions.size() == 1u);
  auto document = parse_xml("<TaxAmount/>");
  BOOST_TEST(decisions.find(s->id, *document, document->first_child(0)) != nullptr);
  // Another schema is another key.
  auto other = compile_text(sch(R"~(<pattern><rule context="Note"><assert test="true()"/></rule>
      </pattern>)~"));
  BOOST_TEST(decisions.find(other->id, *document, document->first_child(0)) == nullptr);
}

BOOST_AUTO_TEST_CASE(another_prefix_or_namespace_is_another_name) {
  auto s = compile_text(sch(R"~(<ns prefix="u" uri="urn:u"/>
      <pattern><rule context="//*[starts-with(name(), 'cbc:')]"><assert test="true()"/></rule>
      </pattern><pattern><rule context="//u:A"><assert test="true()"/></rule></pattern>)~"));
  NameDecisions decisions;
  BOOST_TEST(listed_at_root_element(*s, "<cbc:A xmlns:cbc='urn:u'/>", decisions) == "0.0+ 1.0+");
  // Same namespace and local name, another prefix: name() differs.
  BOOST_TEST(listed_at_root_element(*s, "<x:A xmlns:x='urn:u'/>", decisions) == "1.0+");
  // Same prefix and local name, another namespace: u:A does not match.
  BOOST_TEST(listed_at_root_element(*s, "<cbc:A xmlns:cbc='urn:v'/>", decisions) == "0.0+");
  BOOST_TEST(listed_at_root_element(*s, "<cbc:A xmlns:cbc='urn:u'/>", decisions) == "0.0+ 1.0+");
  BOOST_TEST(decisions.size() == 3u);
}

BOOST_AUTO_TEST_CASE(the_bound_forgets_the_kept_names) {
  auto s = compile_text(sch(R"~(<pattern><rule context="*"><assert test="true()"/></rule>
      </pattern>)~"));
  NameDecisions decisions(2);
  for (const char* xml : {"<A/>", "<B/>"}) listed_at_root_element(*s, xml, decisions);
  BOOST_TEST(decisions.size() == 2u);
  auto a = parse_xml("<A/>");
  BOOST_TEST(decisions.find(s->id, *a, a->first_child(0)) != nullptr);
  listed_at_root_element(*s, "<C/>", decisions);
  BOOST_TEST(decisions.size() == 1u);
  BOOST_TEST(decisions.find(s->id, *a, a->first_child(0)) == nullptr);
  // Forgotten lists are worked out again, the same.
  BOOST_TEST(listed_at_root_element(*s, "<A/>", decisions) == "0.0+");
}

BOOST_AUTO_TEST_SUITE_END()
