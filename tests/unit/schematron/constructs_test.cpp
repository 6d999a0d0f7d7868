// One test per Schematron construct, each with an instance that passes and one that fails.
#include <boost/test/unit_test.hpp>

#include <map>

#include "tests/unit/schematron/schematron_test_support.h"
#include "validator/schematron/abstract_patterns.h"

using namespace konform::schematron;
using namespace konform::schematron::test;

BOOST_AUTO_TEST_SUITE(schematron_constructs)

BOOST_AUTO_TEST_CASE(assert_fails_only_when_false) {
  auto s = compile_text(sch(R"~(<pattern id="p"><rule context="order">
      <assert id="has-id" test="@id">An order needs an id.</assert></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s, "<order id='1'/>")).empty());
  RunResult bad = run_text(*s, "<order/>");
  BOOST_TEST(hits(bad) == Strings{"has-id@/Q{}order[1]"});
  BOOST_TEST((bad.results[0].kind == ResultKind::kAssert));
  BOOST_TEST(bad.results[0].message == "An order needs an id.");
  BOOST_TEST(bad.results[0].pattern_id == "p");
  BOOST_TEST(bad.results[0].test == "@id");
  BOOST_TEST(bad.results[0].position.line == 1);
  BOOST_TEST(bad.fired_rules == 1u);
}

BOOST_AUTO_TEST_CASE(report_fires_only_when_true) {
  auto s = compile_text(sch(R"~(<pattern><rule context="order">
      <report id="big" test="number(@total) &gt; 100">Big order.</report></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s, "<order total='5'/>")).empty());
  RunResult bad = run_text(*s, "<order total='500'/>");
  BOOST_TEST(hits(bad) == Strings{"big@/Q{}order[1]"});
  BOOST_TEST((bad.results[0].kind == ResultKind::kReport));
  BOOST_TEST(bad.results[0].pattern_id == "1");  // no id: its position
}

BOOST_AUTO_TEST_CASE(ns_prefixes_are_declared_for_contexts_and_tests) {
  auto s = compile_text(sch(R"~(<ns prefix="o" uri="urn:o"/>
      <pattern><rule context="o:order"><assert id="a" test="o:line">lines</assert></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s, "<order xmlns='urn:o'><line/></order>")).empty());
  BOOST_TEST(hits(run_text(*s, "<order xmlns='urn:o'/>")) == Strings{"a@/Q{urn:o}order[1]"});
  BOOST_TEST(hits(run_text(*s, "<order/>")).empty());  // other namespace: rule never fires
}

BOOST_AUTO_TEST_CASE(derived_ids_are_pattern_rule_assert_positions) {
  auto s = compile_text(
      sch(R"~(<pattern id="p"><rule context="a"><assert test="false()">x</assert></rule>
      <rule context="b"><assert id="named" test="false()">y</assert><report test="true()">z</report></rule></pattern>
      <pattern><rule context="b"><assert test="false()">w</assert></rule></pattern>)~"));
  RunResult run = run_text(*s, "<r><a/><b/></r>");
  BOOST_TEST(hits(run) == (Strings{"2-1-1@/Q{}r[1]/Q{}b[1]", "named@/Q{}r[1]/Q{}b[1]",
                                   "p-1-1@/Q{}r[1]/Q{}a[1]", "p-2-2@/Q{}r[1]/Q{}b[1]"}));
  BOOST_TEST(s->patterns[0].rules[0].assertions[0].id_derived);
  BOOST_TEST(!s->patterns[0].rules[1].assertions[0].id_derived);
}

BOOST_AUTO_TEST_CASE(first_matching_rule_per_pattern_wins) {
  auto s = compile_text(sch(R"~(<pattern>
      <rule context="item[@special]"><assert id="special" test="false()">s</assert></rule>
      <rule context="item"><assert id="general" test="false()">g</assert></rule></pattern>
      <pattern><rule context="item"><assert id="other-pattern" test="false()">o</assert></rule></pattern>)~"));
  RunResult run = run_text(*s, "<r><item special='1'/><item/></r>");
  BOOST_TEST(hits(run) ==
             (Strings{"general@/Q{}r[1]/Q{}item[2]", "other-pattern@/Q{}r[1]/Q{}item[1]",
                      "other-pattern@/Q{}r[1]/Q{}item[2]", "special@/Q{}r[1]/Q{}item[1]"}));
  BOOST_TEST(run.fired_rules == 4u);
}

BOOST_AUTO_TEST_CASE(the_run_names_the_assertions_whose_context_matched) {
  // Passing or failing, an assertion whose rule fired had something to check; one whose rule
  // never matched (or lost to an earlier rule of its pattern) passed only vacuously.
  auto s = compile_text(sch(R"~(<pattern>
      <rule context="item[@special]"><assert id="special" test="true()">s</assert></rule>
      <rule context="item"><assert id="general" test="true()">g</assert></rule></pattern>
      <pattern><rule context="online"><assert id="online" test="true()">o</assert>
        <report id="online-report" test="false()">r</report></rule></pattern>
      <pattern><rule context="item"><assert id="failing" test="false()">f</assert></rule></pattern>)~"));
  BOOST_TEST(run_text(*s, "<r><item special='1'/></r>").matched_assertions ==
                 (Strings{"failing", "special"}),
             boost::test_tools::per_element());
  BOOST_TEST(run_text(*s, "<r><online/><item/></r>").matched_assertions ==
                 (Strings{"failing", "general", "online", "online-report"}),
             boost::test_tools::per_element());
  BOOST_TEST(run_text(*s, "<r/>").matched_assertions.empty());
}

BOOST_AUTO_TEST_CASE(an_assertion_id_shared_by_rules_is_named_once_in_order) {
  // The order is the ids' own (the compiler ranks them once), not the schema's or the run's.
  auto s = compile_text(sch(R"~(<pattern><rule context="b">
      <assert id="z" test="true()"/><assert id="m" test="true()"/></rule></pattern>
      <pattern><rule context="a"><assert id="m" test="true()"/><report id="a" test="false()"/></rule>
      <rule context="c"><assert id="q" test="true()"/></rule></pattern>)~"));
  BOOST_TEST(run_text(*s, "<r><a/><b/></r>").matched_assertions == (Strings{"a", "m", "z"}),
             boost::test_tools::per_element());
  BOOST_TEST(run_text(*s, "<r><c/><a/></r>").matched_assertions == (Strings{"a", "m", "q"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(results_follow_pattern_then_document_order) {
  auto s = compile_text(
      sch(R"~(<pattern id="one"><rule context="x"><assert id="a" test="false()"/></rule></pattern>
      <pattern id="two"><rule context="x"><assert id="b" test="false()"/></rule></pattern>)~"));
  RunResult run = run_text(*s, "<r><x/><x/></r>");
  BOOST_TEST_REQUIRE(run.results.size() == 4u);
  BOOST_TEST(run.results[0].id == "a");
  BOOST_TEST(run.results[1].id == "a");
  BOOST_TEST(run.results[1].location == "/Q{}r[1]/Q{}x[2]");
  BOOST_TEST(run.results[2].id == "b");
}

BOOST_AUTO_TEST_CASE(attribute_text_and_document_contexts) {
  auto s = compile_text(sch(R"~(<ns prefix="q" uri="urn:q"/>
      <pattern><rule context="@code"><assert id="code" test="string-length(.) = 2">c</assert></rule>
      <rule context="@q:ref"><assert id="qref" test=". = 'ok'">q</assert></rule>
      <rule context="text()[normalize-space()]"><assert id="text" test="not(contains(., '!'))">t</assert></rule>
      <rule context="/"><assert id="doc" test="*/@code">d</assert></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s, "<r code='DE' xmlns:q='urn:q' q:ref='ok'>fine</r>")).empty());
  BOOST_TEST(hits(run_text(*s, "<r code='DEU' xmlns:q='urn:q' q:ref='no'><x>bad!</x></r>")) ==
             (Strings{"code@/Q{}r[1]/@code", "qref@/Q{}r[1]/@Q{urn:q}ref",
                      "text@/Q{}r[1]/Q{}x[1]/text()[1]"}));
  BOOST_TEST(hits(run_text(*s, "<r/>")) == Strings{"doc@/"});
}

BOOST_AUTO_TEST_CASE(schema_and_pattern_lets_are_global_with_the_document_as_context) {
  // $count is evaluated once with the document node as context (a relative path works), and a
  // pattern-level let is visible in another pattern, as XSLT global variables are.
  auto s = compile_text(sch(R"~(<let name="count" value="count(r/item)"/>
      <pattern id="vars"><let name="max" value="$count - 1"/></pattern>
      <pattern><rule context="item"><assert id="pos" test="count(preceding-sibling::item) &lt;= $max">p</assert>
      <assert id="count" test="$count = 2">c</assert></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s, "<r><item/><item/></r>")).empty());
  BOOST_TEST(hits(run_text(*s, "<r><item/></r>")) == Strings{"count@/Q{}r[1]/Q{}item[1]"});
  BOOST_TEST(s->globals.size() == 2u);
  BOOST_TEST(s->globals[0].name == "count");  // dependency order
}

BOOST_AUTO_TEST_CASE(global_lets_in_any_order_and_unused_ones_skipped) {
  auto s = compile_text(sch(R"~(<let name="b" value="$a * 2"/><let name="a" value="21"/>
      <let name="unused" value="xs:integer('not a number')"/>
      <pattern><rule context="r"><assert id="b" test="$b = 42">b</assert></rule></pattern>)~"));
  RunResult run = run_text(*s, "<r/>");
  BOOST_TEST(hits(run).empty());
  BOOST_TEST(run.error_count() == 0u);  // the broken unused let is never evaluated (like Saxon)
  auto cyclic = compile_error(sch(R"~(<let name="a" value="$b"/><let name="b" value="$a"/>
      <pattern><rule context="r"><assert test="$a">a</assert></rule></pattern>)~"));
  BOOST_TEST(cyclic.code() == "XTDE0640");
}

BOOST_AUTO_TEST_CASE(rule_lets_use_the_context_node_and_shadow_globals) {
  auto s = compile_text(sch(R"~(<let name="n" value="'global'"/>
      <pattern><rule context="item"><let name="n" value="@n"/><let name="twice" value="$n * 2"/>
        <assert id="twice" test="$twice = 4">t</assert></rule>
      <rule context="r"><assert id="global" test="$n = 'global'">g</assert></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s, "<r><item n='2'/><item n='2'/></r>")).empty());
  BOOST_TEST(hits(run_text(*s, "<r><item n='2'/><item n='3'/></r>")) ==
             Strings{"twice@/Q{}r[1]/Q{}item[2]"});
}

BOOST_AUTO_TEST_CASE(messages_evaluate_value_of_and_name_and_normalise_space) {
  auto s = compile_text(sch(R"~(<ns prefix="o" uri="urn:o"/><pattern><rule context="o:line">
      <assert id="m" test="@qty &gt; 0">  Line <value-of select="@no"/> in <name/>
        of <name path=".."/>: <emph>qty</emph> <dir value="ltr">must</dir> <span class="x">be</span> positive
        (<value-of select="@qty, 'given'"/>).</assert></rule></pattern>)~"));
  RunResult run = run_text(*s, "<o:order xmlns:o='urn:o'><o:line no='7' qty='0'/></o:order>");
  BOOST_TEST_REQUIRE(run.results.size() == 1u);
  BOOST_TEST(run.results[0].message ==
             "Line 7 in o:line of o:order: qty must be positive (0 given).");
  BOOST_TEST(
      hits(run_text(*s, "<o:order xmlns:o='urn:o'><o:line no='7' qty='1'/></o:order>")).empty());
}

BOOST_AUTO_TEST_CASE(diagnostics_are_evaluated_in_the_rule_context) {
  auto s = compile_text(sch(R"~(<pattern><rule context="item">
      <assert id="a" test="@price" diagnostics="d1 d2">Price missing.</assert></rule></pattern>
      <diagnostics><diagnostic id="d1">Item <value-of select="@id"/> has none.</diagnostic>
      <diagnostic id="d2">Add a price.</diagnostic></diagnostics>)~"));
  RunResult run = run_text(*s, "<r><item id='x1'/></r>");
  BOOST_TEST_REQUIRE(run.results.size() == 1u);
  BOOST_TEST_REQUIRE(run.results[0].diagnostics.size() == 2u);
  BOOST_TEST(run.results[0].diagnostics[0].id == "d1");
  BOOST_TEST(run.results[0].diagnostics[0].text == "Item x1 has none.");
  BOOST_TEST(run.results[0].diagnostics[1].text == "Add a price.");
  BOOST_TEST(run_text(*s, "<r><item id='x1' price='1'/></r>").results.empty());
  auto e = compile_error(sch(R"~(<pattern><rule context="item">
      <assert test="@price" diagnostics="nope">p</assert></rule></pattern>)~"));
  BOOST_TEST(e.code() == kErrorReference);
}

BOOST_AUTO_TEST_CASE(severity_from_role_and_flag) {
  auto s = compile_text(sch(R"~(<pattern><rule context="r" flag="warning">
      <assert id="fatal" flag="fatal" test="false()"/>
      <assert id="warn" role="WARN" test="false()"/>
      <assert id="info" flag="information" test="false()"/>
      <assert id="inherit" test="false()"/>
      <assert id="role-first" role="info" flag="fatal" test="false()"/></rule>
      <rule context="x"><assert id="default" role="something" test="false()"/></rule></pattern>)~"));
  RunResult run = run_text(*s, "<r><x/></r>");
  std::map<std::string, konform::Severity> by_id;
  for (const Result& r : run.results) by_id[r.id] = r.severity;
  BOOST_TEST((by_id["fatal"] == konform::Severity::kError));
  BOOST_TEST((by_id["warn"] == konform::Severity::kWarning));
  BOOST_TEST((by_id["info"] == konform::Severity::kInfo));
  BOOST_TEST((by_id["inherit"] == konform::Severity::kWarning));
  BOOST_TEST((by_id["role-first"] == konform::Severity::kInfo));
  BOOST_TEST((by_id["default"] == konform::Severity::kError));
  BOOST_TEST(run.results[0].flag == "fatal");
  BOOST_TEST(run.results[1].role == "WARN");
}

BOOST_AUTO_TEST_CASE(phases_select_patterns) {
  std::string text = sch(R"~(<phase id="quick"><active pattern="p1"/></phase>
      <phase id="full"><active pattern="p1"/><active pattern="p2"/></phase>
      <pattern id="p1"><rule context="r"><assert id="a1" test="false()"/></rule></pattern>
      <pattern id="p2"><rule context="r"><assert id="a2" test="false()"/></rule></pattern>)~",
                         R"~(defaultPhase="quick")~");
  BOOST_TEST(hits(run_text(*compile_text(text), "<r/>")) == Strings{"a1@/Q{}r[1]"});
  BOOST_TEST(hits(run_text(*compile_text(text, "#DEFAULT"), "<r/>")) == Strings{"a1@/Q{}r[1]"});
  BOOST_TEST(hits(run_text(*compile_text(text, "full"), "<r/>")) ==
             (Strings{"a1@/Q{}r[1]", "a2@/Q{}r[1]"}));
  BOOST_TEST(hits(run_text(*compile_text(text, "#ALL"), "<r/>")).size() == 2u);
  BOOST_TEST(compile_text(text, "full")->phase == "full");
  BOOST_TEST(compile_error(text, "missing").code() == kErrorReference);
  auto bad_active = compile_error(sch(R"~(<phase id="x"><active pattern="nope"/></phase>
      <pattern id="p"><rule context="r"><assert test="1"/></rule></pattern>)~"),
                                  "x");
  BOOST_TEST(bad_active.code() == kErrorReference);
  BOOST_TEST(bad_active.line() == 2);
  // Without defaultPhase every pattern runs.
  auto all = compile_text(sch(R"~(<phase id="x"><active pattern="p1"/></phase>
      <pattern id="p1"><rule context="r"><assert id="a1" test="false()"/></rule></pattern>
      <pattern id="p2"><rule context="r"><assert id="a2" test="false()"/></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*all, "<r/>")).size() == 2u);
}

BOOST_AUTO_TEST_CASE(phase_lets_are_global) {
  auto s = compile_text(
      sch(R"~(<phase id="strict"><let name="limit" value="1"/><active pattern="p"/></phase>
      <phase id="lax"><let name="limit" value="10"/><active pattern="p"/></phase>
      <pattern id="p"><rule context="r"><assert id="limit" test="count(*) &lt;= $limit"/></rule></pattern>)~"),
      "strict");
  BOOST_TEST(hits(run_text(*s, "<r><a/></r>")).empty());
  BOOST_TEST(hits(run_text(*s, "<r><a/><b/></r>")) == Strings{"limit@/Q{}r[1]"});
}

BOOST_AUTO_TEST_CASE(abstract_rules_are_inlined_where_extended) {
  auto s = compile_text(sch(R"~(<pattern>
      <rule abstract="true" id="coded"><let name="c" value="normalize-space(code)"/>
        <assert id="code-present" test="$c != ''">code</assert></rule>
      <rule abstract="true" id="named"><extends rule="coded"/><assert id="name-present" test="name">name</assert></rule>
      <rule context="country"><extends rule="named"/><assert id="len" test="string-length($c) = 2">len</assert></rule>
      <rule context="currency"><extends rule="coded"/></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s,
                           "<r><country><code>DE</code><name>D</name></country>"
                           "<currency><code>EUR</code></currency></r>"))
                 .empty());
  BOOST_TEST(hits(run_text(*s, "<r><country><code>DEU</code></country><currency/></r>")) ==
             (Strings{"code-present@/Q{}r[1]/Q{}currency[1]", "len@/Q{}r[1]/Q{}country[1]",
                      "name-present@/Q{}r[1]/Q{}country[1]"}));
  BOOST_TEST(s->patterns[0].rules.size() == 2u);  // abstract rules are not rules of their own
  auto unknown = compile_error(sch(R"~(<pattern><rule context="r">
      <extends rule="nope"/></rule></pattern>)~"));
  BOOST_TEST(unknown.code() == kErrorReference);
  BOOST_TEST(unknown.line() == 3);
  auto cycle =
      compile_error(sch(R"~(<pattern><rule abstract="true" id="a"><extends rule="a"/></rule>
      <rule context="r"><extends rule="a"/></rule></pattern>)~"));
  BOOST_TEST(cycle.code() == kErrorReference);
}

BOOST_AUTO_TEST_CASE(abstract_patterns_substitute_parameters) {
  auto s = compile_text(sch(R"~(<pattern abstract="true" id="table">
        <rule context="$table"><assert id="$table-rows" test="count($row) &gt;= $min">The <name/> needs <value-of select="$min"/> rows.</assert></rule>
      </pattern>
      <pattern is-a="table" id="html"><param name="table" value="table"/><param name="row" value="tr"/>
        <param name="min" value="1"/></pattern>
      <pattern is-a="table" id="list"><param name="table" value="list"/><param name="row" value="item"/>
        <param name="min" value="2"/></pattern>)~"));
  BOOST_TEST_REQUIRE(s->patterns.size() == 2u);
  BOOST_TEST(s->patterns[0].id == "html");
  BOOST_TEST(hits(run_text(*s, "<r><table><tr/></table><list><item/><item/></list></r>")).empty());
  RunResult bad = run_text(*s, "<r><table/><list><item/></list></r>");
  // ids are not XPath attributes: no substitution there (as in the ISO skeleton)
  BOOST_TEST(hits(bad) ==
             (Strings{"$table-rows@/Q{}r[1]/Q{}list[1]", "$table-rows@/Q{}r[1]/Q{}table[1]"}));
  BOOST_TEST(bad.results[1].message == "The list needs 2 rows.");
  BOOST_TEST(substitute_parameters("$a + $ab + $a-b + $a", {{"a", "1"}, {"ab", "2"}}) ==
             "1 + 2 + 1-b + 1");
  BOOST_TEST(compile_error(sch(R"~(<pattern is-a="nope"/>)~")).code() == kErrorReference);
}

BOOST_AUTO_TEST_CASE(xsl_function_with_sequence_body) {
  auto s = compile_text(sch(R"~(<ns prefix="u" uri="utils"/>
      <xsl:function xmlns:xsl="http://www.w3.org/1999/XSL/Transform" name="u:decimalOrZero" as="xs:decimal">
        <xsl:param name="element"/>
        <xsl:sequence select="if (boolean($element)) then xs:decimal($element) else 0"/>
      </xsl:function>
      <pattern><rule context="r"><assert id="sum" test="u:decimalOrZero(a) + u:decimalOrZero(b) = 3">s</assert></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s, "<r><a>3</a></r>")).empty());
  BOOST_TEST(hits(run_text(*s, "<r><a>1</a><b>1</b></r>")) == Strings{"sum@/Q{}r[1]"});
}

BOOST_AUTO_TEST_CASE(xsl_function_prefix_from_xml_namespaces_and_choose_body) {
  auto s = compile_text(sch(R"~(<xsl:function xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          xmlns:f="urn:f" name="f:sign" as="xs:integer">
        <xsl:param name="n" as="xs:decimal"/>
        <xsl:choose><xsl:when test="$n &lt; 0"><xsl:sequence select="-1"/></xsl:when>
          <xsl:when test="$n = 0"><xsl:sequence select="0"/></xsl:when>
          <xsl:otherwise><xsl:sequence select="1"/></xsl:otherwise></xsl:choose>
      </xsl:function>
      <pattern><rule context="v"><assert id="sign" test="f:sign(xs:decimal(.)) = xs:integer(@sign)">s</assert></rule></pattern>)~"));
  BOOST_TEST(
      hits(run_text(*s, "<r><v sign='-1'>-5</v><v sign='0'>0</v><v sign='1'>2.5</v></r>")).empty());
  BOOST_TEST(hits(run_text(*s, "<r><v sign='1'>-5</v></r>")) == Strings{"sign@/Q{}r[1]/Q{}v[1]"});
  auto unsupported =
      compile_error(sch(R"~(<xsl:function xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          xmlns:f="urn:f" name="f:g"><xsl:variable name="x" select="1"/><xsl:sequence select="$x"/></xsl:function>)~"));
  BOOST_TEST(unsupported.code() == kErrorUnsupported);
  auto broken_body =
      compile_error(sch(R"~(<xsl:function xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          xmlns:f="urn:f" name="f:g"><xsl:sequence select="1 +"/></xsl:function>)~"));
  BOOST_TEST(broken_body.code() == "XPST0003");
}

BOOST_AUTO_TEST_CASE(xsl_key_is_usable_in_tests) {
  auto s = compile_text(sch(R"~(<xsl:key xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          name="party" match="party" use="@id"/>
      <pattern><rule context="ref"><assert id="ref-resolves" test="key('party', @to)">unknown party</assert></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s, "<r><party id='a'/><party id='b'/><ref to='b'/></r>")).empty());
  BOOST_TEST(hits(run_text(*s, "<r><party id='a'/><ref to='c'/></r>")) ==
             Strings{"ref-resolves@/Q{}r[1]/Q{}ref[1]"});
  auto bad = compile_error(sch(R"~(<xsl:key xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
          name="k" match="party[" use="@id"/>)~"));
  BOOST_TEST(bad.line() == 3);  // the match attribute's line
}

BOOST_AUTO_TEST_CASE(current_is_the_rule_context_node) {
  // In a rule context, current() is the node being matched; in a test, the rule's context node.
  auto s = compile_text(sch(R"~(<pattern><rule context="item[@ref = current()/@id]">
      <assert id="self" test="//item[@id = current()/@ref]/@kind = 'self'"/></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s, "<r><item id='1' ref='1' kind='self'/><item id='2' ref='1'/></r>"))
                 .empty());
  BOOST_TEST(
      hits(run_text(*s, "<r><item id='1' ref='1'/><item id='2' ref='2' kind='self'/></r>")) ==
      Strings{"self@/Q{}r[1]/Q{}item[1]"});
}

BOOST_AUTO_TEST_CASE(big_integers_and_exact_decimals) {
  // XRechnung BR-DE-19/20: an IBAN check on a 24-digit integer; BR-DEX-02: decimal sums.
  auto s = compile_text(sch(R"~(<pattern><rule context="iban">
      <let name="digits" value="string-join(for $cp in string-to-codepoints(concat(substring(.,5), substring(.,1,4))) return (if ($cp &gt; 64) then string($cp - 55) else string($cp - 48)), '')"/>
      <assert id="iban" test="xs:integer($digits) mod 97 = 1">iban</assert></rule>
      <rule context="sum"><assert id="sum" test="sum(a/xs:decimal(.)) = xs:decimal(@total)">sum</assert></rule></pattern>)~"));
  BOOST_TEST(hits(run_text(*s,
                           "<r><iban>DE75512108001245126199</iban>"
                           "<sum total='0.3'><a>0.1</a><a>0.2</a></sum></r>"))
                 .empty());
  BOOST_TEST(hits(run_text(*s,
                           "<r><iban>DE76512108001245126199</iban>"
                           "<sum total='0.31'><a>0.1</a><a>0.2</a></sum></r>")) ==
             (Strings{"iban@/Q{}r[1]/Q{}iban[1]", "sum@/Q{}r[1]/Q{}sum[1]"}));
}

BOOST_AUTO_TEST_SUITE_END()
