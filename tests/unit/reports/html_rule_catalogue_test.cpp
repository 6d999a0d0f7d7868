// The html page's table of rules without findings, its rows written once for a chain and spliced
// into each report, must give exactly the bytes render_html() writes in the page's language, and
// must not be used for a report in the other language or with other rules (a waiver adds one).
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

#include "reports/formats.h"
#include "reports/html_rule_catalogue.h"
#include "tests/unit/reports/awkward_report.h"

namespace konform::reports {
namespace {

RenderOptions in_language(std::string lang) {
  RenderOptions options;
  options.lang = std::move(lang);
  return options;
}

std::string rendered(const Report& report, const std::string& lang) {
  std::ostringstream out;
  render_html(report, in_language(lang), out);
  return out.str();
}

std::string rendered_with(const Report& report, const std::string& lang,
                          const HtmlRuleCatalogue& catalogue) {
  return joined(render_html_with(report, in_language(lang), catalogue));
}

/// The awkward fixture with a finding of a rule it does not list, and a listed rule repeated.
Report report_with_unlisted_and_repeated_rules() {
  Report report = test::awkward_report();
  report.rules.push_back({"never-fired", Severity::kInfo, "Listed twice", "Zweimal", "again"});
  Finding unlisted;
  unlisted.rule_id = "not-in-the-catalogue";
  unlisted.severity = Severity::kWarning;
  unlisted.message = "A rule the chain does not list";
  report.inputs.front().findings.push_back(unlisted);
  return report;
}

/// The awkward fixture with no finding: every listed rule is in the table.
Report report_without_findings() {
  Report report = test::awkward_report();
  for (auto& input : report.inputs) input.findings.clear();
  return report;
}

std::size_t count(const std::string& text, std::string_view part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

BOOST_AUTO_TEST_SUITE(html_rule_catalogue)

BOOST_AUTO_TEST_CASE(spliced_pages_are_the_renderers_bytes) {
  for (const std::string lang : {"de", "en"}) {
    for (const Report& report :
         {test::awkward_report(), test::empty_report(), test::hostile_report(),
          report_with_unlisted_and_repeated_rules(), report_without_findings()}) {
      const HtmlRuleCatalogue catalogue(report.rules, lang);
      BOOST_TEST(catalogue.lists(report.rules));
      BOOST_TEST(rendered_with(report, lang, catalogue) == rendered(report, lang), lang);
    }
  }
}

BOOST_AUTO_TEST_CASE(only_the_rules_without_findings_are_in_the_table) {
  const Report report = report_with_unlisted_and_repeated_rules();
  const HtmlRuleCatalogue catalogue(report.rules, "en");
  const std::string page = rendered_with(report, "en", catalogue);
  const std::string table = page.substr(page.find("<section class=\"quiet-rules\">"));
  BOOST_TEST(count(table, "<tr><td class=\"rule-id\">") == 1u);  // never-fired, listed once
  BOOST_TEST(table.find("<code>never-fired</code>") != std::string::npos);
  BOOST_TEST(table.find("Listed twice") == std::string::npos);
  BOOST_TEST(count(page, "<h3><code>not-in-the-catalogue</code>") == 1u);
  BOOST_TEST(count(page, "<h3><code>br-de-01</code>") == 1u);

  const Report quiet = report_without_findings();
  const std::string all = rendered_with(quiet, "en", catalogue);
  BOOST_TEST(all.find(catalogue.text()) != std::string::npos);
  BOOST_TEST(count(all, "<tr><td class=\"rule-id\">") == 6u);
}

BOOST_AUTO_TEST_CASE(each_rule_has_its_row_and_a_repeated_id_none) {
  const Report report = report_with_unlisted_and_repeated_rules();
  const HtmlRuleCatalogue catalogue(report.rules, "de");
  BOOST_REQUIRE_EQUAL(report.rules.size(), 7u);
  std::string rows;
  for (std::size_t i = 0; i < report.rules.size(); ++i) rows += catalogue.row(i);
  BOOST_TEST(rows == catalogue.text());
  BOOST_TEST(catalogue.row(0).starts_with("<tr><td class=\"rule-id\"><code>br-de-01</code>"));
  BOOST_TEST(catalogue.row(2).find("Eine Regel ohne Befund") != std::string_view::npos);
  BOOST_TEST(catalogue.row(6).empty());
}

BOOST_AUTO_TEST_CASE(a_page_in_the_other_language_is_rendered_afresh) {
  const Report report = test::awkward_report();
  const HtmlRuleCatalogue german(report.rules, "de");
  const std::string english = rendered_with(report, "en", german);
  BOOST_TEST(english == rendered(report, "en"));
  BOOST_TEST(english.find("A rule that found nothing") != std::string::npos);
  BOOST_TEST(&german.words() == &html_words(""));  // an empty lang is German
}

BOOST_AUTO_TEST_CASE(a_report_with_other_rules_is_rendered_with_its_own) {
  Report report = test::awkward_report();
  const HtmlRuleCatalogue catalogue(report.rules, "en");
  report.rules.push_back({"waiver-expired", Severity::kWarning, "A waiver expired",
                          "Eine Ausnahme ist abgelaufen", "konform"});
  BOOST_TEST(!catalogue.lists(report.rules));
  const std::string page = rendered_with(report, "en", catalogue);
  BOOST_TEST(page == rendered(report, "en"));
  BOOST_TEST(page.find("A waiver expired") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
