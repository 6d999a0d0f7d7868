// Run-time behaviour: dynamic errors are recorded and the run goes on; results convert to
// Findings; the node filter keeps rule matching cheap without changing results.
#include <boost/test/unit_test.hpp>

#include <thread>

#include "tests/unit/schematron/schematron_test_support.h"
#include "validator/rules/registry.h"
#include "validator/schematron/findings.h"
#include "validator/schematron/node_filter.h"
#include "validator/schematron/severity_mapping.h"

using namespace konform::schematron;
using namespace konform::schematron::test;

BOOST_AUTO_TEST_SUITE(schematron_runner)

BOOST_AUTO_TEST_CASE(dynamic_errors_are_results_and_the_run_continues) {
  auto s = compile_text(sch(R"~(<pattern id="p"><rule context="amount">
      <assert id="cast" test="xs:decimal(.) &gt; 0">positive</assert>
      <assert id="after" test="false()">still evaluated</assert></rule>
      <rule context="r"><let name="bad" value="xs:integer('x')"/><assert id="skipped" test="false()"/></rule></pattern>
      <pattern id="q"><rule context="amount"><assert id="other" test="false()"/></rule></pattern>)~"));
  RunResult run = run_text(*s, "<r><amount>abc</amount><amount>5</amount></r>");
  BOOST_TEST(error_codes(run) == (Strings{"FORG0001", "FORG0001"}));  // let on r, cast on amount[1]
  BOOST_TEST(hits(run) == (Strings{"after@/Q{}r[1]/Q{}amount[1]", "after@/Q{}r[1]/Q{}amount[2]",
                                   "other@/Q{}r[1]/Q{}amount[1]", "other@/Q{}r[1]/Q{}amount[2]"}));
  const Result* cast = nullptr;
  for (const Result& r : run.results) {
    if (r.kind == ResultKind::kError && r.id == "cast") cast = &r;
  }
  BOOST_TEST_REQUIRE(cast != nullptr);
  BOOST_TEST(cast->location == "/Q{}r[1]/Q{}amount[1]");
  BOOST_TEST(cast->test == "xs:decimal(.) > 0");
  BOOST_TEST(cast->pattern_id == "p");
  BOOST_TEST(run.error_count() == 2u);
}

BOOST_AUTO_TEST_CASE(errors_while_matching_mean_no_match_and_are_reported_once) {
  auto s = compile_text(sch(
      R"~(<pattern><rule context="v[xs:integer(.) &gt; 1]"><assert id="big" test="false()"/></rule>
      <rule context="v"><assert id="fallback" test="false()"/></rule></pattern>)~"));
  // (The erring v elements have no v siblings of the matching one: the engine currently
  // evaluates a step's predicate over all same-named siblings, see the report.)
  RunResult run = run_text(*s, "<r><v>x</v><v>y</v><w><v>5</v></w></r>");
  BOOST_TEST(hits(run) == (Strings{"big@/Q{}r[1]/Q{}w[1]/Q{}v[1]", "fallback@/Q{}r[1]/Q{}v[1]",
                                   "fallback@/Q{}r[1]/Q{}v[2]"}));
  BOOST_TEST(error_codes(run) == Strings{"FORG0001"});
}

BOOST_AUTO_TEST_CASE(global_let_errors_are_reported) {
  auto s = compile_text(sch(R"~(<let name="n" value="xs:integer(/r/@n)"/>
      <pattern><rule context="r"><assert id="n" test="empty($n) or $n = 1"/></rule></pattern>)~"));
  BOOST_TEST(run_text(*s, "<r n='1'/>").results.empty());
  RunResult run = run_text(*s, "<r n='one'/>");
  BOOST_TEST(error_codes(run) == Strings{"FORG0001"});
  BOOST_TEST(run.results[0].id == "n");
  BOOST_TEST(run.results[0].location == "/");
}

BOOST_AUTO_TEST_CASE(step_budget_stops_runaway_tests) {
  auto s = compile_text(sch(
      R"~(<pattern><rule context="r"><assert id="slow" test="count(for $i in 1 to 100000000 return $i) &gt; 0"/>
      <assert id="fast" test="false()"/></rule></pattern>)~"));
  auto document = parse_xml("<r/>");
  RunOptions options;
  options.step_budget = 10'000;
  RunResult run = run_schema(*s, *document, options);
  BOOST_TEST(error_codes(run) == Strings{"KONF0001"});
  BOOST_TEST(hits(run) == Strings{"fast@/Q{}r[1]"});
}

BOOST_AUTO_TEST_CASE(document_step_budget_stops_the_whole_run_where_it_ran_out) {
  // Each test costs a few thousand steps; the document may spend 5,000 over all its nodes.
  auto s = compile_text(sch(
      R"~(<pattern><rule context="e"><assert id="costly" test="count(for $i in 1 to 1000 return $i) = 0"/>
      </rule></pattern>)~"));
  auto document = parse_xml("<r><e/><e/><e/><e/><e/></r>");
  RunOptions options;
  options.document_step_budget = 5'000;
  RunResult run = run_schema(*s, *document, options);
  BOOST_TEST_REQUIRE(run.budget_stop.has_value());
  // Where depends on the exact cost of a test; never the first node, never past the fourth.
  BOOST_TEST((run.budget_stop->location == "/Q{}r[1]/Q{}e[2]" ||
              run.budget_stop->location == "/Q{}r[1]/Q{}e[3]"),
             run.budget_stop->location);
  BOOST_TEST(run.budget_stop->reason.find("--max-xpath-steps") != std::string::npos);
  BOOST_TEST(hits(run).size() < 5u);
  BOOST_TEST(run.error_count() == 0u);
  BOOST_TEST(run.steps_used == 5'000u);
  // Without the budget the same run visits every node.
  RunResult free_run = run_schema(*s, *document, RunOptions{});
  BOOST_TEST(!free_run.budget_stop.has_value());
  BOOST_TEST(hits(free_run).size() == 5u);
}

BOOST_AUTO_TEST_CASE(time_budget_stops_a_runaway_run) {
  auto s = compile_text(sch(
      R"~(<pattern><rule context="e"><assert id="slow" test="count(for $i in 1 to 5000000 return $i) = 0"/>
      </rule></pattern>)~"));
  auto document = parse_xml("<r><e/><e/><e/><e/><e/><e/><e/><e/><e/><e/></r>");
  RunOptions options;
  options.time_budget = std::chrono::milliseconds(20);
  RunResult run = run_schema(*s, *document, options);
  BOOST_TEST_REQUIRE(run.budget_stop.has_value());
  BOOST_TEST(run.budget_stop->reason.find("--max-xpath-time") != std::string::npos);
  BOOST_TEST(run.error_count() == 0u);
}

BOOST_AUTO_TEST_CASE(stop_at_evaluation_budget_ends_the_run_at_the_first_explosion) {
  auto s = compile_text(sch(
      R"~(<pattern><rule context="e"><assert id="explode" test="count(for $i in 1 to 100000000 return $i) = 0"/>
      </rule></pattern>)~"));
  auto document = parse_xml("<r><e/><e/></r>");
  RunOptions options;
  options.step_budget = 10'000;
  options.stop_at_evaluation_budget = true;
  RunResult run = run_schema(*s, *document, options);
  BOOST_TEST_REQUIRE(run.budget_stop.has_value());
  BOOST_TEST(run.budget_stop->location == "/Q{}r[1]/Q{}e[1]");
  BOOST_TEST(run.error_count() == 0u);
}

BOOST_AUTO_TEST_CASE(value_of_results_are_quoted_as_the_excerpt_policy_allows) {
  auto s = compile_text(sch(
      R"~(<pattern><rule context="name"><assert id="n" test="false()">Name '<value-of select="."/>' refused</assert>
      </rule><rule context="amount"><assert id="a" test="xs:integer(.) gt 0"/></rule></pattern>)~"));
  auto document = parse_xml(
      "<r><name>Maximiliane Mustermann-Lüdenscheidt</name><amount>Maximiliane</amount></r>");
  RunOptions options;
  options.excerpts = konform::ExcerptPolicy{8, false};
  RunResult run = run_schema(*s, *document, options);
  BOOST_TEST_REQUIRE(run.results.size() == 2u);
  BOOST_TEST(run.results[0].message == "Name 'Maximil…' refused");
  BOOST_TEST(run.results[1].message.find("Maximiliane") == std::string::npos,
             run.results[1].message);
  options.excerpts = konform::ExcerptPolicy{40, true};
  BOOST_TEST(run_schema(*s, *document, options).results[0].message == "Name '…' refused");
  // The default quotes in full (the library is not only about messages).
  BOOST_TEST(run_schema(*s, *document).results[0].message ==
             "Name 'Maximiliane Mustermann-Lüdenscheidt' refused");
}

BOOST_AUTO_TEST_CASE(a_subject_moves_the_finding_to_the_node_it_is_about) {
  // @subject on the assertion, else on the rule (ISO/IEC 19757-3:2016, 5.4.1, 5.4.13); a subject
  // that selects no node, or fails, leaves the finding on the context node.
  auto s = compile_text(sch(R"~(<pattern><rule context="r" subject="(sec, .)[1]">
      <assert id="isms" subject="(sec/isms, sec, .)[1]" test="sec/isms = 'ok'"/>
      <assert id="rule-subject" test="false()"/>
      <assert id="none" subject="nothing" test="false()"/>
      <assert id="broken" subject="xs:integer('x')" test="false()"/></rule></pattern>)~"));
  RunResult run = run_text(*s, "<r>\n<sec>\n  <isms>no</isms></sec></r>");
  BOOST_TEST(hits(run) == (Strings{"broken@/Q{}r[1]", "isms@/Q{}r[1]/Q{}sec[1]/Q{}isms[1]",
                                   "none@/Q{}r[1]", "rule-subject@/Q{}r[1]/Q{}sec[1]"}));
  BOOST_TEST(error_codes(run) == Strings{"FORG0001"});
  for (const Result& r : run.results) {
    if (r.id == "isms" && r.kind != ResultKind::kError) BOOST_TEST(r.position.line == 3);
  }
  // A missing key: the finding sits at its parent.
  BOOST_TEST(hits(run_text(*s, "<r><sec/></r>"))[1] == "isms@/Q{}r[1]/Q{}sec[1]");
}

BOOST_AUTO_TEST_CASE(one_schema_runs_many_documents) {
  auto s = compile_text(sch(R"~(<let name="total" value="count(//item)"/>
      <pattern><rule context="item"><assert id="one" test="$total = 1"/></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s, "<r><item/></r>")).empty());
  BOOST_TEST(hits(run_text(*s, "<r><item/><item/></r>")).size() == 2u);
  BOOST_TEST(hits(run_text(*s, "<r><item/></r>")).empty());
}

BOOST_AUTO_TEST_CASE(results_become_findings) {
  auto s = compile_text(sch(R"~(<pattern id="totals"><rule context="item">
      <assert id="BR-1" flag="warning" test="@price">Item <value-of select="@id"/> has no price.</assert>
      <assert id="BR-2" test="xs:integer(@qty) &gt; 0">qty</assert></rule></pattern>)~"));
  RunResult run = run_text(*s, "<r>\n  <item id='a' qty='x'/></r>");
  std::vector<konform::Finding> findings = to_findings(run, *s);
  BOOST_TEST_REQUIRE(findings.size() == 2u);
  const konform::Finding& f = findings[0];
  BOOST_TEST(f.rule_id == "BR-1");
  BOOST_TEST((f.severity == konform::Severity::kWarning));
  BOOST_TEST(f.message == "Item a has no price.");
  BOOST_TEST(f.location.line == 2);
  BOOST_TEST(f.location.column > 0);
  BOOST_TEST(f.location.xpath == "/Q{}r[1]/Q{}item[1]");
  BOOST_TEST(f.source == "test.sch: totals");
  BOOST_TEST(konform::rules::is(findings[1], konform::rules::kSchematronEvaluationError));
  BOOST_TEST(findings[1].message.find("BR-2") != std::string::npos);
  BOOST_TEST(findings[1].message.find("FORG0001") != std::string::npos);
  BOOST_TEST(to_findings(run_text(*s, "<r><item id='a' price='1' qty='1'/></r>"), *s).empty());
}

BOOST_AUTO_TEST_CASE(severity_words) {
  BOOST_TEST((severity_word(" Fatal ") == konform::Severity::kError));
  BOOST_TEST((severity_word("ERROR") == konform::Severity::kError));
  BOOST_TEST((severity_word("warning") == konform::Severity::kWarning));
  BOOST_TEST((severity_word("Warn") == konform::Severity::kWarning));
  BOOST_TEST((severity_word("information") == konform::Severity::kInfo));
  BOOST_TEST((severity_word("info") == konform::Severity::kInfo));
  BOOST_TEST(!severity_word("important").has_value());
  BOOST_TEST(!severity_word("").has_value());
  BOOST_TEST((severity_of("", "", "", "") == konform::Severity::kError));
}

BOOST_AUTO_TEST_CASE(node_filter_reads_the_last_step) {
  NodeFilter f = analyse_pattern(
      "/ubl:Invoice/cac:PaymentMeans[cbc:Code = '59'] | /cn:CreditNote/cac:PaymentMeans");
  BOOST_TEST(f.element_names == (Strings{"PaymentMeans", "PaymentMeans"}));
  BOOST_TEST(!f.any_node);
  BOOST_TEST(f.accepts(konform::xdm::NodeKind::kElement, "PaymentMeans"));
  BOOST_TEST(!f.accepts(konform::xdm::NodeKind::kElement, "Invoice"));
  BOOST_TEST(!f.accepts(konform::xdm::NodeKind::kAttribute, "PaymentMeans"));

  f = analyse_pattern(
      "(/ubl:Invoice[$x]/cac:InvoiceLine | "
      "/cn:CreditNote[$x]/cac:CreditNoteLine)/cac:Item/cbc:Code[a/b = '/']");
  BOOST_TEST(f.element_names == Strings{"Code"});
  f = analyse_pattern("(/ubl:Invoice | /cn:CreditNote)[$isCVD]");
  BOOST_TEST(f.element_names == (Strings{"Invoice", "CreditNote"}));
  f = analyse_pattern("//ram:GlobalID[@schemeID and $e][not(ancestor::x)]");
  BOOST_TEST(f.element_names == Strings{"GlobalID"});
  f = analyse_pattern("@schemeID | x/@q:id | @*");
  BOOST_TEST(f.attribute_names == (Strings{"schemeID", "id"}));
  BOOST_TEST(f.any_attribute);
  BOOST_TEST(f.may_match_attributes());
  f = analyse_pattern("*:code | q:*");
  BOOST_TEST(f.element_names == Strings{"code"});
  BOOST_TEST(f.any_element);
  f = analyse_pattern("/");
  BOOST_TEST(f.document);
  BOOST_TEST(!f.accepts(konform::xdm::NodeKind::kElement, "x"));
  f = analyse_pattern("text()");
  BOOST_TEST(f.text);
  BOOST_TEST(!f.may_match_attributes());
  f = analyse_pattern("node()");
  BOOST_TEST((f.any_element && f.text && f.comment && f.processing_instruction));
  BOOST_TEST(!f.any_attribute);
  BOOST_TEST(analyse_pattern("key('k', 'v')").any_node);
  BOOST_TEST(analyse_pattern("element(x)").any_node);
  BOOST_TEST(analyse_pattern("a union b").any_node);
  BOOST_TEST(analyse_pattern("a[").any_node);
  BOOST_TEST(analyse_pattern("Q{urn:x}a").element_names == Strings{"a"});
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(schematron_runner_threads)

// One compiled schema, several threads, each with its own run: same results as sequentially.
BOOST_AUTO_TEST_CASE(a_schema_is_shared_between_threads) {
  auto s = compile_text(sch(
      R"~(<xsl:key xmlns:xsl="http://www.w3.org/1999/XSL/Transform" name="p" match="party" use="@id"/>
      <let name="n" value="count(//ref)"/>
      <pattern><rule context="ref[$n &gt; 0]"><assert id="k" test="key('p', @to)"/></rule></pattern>)~"));
  std::vector<std::string> documents;
  for (int i = 0; i < 8; ++i) {
    std::string xml = "<r><party id='a'/>";
    for (int j = 0; j < 50; ++j)
      xml += "<ref to='" + std::string(j % (i + 2) == 0 ? "a" : "b") + "'/>";
    documents.push_back(xml + "</r>");
  }
  std::vector<std::vector<std::string>> expected;
  for (const auto& d : documents) expected.push_back(hits(run_text(*s, d)));
  std::vector<std::vector<std::string>> got(documents.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    threads.emplace_back([&, i] {
      std::vector<konform::Finding> findings;
      auto document = load_instance(documents[i], "t.xml", findings);
      got[i] = hits(run_schema(*s, *document));
    });
  }
  for (auto& t : threads) t.join();
  BOOST_TEST((got == expected));
  BOOST_TEST(expected[0].size() == 25u);
}

BOOST_AUTO_TEST_SUITE_END()
