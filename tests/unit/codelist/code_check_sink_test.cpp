// CodeCheckSink on small hand-written messages against the fixture lists: recognition of
// code-kind elements, each rule, positions and paths, strict mode, dates and bindings.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "tests/support/test_paths.h"
#include "tests/unit/codelist/pugi_event_driver.h"
#include "validator/codelist/code_check_sink.h"
#include "validator/core/config_error.h"
#include "validator/rules/registry.h"

namespace konform::codelist {
namespace {

const std::string kUri = "urn:konform:test:codeliste:testliste";

const CodeListStore& fixture_store() {
  static const CodeListStore store = [] {
    const std::filesystem::path data = konform::test::source_dir() / "tests/unit/codelist/data";
    return CodeListStore::Builder()
        .add(data / "small_list_1.xml")
        .add(data / "small_list_2.xml")
        .build();
  }();
  return store;
}

/// A message with namespace urn:t whose root holds `body`; the body starts on line 2.
std::string message(const std::string& body) {
  return "<t:doc xmlns:t=\"urn:t\">\n" + body + "\n</t:doc>\n";
}

std::vector<Finding> check(const std::string& text, CodeCheckOptions options = {},
                           CodeCheckCounts* counts = nullptr) {
  CodeCheckSink sink(fixture_store(), std::move(options));
  test::drive_events(text, sink);
  if (counts != nullptr) *counts = sink.counts();
  for (const Finding& finding : sink.findings()) {
    BOOST_TEST_MESSAGE(finding.rule_id << " " << finding.location.line << ":"
                                       << finding.location.column << " " << finding.location.xpath
                                       << " " << finding.message);
  }
  return sink.take_findings();
}

std::string code_element(const std::string& attributes, const std::string& code,
                         const std::string& name = "") {
  return "<t:x" + attributes + "><code>" + code + "</code>" +
         (name.empty() ? "" : "<name>" + name + "</name>") + "</t:x>";
}

const std::string kBoth = " listURI=\"" + kUri + "\" listVersionID=\"1\"";

}  // namespace

BOOST_AUTO_TEST_SUITE(code_check_sink)

BOOST_AUTO_TEST_CASE(known_code_gives_no_finding) {
  CodeCheckCounts counts;
  const auto findings = check(message(code_element(kBoth, " A ", "Erster Eintrag")), {}, &counts);
  BOOST_TEST(findings.empty());
  BOOST_TEST(counts.code_elements == 1u);
  BOOST_TEST(counts.list_found == 1u);
}

BOOST_AUTO_TEST_CASE(unknown_code_points_at_the_code_child) {
  const auto findings =
      check(message("<t:y/>\n" + code_element(kBoth, "A") + "\n" + code_element(kBoth, "Q")));
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  const Finding& finding = findings.front();
  BOOST_TEST(finding.rule_id == "codelist-unknown-code");
  BOOST_TEST((finding.severity == Severity::kError));
  BOOST_TEST(finding.location.line == 4);
  BOOST_TEST(finding.location.column == 1 + static_cast<int>(("<t:x" + kBoth + ">").size()));
  BOOST_TEST(finding.location.xpath == "/Q{urn:t}doc[1]/Q{urn:t}x[2]/Q{}code[1]");
  BOOST_TEST(finding.source == "urn:konform:test:codeliste:testliste_1");
  BOOST_TEST(!finding.message_de.empty());
}

BOOST_AUTO_TEST_CASE(code_is_looked_up_in_the_recommended_key_column) {
  // "S1" is a value of the other key column, not of the recommended one.
  const auto findings = check(message(code_element(kBoth, "S1")));
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings.front().rule_id == "codelist-unknown-code");
}

BOOST_AUTO_TEST_CASE(name_must_match_a_description_of_the_code) {
  BOOST_TEST(check(message(code_element(kBoth, "A", "First entry"))).empty());
  const auto findings = check(message(code_element(kBoth, "A", "Zweiter Eintrag")));
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings.front().rule_id == "codelist-name-mismatch");
  BOOST_TEST((findings.front().severity == Severity::kWarning));
  BOOST_TEST(findings.front().location.xpath == "/Q{urn:t}doc[1]/Q{urn:t}x[1]/Q{}name[1]");
  BOOST_TEST(findings.front().message.find("'Erster Eintrag'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_list_and_version_are_warnings_or_errors_when_strict) {
  const std::string unknown_uri =
      message(code_element(" listURI=\"urn:nix\" listVersionID=\"1\"", "A"));
  const std::string unknown_version =
      message(code_element(" listURI=\"" + kUri + "\" listVersionID=\"7\"", "A"));
  for (const std::string& text : {unknown_uri, unknown_version}) {
    auto findings = check(text);
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST(findings.front().rule_id == "codelist-unknown-list");
    BOOST_TEST((findings.front().severity == Severity::kWarning));
    BOOST_TEST(findings.front().location.line == 2);
    BOOST_TEST(findings.front().location.column == 1);
    BOOST_TEST(findings.front().location.xpath == "/Q{urn:t}doc[1]/Q{urn:t}x[1]");
    CodeCheckOptions strict;
    strict.strict = true;
    findings = check(text, strict);
    BOOST_REQUIRE_EQUAL(findings.size(), 1u);
    BOOST_TEST((findings.front().severity == Severity::kError));
  }
}

BOOST_AUTO_TEST_CASE(missing_version_with_several_versions_gives_one_finding) {
  CodeCheckCounts counts;
  // Code "Q" is in no version: still only the missing-version finding.
  const auto findings =
      check(message(code_element(" listURI=\"" + kUri + "\"", "Q", "falsch")), {}, &counts);
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings.front().rule_id == "codelist-missing-version");
  BOOST_TEST((findings.front().severity == Severity::kWarning));
  BOOST_TEST(counts.version_missing == 1u);
}

BOOST_AUTO_TEST_CASE(version_valid_later_than_the_validation_date) {
  CodeCheckOptions options;
  options.validation_date = "2026-11-26";
  const std::string v2 = " listURI=\"" + kUri + "\" listVersionID=\"2\"";
  auto findings = check(message(code_element(v2, "C")), options);
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings.front().rule_id == "codelist-not-valid-at-date");
  BOOST_TEST(findings.front().message.find("2030-01-01") != std::string::npos);
  BOOST_TEST(check(message(code_element(kBoth, "A")), options).empty());  // valid from 2024
  options.validation_date = "2030-01-01";
  BOOST_TEST(check(message(code_element(v2, "C")), options).empty());
  BOOST_TEST(check(message(code_element(v2, "C"))).empty());  // no date, no date check
  options.validation_date = "26.11.2026";
  BOOST_CHECK_THROW(CodeCheckSink(fixture_store(), options), ConfigError);
}

BOOST_AUTO_TEST_CASE(structural_code_elements_need_a_binding) {
  CodeCheckCounts counts;
  const std::string text = message(code_element("", "Q", "n") + "\n" + code_element("", "A"));
  BOOST_TEST(check(text, {}, &counts).empty());
  BOOST_TEST(counts.code_elements == 2u);
  BOOST_TEST(counts.unidentified == 2u);

  CodeBindingTable bindings;
  bindings.bind("urn:t", "x", CodeBinding{kUri, "1", ""});
  CodeCheckOptions options;
  options.bindings = &bindings;
  const auto findings = check(text, options, &counts);
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings.front().rule_id == "codelist-unknown-code");
  BOOST_TEST(findings.front().location.line == 2);
  BOOST_TEST(counts.list_found == 2u);
}

BOOST_AUTO_TEST_CASE(binding_fixes_the_uri_and_the_message_names_the_version) {
  // Code-Typ 3: listURI fixed by the schema, listVersionID sent.
  CodeBindingTable bindings;
  bindings.bind("urn:t", "x", CodeBinding{kUri, "", ""});
  CodeCheckOptions options;
  options.bindings = &bindings;
  BOOST_TEST(check(message(code_element(" listVersionID=\"2\"", "C")), options).empty());
  auto findings = check(message(code_element(" listVersionID=\"2\"", "B")), options);
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings.front().rule_id == "codelist-unknown-code");
  findings = check(message(code_element("", "C")), options);
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings.front().rule_id == "codelist-missing-version");
  // An element the table does not bind stays unidentified.
  CodeCheckCounts counts;
  BOOST_TEST(
      check(message("<t:z listVersionID=\"2\"><code>C</code></t:z>"), options, &counts).empty());
  BOOST_TEST(counts.unidentified == 1u);
}

BOOST_AUTO_TEST_CASE(binding_can_name_the_code_column) {
  CodeBindingTable bindings;
  bindings.bind("urn:t", "x", CodeBinding{kUri, "1", "schluessel"});
  CodeCheckOptions options;
  options.bindings = &bindings;
  BOOST_TEST(check(message(code_element("", "S2")), options).empty());
  BOOST_TEST(check(message(code_element("", "B")), options).size() == 1u);
  CodeBindingTable wrong;
  wrong.bind("urn:t", "x", CodeBinding{kUri, "", "gibt-es-nicht"});
  options.bindings = &wrong;
  BOOST_CHECK_THROW(CodeCheckSink(fixture_store(), options), ConfigError);
}

BOOST_AUTO_TEST_CASE(elements_with_other_children_are_not_codes) {
  CodeCheckCounts counts;
  const std::string text = message(
      "<t:a><code>A</code><t:b/></t:a>"          // a qualified sibling
      "<t:c><code>A</code><code>B</code></t:c>"  // two codes
      "<t:d><name>A</name></t:d>"                // no code
      "<t:e><t:code>A</t:code></t:e>"            // qualified code
      "<code>A</code>");                         // the root's child has other siblings
  BOOST_TEST(check(text, {}, &counts).empty());
  BOOST_TEST(counts.code_elements == 0u);
}

BOOST_AUTO_TEST_CASE(paths_count_same_named_siblings) {
  const std::string text = message("<t:l>" + code_element(kBoth, "A") + "</t:l><t:l><t:m/>" +
                                   code_element(kBoth, "A") + code_element(kBoth, "Z") + "</t:l>");
  const auto findings = check(text);
  BOOST_REQUIRE_EQUAL(findings.size(), 1u);
  BOOST_TEST(findings.front().location.xpath ==
             "/Q{urn:t}doc[1]/Q{urn:t}l[2]/Q{urn:t}x[2]/Q{}code[1]");
}

BOOST_AUTO_TEST_CASE(code_list_rules_are_in_the_one_registry) {
  std::set<std::string> ids;
  for (const rules::BuiltinRule& rule : rules::builtin_rules()) {
    if (rule.stage != Stage::kCodelist) continue;
    BOOST_TEST(rule.info.id.starts_with("codelist-"));
    BOOST_TEST((rule.family == rules::RuleFamily::kContent));
    BOOST_TEST(rule.info.source.find("genericode 1.0") != std::string::npos);
    ids.insert(rule.info.id);
  }
  BOOST_TEST(ids.size() == 5u);
  BOOST_TEST(
      (rules::builtin_rule(rules::kCodelistUnknownList).default_severity == Severity::kWarning));
  BOOST_TEST(
      (rules::builtin_rule(rules::kCodelistUnknownCode).default_severity == Severity::kError));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace konform::codelist
