// The compare renderers on the awkward compare fixture: byte-for-byte golden files
// (tests/golden/compare-html/awkward.expected in English, awkward-de.expected in German,
// tests/golden/compare-json/awkward.expected; KONFORM_UPDATE_GOLDEN=1 rewrites them), the JSON
// valid against xsd/compare-1.schema.json, and the page's accessibility promises checked on the
// markup: captions and scoped headers, every cell's state in words, user text escaped.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "reports/compare_renderers.h"
#include "tests/support/golden.h"
#include "tests/support/test_paths.h"
#include "tests/unit/reports/compare_awkward.h"
#include "tests/unit/reports/external_tool.h"

namespace konform::reports {
namespace {

namespace fs = std::filesystem;

std::string render(void (*renderer)(const CompareMatrix&, const RenderOptions&, std::ostream&),
                   const std::string& lang) {
  RenderOptions options;
  options.lang = lang;
  std::ostringstream out;
  renderer(test::awkward_compare_matrix(), options, out);
  return out.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

BOOST_AUTO_TEST_SUITE(compare_formats)

BOOST_AUTO_TEST_CASE(registry_lists_html_and_json) {
  BOOST_TEST(compare_renderers().size() == 2u);
  BOOST_TEST(find_compare_renderer("html")->render == &render_compare_html);
  BOOST_TEST(find_compare_renderer("json")->render == &render_compare_json);
  BOOST_TEST(find_compare_renderer("text") == nullptr);
}

BOOST_AUTO_TEST_CASE(html_matches_its_golden_files) {
  test::check_golden(render(render_compare_html, "en"), "compare-html", "awkward.expected");
  test::check_golden(render(render_compare_html, "de"), "compare-html", "awkward-de.expected");
}

BOOST_AUTO_TEST_CASE(json_matches_its_golden_file) {
  test::check_golden(render(render_compare_json, ""), "compare-json", "awkward.expected");
}

BOOST_AUTO_TEST_CASE(json_is_valid_against_its_schema) {
  const fs::path dir = test::output_dir("compare-json-schema");
  const fs::path instance = dir / "awkward.json";
  std::ofstream(instance, std::ios::binary) << render(render_compare_json, "");
  const auto result =
      test::validate_json(test::source_dir() / "xsd" / "compare-1.schema.json", instance);
  BOOST_TEST(result.exit_code == 0, result.output);
}

BOOST_AUTO_TEST_CASE(german_is_the_default_language) {
  const std::string page = render(render_compare_html, "");
  BOOST_TEST(page.find("<html lang=\"de\">") != std::string::npos);
  BOOST_TEST(page == render(render_compare_html, "de"));
  BOOST_TEST(render(render_compare_html, "en").find("<html lang=\"en\">") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(html_tables_are_accessible) {
  const std::string page = render(render_compare_html, "de");
  // Three tables of candidates' inputs, the candidates, the differences, the matrix: each with a
  // caption.
  BOOST_TEST(count(page, "<table") == 6u);
  BOOST_TEST(count(page, "<caption") == 6u);
  // The wide tables scroll in a region named by their caption, which the keyboard reaches.
  BOOST_TEST(page.find("<div class=\"scroll\" role=\"region\" tabindex=\"0\" "
                       "aria-labelledby=\"matrix-caption\">\n<table class=\"matrix\">\n"
                       "<caption id=\"matrix-caption\">") != std::string::npos);
  // Column headers of the matrix: topic, rule, one per candidate; a row header per rule.
  BOOST_TEST(page.find("<th scope=\"col\"><code>M\u00fcller &amp; S\u00f6hne &lt;GmbH&gt;</code>"
                       "</th>") != std::string::npos);
  // 6 rules in the matrix (the engine rule that never fired is left out), 5 of them differ.
  BOOST_TEST(count(page, "<th scope=\"row\"><code class=\"rule-id\">") == 11u);
  // The matrix: one group per level present and the engine rules; the differences: the rules
  // some candidate fails and the engine rule that fired for some only.
  BOOST_TEST(count(page, "<th scope=\"rowgroup\"") == 8u);
  BOOST_TEST(page.find("<script") == std::string::npos);
  BOOST_TEST(page.find("<link") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_cell_says_its_state_in_words) {
  const std::string page = render(render_compare_html, "en");
  const std::regex cell(
      "<td class=\"cell[^\"]*\" data-state=\"([a-z-]+)\">(?:<details><summary>)?([^<]*<span "
      "aria-hidden=\"true\">[^<]*</span> )([^<]+)(?:</td>|<span class=\"visually-hidden\"> "
      "\\(([^<]+)\\)</span></summary>)");
  std::size_t cells = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), cell); it != std::sregex_iterator();
       ++it) {
    ++cells;
    const std::string state = (*it)[1];
    const std::string words = (*it)[3];
    // A summary the keyboard reaches also names its rule and candidate for screen readers.
    if ((*it)[4].matched) BOOST_TEST(std::string((*it)[4]).find(", ") != std::string::npos);
    BOOST_TEST_CONTEXT("state " << state << ": " << words) {
      if (state == "pass") BOOST_TEST(words == "met");
      if (state == "not-applicable") BOOST_TEST(words == "not applicable");
      if (state == "incomplete") BOOST_TEST(words == "incomplete");
      if (state == "waived") BOOST_TEST(words == "waived (1)");
      if (state == "fail" && words.find(',') != std::string::npos)
        BOOST_TEST(words == "1 error, waived (1)");
      else if (state == "fail")
        BOOST_TEST(std::regex_search(words, std::regex("^[0-9]+ (error|warning|info)s?$")));
    }
  }
  BOOST_TEST(cells == 33u);  // (6 rules in the matrix + 5 that differ) x 3 candidates
  BOOST_TEST(page.find("</span> 1 warning</td>") != std::string::npos);
  BOOST_TEST(page.find("</span> 2 infos</td>") != std::string::npos);
  const std::string german = render(render_compare_html, "de");
  BOOST_TEST(german.find("</span> 2 Fehler<span class=\"visually-hidden\"> (xsd-valid, "
                         "b&quot;quote&#39;)</span></summary>") != std::string::npos);
  BOOST_TEST(german.find("</span> 1 Warnung</td>") != std::string::npos);
  BOOST_TEST(german.find("</span> 2 Hinweise</td>") != std::string::npos);
  BOOST_TEST(german.find("</span> nicht anwendbar</td>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_failed_cell_opens_to_its_findings_in_the_page_language) {
  const std::string german = render(render_compare_html, "de");
  BOOST_TEST(
      german.find("<details><summary><span aria-hidden=\"true\">\u2718</span> 2 Fehler"
                  "<span class=\"visually-hidden\"> (xsd-valid, b&quot;quote&#39;)</span>"
                  "</summary>\n<ul>\n<li><code>b&quot;quote&#39;/a&amp;b.xml:12:7</code> "
                  "<span>Element &lt;beginn&gt;: &#39;2026-13-01&#39; ist kein g\u00fcltiges "
                  "Datum</span></li>\n<li><code>b&quot;quote&#39;/a&amp;b.xml</code> <span "
                  "lang=\"en\">Missing element") != std::string::npos);
  const std::string english = render(render_compare_html, "en");
  BOOST_TEST(english.find("<code>b&quot;quote&#39;/a&amp;b.xml:12:7</code> <span>Element "
                          "&lt;beginn&gt;: &#39;2026-13-01&#39; is not a valid date</span>") !=
             std::string::npos);
  BOOST_TEST(english.find("ist kein g\u00fcltiges") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(differences_come_first_and_engine_rules_last_only_where_they_fired) {
  const std::string page = render(render_compare_html, "en");
  const std::size_t differences = page.find("<h2>Where the candidates differ</h2>");
  const std::size_t matrix = page.find("<section id=\"matrix\">");
  BOOST_TEST_REQUIRE(differences != std::string::npos);
  BOOST_TEST(differences < matrix);
  // x-örtlich is not applicable to every candidate: the same everywhere, so not a difference.
  const std::string first = page.substr(differences, matrix - differences);
  BOOST_TEST(first.find("x-\u00f6rtlich") == std::string::npos);
  BOOST_TEST(first.find(">FED-OZG-002<") != std::string::npos);
  // Rules some candidate fails come first, the engine rules among the differences last.
  const std::size_t failed = first.find("Not met by at least one candidate");
  BOOST_TEST_REQUIRE(failed != std::string::npos);
  BOOST_TEST(failed < first.find(">FED-OZG-002<"));
  BOOST_TEST(first.find(">FED-OZG-002<") < first.find("Check run (only where a rule fired)"));
  // The engine rule that fired comes after every level; the one that did not is nowhere.
  const std::size_t engine = page.find("Check run (only where a rule fired)", matrix);
  BOOST_TEST(engine > page.find(">x-\u00f6rtlich<", matrix));
  BOOST_TEST(page.find(">xml-limit-exceeded<", matrix) > engine);
  BOOST_TEST(page.find("input-too-large") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(user_text_stays_text) {
  for (const std::string lang : {"de", "en"}) {
    const std::string page = render(render_compare_html, lang);
    BOOST_TEST(page.find("<GmbH>") == std::string::npos);
    BOOST_TEST(page.find("<leikaKey>") == std::string::npos);
    BOOST_TEST(page.find("b&quot;quote&#39;") != std::string::npos);
    BOOST_TEST(page.find("Gewerbe &quot;Online&quot; &#39;Plus&#39; \u2013 \u00c4mter") !=
               std::string::npos);
  }
  const std::string json = render(render_compare_json, "");
  BOOST_TEST(json.find("\"name\": \"b\\\"quote'\"") != std::string::npos);
  BOOST_TEST(json.find("Stra\u00dfenverkehr <Test>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(german_page_uses_german_titles_and_marks_english_ones) {
  const std::string page = render(render_compare_html, "de");
  BOOST_TEST(page.find("<span class=\"rule-title\">Leistungen m\u00fcssen &lt;leikaKey&gt; &amp; "
                       "\u201eozgId\u201c angeben</span>") != std::string::npos);
  BOOST_TEST(page.find("<span class=\"rule-title\" lang=\"en\">Linked in Amt24") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
