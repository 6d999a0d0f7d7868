// The html format: German or English UI by RenderOptions::lang, the verdict first, a
// self-contained page (no script, no external resource), well-nested markup whatever the report
// text holds, headings in order, captioned tables with scoped headers, and the chart by level.
// The German page of the awkward fixture has its own golden file (the shared golden test renders
// every format with the default options, which are English).
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "reports/formats.h"
#include "reports/html_chart.h"
#include "tests/support/test_paths.h"
#include "tests/unit/reports/awkward_report.h"
#include "validator/core/utf8.h"

namespace konform::reports {
namespace {

namespace fs = std::filesystem;

std::string render(const Report& report, std::string lang) {
  RenderOptions options;
  options.lang = std::move(lang);
  std::ostringstream out;
  render_html(report, options, out);
  return out.str();
}

bool contains(std::string_view text, std::string_view needle) {
  return text.find(needle) != std::string_view::npos;
}

// Element names in document order, with a leading '/' for end tags. Every '<' in the page must
// be markup (report text is escaped), so a stray '<' from report text shows up as a bogus tag.
std::vector<std::string> tags(std::string_view html) {
  std::vector<std::string> names;
  for (std::size_t pos = html.find('<'); pos != std::string_view::npos;
       pos = html.find('<', pos + 1)) {
    std::size_t end = pos + 1;
    while (end < html.size() && html[end] != ' ' && html[end] != '>' && html[end] != '\n') ++end;
    std::string name(html.substr(pos + 1, end - pos - 1));
    const std::size_t close = html.find('>', pos);
    if (close != std::string_view::npos && html[close - 1] == '/') name += '/';  // self-closing
    names.push_back(name);
  }
  return names;
}

// Checks that start and end tags nest properly; returns an error or "".
std::string nesting_error(std::string_view html) {
  static const std::vector<std::string> kVoid = {"!DOCTYPE", "meta", "br"};
  std::vector<std::string> open;
  for (const std::string& tag : tags(html)) {
    if (tag.empty()) return "empty tag name";
    if (tag.back() == '/' || std::find(kVoid.begin(), kVoid.end(), tag) != kVoid.end()) continue;
    if (tag.front() != '/') {
      open.push_back(tag);
      continue;
    }
    if (open.empty() || open.back() != tag.substr(1)) {
      return "unexpected </" + tag.substr(1) + "> with <" + (open.empty() ? "" : open.back()) +
             "> open";
    }
    open.pop_back();
  }
  return open.empty() ? "" : "<" + open.back() + "> never closed";
}

Report report_with_levels() {
  Report report;
  report.tool_version = "0.1.0";
  InputResult input;
  input.path = "a.xml";
  input.stages = {{"parse", StageStatus::kPassed, 1}};
  const auto add = [&](std::string level, Severity severity) {
    Finding finding;
    finding.rule_id = "r-" + level;
    finding.severity = severity;
    finding.message = "m";
    finding.origin = {"p", "1", std::move(level)};
    input.findings.push_back(finding);
  };
  add("federal", Severity::kError);
  add("federal", Severity::kError);
  add("federal", Severity::kInfo);
  add("state", Severity::kWarning);
  add("municipal", Severity::kError);
  add("municipal", Severity::kWarning);
  add("municipal", Severity::kWarning);
  add("base", Severity::kInfo);
  add("", Severity::kError);
  report.inputs.push_back(input);
  finish(report);
  return report;
}

BOOST_AUTO_TEST_SUITE(html_renderer)

BOOST_AUTO_TEST_CASE(german_page_matches_its_golden_file) {
  const std::string actual = render(test::awkward_report(), "de");
  const fs::path expected_path = test::source_dir() / "tests/golden/html/awkward-de.expected";
  const char* update = std::getenv("KONFORM_UPDATE_GOLDEN");
  if (update && std::string_view(update) == "1") {
    std::ofstream(expected_path, std::ios::binary) << actual;
    BOOST_TEST_MESSAGE("KONFORM_UPDATE_GOLDEN=1: updated " << expected_path);
    return;
  }
  const fs::path actual_path = test::output_dir("reports-html-golden") / "awkward-de.actual";
  std::ofstream(actual_path, std::ios::binary) << actual;
  std::ifstream in(expected_path, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "missing " << expected_path << "; run with KONFORM_UPDATE_GOLDEN=1");
  std::ostringstream expected;
  expected << in.rdbuf();
  BOOST_TEST(actual == expected.str(), "differs from " << expected_path << "; see " << actual_path);
}

BOOST_AUTO_TEST_CASE(ui_language_follows_the_lang_option) {
  const Report report = test::awkward_report();
  for (const std::string lang : {"de", ""}) {
    const std::string html = render(report, lang);
    BOOST_TEST(contains(html, "<html lang=\"de\">"), "lang '" << lang << "'");
    BOOST_TEST(contains(html, "<strong>unvollst\u00e4ndig</strong>"));
    BOOST_TEST(contains(html, "<h2>Befunde nach Regel</h2>"));
    BOOST_TEST(contains(html, "<td class=\"sev sev-warning\">Warnung</td>"));
    // The German message where the finding has one, the English one marked as such elsewhere.
    BOOST_TEST(contains(html,
                        ">Verk\u00e4ufername \u201eM\u00fcller &amp; S\u00f6hne\u201c ist "
                        "ung\u00fcltig: \u201aStra\u00dfe\u2018 fehlt</td>"));
    BOOST_TEST(!contains(html, "Seller name &quot;M\u00fcller"));
    BOOST_TEST(contains(html, "<td class=\"msg\" lang=\"en\">Value &#39;100%&#39; of currencyID"));
  }
  const std::string english = render(report, "en");
  BOOST_TEST(contains(english, "<html lang=\"en\">"));
  BOOST_TEST(contains(english, "<strong>incomplete</strong>"));
  BOOST_TEST(contains(english, "<h2>Findings by rule</h2>"));
  BOOST_TEST(contains(english,
                      "Seller name &quot;M\u00fcller &amp; S\u00f6hne&quot; isn&#39;t "
                      "&lt;valid&gt;: &#39;Stra\u00dfe&#39; is missing"));
  BOOST_TEST(!contains(english, "Verk\u00e4ufername \u201eM\u00fcller"));
  BOOST_TEST(!contains(english, "class=\"msg\" lang="));
}

BOOST_AUTO_TEST_CASE(verdict_comes_first_with_a_data_attribute) {
  for (const auto& [verdict, report] : {std::pair{"incomplete", test::awkward_report()},
                                        std::pair{"not-conformant", report_with_levels()}}) {
    const std::string html = render(report, "de");
    const std::string element = std::string("<div id=\"verdict\" class=\"verdict verdict-") +
                                verdict + "\" data-verdict=\"" + verdict + "\">";
    const std::size_t pos = html.find(element);
    BOOST_TEST(pos != std::string::npos, verdict);
    BOOST_TEST(pos < html.find("<h2"), "the verdict precedes every section");
    BOOST_TEST(html.find("id=\"verdict\"", pos + element.size()) == std::string::npos,
               "ids are unique");
  }
}

BOOST_AUTO_TEST_CASE(page_is_self_contained) {
  for (const std::string lang : {"de", "en"}) {
    const std::string html = render(test::awkward_report(), lang);
    for (const std::string_view forbidden :
         {"<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "href=", "url(",
          "@import", "@font-face", "http:", "https:", "//"}) {
      BOOST_TEST(!contains(html, forbidden), lang << ": page contains " << forbidden);
    }
    BOOST_TEST(contains(html, "<style>"));
    BOOST_TEST(contains(html, "@media print"));
  }
}

BOOST_AUTO_TEST_CASE(markup_nests_whatever_the_report_text_holds) {
  using namespace std::string_literals;
  Report hostile = test::awkward_report();
  Finding& finding = hostile.inputs.front().findings.front();
  finding.message = "</td></tr></table><script>alert(1)</script> \"' & \r\n line2 "s + '\0' +
                    "\x01 \xff \xef\xbf\xbe";
  finding.message_de = "<!-- -->";
  finding.location.xpath = "/a[@b=\"<\"]";
  hostile.inputs.front().path = "<h1>x</h1>.xml";
  hostile.profiles.front().id = "<b>";
  for (const auto& report : {test::awkward_report(), hostile}) {
    for (const std::string lang : {"de", "en"}) {
      const std::string html = render(report, lang);
      BOOST_TEST(nesting_error(html) == "", lang);
      BOOST_TEST(!contains(html, "<script"));
      BOOST_TEST(!contains(html, "<h1>x"));
      BOOST_TEST(!contains(html, "<b>"));
      BOOST_TEST(!contains(html, "\r"));
      for (std::size_t pos = 0; pos < html.size();) {
        const DecodedChar ch = decode_utf8(html, pos);
        BOOST_REQUIRE_MESSAGE(ch.valid, "invalid UTF-8 at byte " << pos);
        BOOST_REQUIRE_MESSAGE(ch.code_point >= 0x20 || ch.code_point == '\n',
                              "control character at byte " << pos);
        BOOST_REQUIRE_MESSAGE(ch.code_point != 0xFFFE, "noncharacter at byte " << pos);
        pos += ch.length;
      }
    }
  }
  const std::string html = render(hostile, "en");
  BOOST_TEST(contains(html, "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(1)"));
  BOOST_TEST(contains(html, "&quot;&#39; &amp; \n line2 \ufffd\ufffd \ufffd \ufffd</td>"));
}

BOOST_AUTO_TEST_CASE(headings_descend_one_level_at_a_time) {
  for (const auto& report : {test::awkward_report(), report_with_levels(), Report{}}) {
    const std::string html = render(report, "de");
    int previous = 0;
    int h1_count = 0;
    for (const std::string& tag : tags(html)) {
      if (tag.size() != 2 || tag[0] != 'h' || tag[1] < '1' || tag[1] > '6') continue;
      const int level = tag[1] - '0';
      if (level == 1) ++h1_count;
      BOOST_TEST(level <= previous + 1, "h" << level << " after h" << previous);
      previous = level;
    }
    BOOST_TEST(h1_count == 1);
  }
}

BOOST_AUTO_TEST_CASE(tables_have_captions_and_scoped_headers) {
  const std::string html = render(test::awkward_report(), "de");
  int tables = 0;
  for (std::size_t pos = html.find("<table"); pos != std::string::npos;
       pos = html.find("<table", pos + 1)) {
    ++tables;
    const std::size_t tag_end = html.find('>', pos);
    BOOST_TEST(html.compare(tag_end + 1, 10, "\n<caption>") == 0, "table at byte " << pos);
  }
  // chart data, profiles, 3 stage tables, 1 findings table per input with findings, 5 rules
  // that fired, the rules without findings.
  BOOST_TEST(tables == 1 + 1 + 3 + 2 + 5 + 1);
  for (std::size_t pos = html.find("<th"); pos != std::string::npos;
       pos = html.find("<th", pos + 1)) {
    if (html.compare(pos, 6, "<thead") == 0) continue;
    BOOST_TEST((html.compare(pos, 15, "<th scope=\"col\"") == 0 ||
                html.compare(pos, 15, "<th scope=\"row\"") == 0),
               html.substr(pos, 30));
  }
}

BOOST_AUTO_TEST_CASE(findings_show_location_rule_source_and_origin) {
  const std::string html = render(test::awkward_report(), "de");
  BOOST_TEST(contains(
      html,
      "<tr><td class=\"sev sev-error\">Fehler</td><td class=\"num\">12:7</td>"
      "<td class=\"rule-id\"><code>xsd-valid</code></td><td class=\"msg\" lang=\"en\">Element "
      "&#39;{urn:x}c&#39; is not expected.\nExpected is one of"));
  BOOST_TEST(contains(html,
                      "<code>/Q{urn:x}a[1]/@b</code></td><td>XML Schema 1.1 Part 1 \u00a73.4.4"
                      "</td><td>xrechnung-ubl 3.0.2 (base)</td></tr>"));
  BOOST_TEST(contains(html, "<td class=\"num\">ganze Datei</td>"));
  BOOST_TEST(
      contains(html, "<tr><td>parse</td><td>bestanden</td><td class=\"num\">1.50</td></tr>"));
  BOOST_TEST(
      contains(html, "<tr><td>xsd</td><td>nicht bestanden</td><td class=\"num\">12.25</td>"));
  BOOST_TEST(contains(html, "<td class=\"num\">3</td>"));  // line without a column
  BOOST_TEST(contains(html, "<td>konform security limits</td><td>eingebaut</td>"));
  // Grouped by rule: the rule's title in German, each finding with its input.
  BOOST_TEST(contains(html,
                      "<h3><code>br-de-01</code> \u2014 <span>Verk\u00e4ufername und "
                      "-anschrift m\u00fcssen \u201eg\u00fcltig\u201c sein</span></h3>"));
  BOOST_TEST(contains(html, "<tr><td><code>in/deep.xml</code></td><td class=\"num\">4097:3</td>"));
  BOOST_TEST(contains(html, "<h3>Regeln ohne Befund</h3>"));
  BOOST_TEST(contains(
      html,
      "<tr><td class=\"rule-id\"><code>never-fired</code></td><td>Eine Regel ohne Befund</td>"));
  // The profile chain with version, level and hash.
  BOOST_TEST(
      contains(html,
               "<tr><td><code>kommune-m\u00fcnster</code></td><td>1.0</td><td>local"
               "</td><td></td><td><code>60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f"
               "558c11c752</code></td></tr>"));
  BOOST_TEST(contains(html,
                      "<p class=\"note\"><strong>unvollst\u00e4ndig:</strong> Stufe parse "
                      "abgebrochen;"));
}

BOOST_AUTO_TEST_CASE(profile_chain_shows_the_publisher) {
  Report report = test::awkward_report();
  report.profiles.back().publisher = "Stadt M\u00fcnster <Amt 10>";
  const std::string html = render(report, "de");
  BOOST_TEST(contains(html, "<th scope=\"col\">Herausgeber</th>"));
  BOOST_TEST(contains(html, "<td>local</td><td>Stadt M\u00fcnster &lt;Amt 10&gt;</td><td><code>"));
}

BOOST_AUTO_TEST_CASE(chart_counts_findings_by_level_and_severity) {
  const Report report = report_with_levels();
  const LevelCounts counts = count_by_level(report);
  // rows federal, state, municipal, other; columns error, warning, info
  BOOST_TEST((counts[0] == std::array<int, 3>{2, 0, 1}));
  BOOST_TEST((counts[1] == std::array<int, 3>{0, 1, 0}));
  BOOST_TEST((counts[2] == std::array<int, 3>{1, 2, 0}));
  BOOST_TEST((counts[3] == std::array<int, 3>{1, 0, 1}));

  const std::string html = render(report, "de");
  BOOST_TEST(contains(html,
                      "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title "
                      "chart-desc\""));
  BOOST_TEST(
      contains(html, "<title id=\"chart-title\">Befunde nach Ebene und Schweregrad</title>"));
  for (const std::string_view level :
       {">Bund</text>", ">Land</text>", ">Kommune</text>", ">Sonstige</text>"}) {
    BOOST_TEST(contains(html, level));
  }
  // The biggest count gets the full bar width; every count is written out as text.
  BOOST_TEST(contains(html, "<rect class=\"bar-error\" x=\"250\" y=\"6\" width=\"380\""));
  BOOST_TEST(contains(html, "<rect class=\"bar-info\" x=\"250\" y=\"50\" width=\"190\""));
  BOOST_TEST(contains(html,
                      "<tr><th scope=\"row\">Kommune</th><td class=\"num\">1</td><td "
                      "class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\">3</td>"));
  BOOST_TEST(contains(html,
                      "<tfoot><tr><th scope=\"row\">Summe</th><td class=\"num\">4</td><td "
                      "class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">9</td>"));
  const std::string english = render(report, "en");
  BOOST_TEST(contains(english, ">federal</text>"));
  BOOST_TEST(contains(english, "<title id=\"chart-title\">Findings by level and severity</title>"));
}

BOOST_AUTO_TEST_CASE(stage_times_print_with_two_decimals_whatever_the_clock_said) {
  Report report;
  InputResult input;
  input.path = "a.xml";
  input.stages = {{"parse", StageStatus::kPassed, 0.025788},
                  {"xsd", StageStatus::kPassed, -1},
                  {"huge", StageStatus::kPassed, 1e300}};
  report.inputs.push_back(input);
  finish(report);
  const std::string html = render(report, "en");
  BOOST_TEST(contains(html, "<tr><td>parse</td><td>passed</td><td class=\"num\">0.03</td></tr>"));
  BOOST_TEST(contains(html, "<tr><td>xsd</td><td>passed</td><td class=\"num\">0.00</td></tr>"));
  BOOST_TEST(contains(html, "<tr><td>huge</td><td>passed</td><td class=\"num\">1e+300</td></tr>"));
}

BOOST_AUTO_TEST_CASE(empty_report_renders_a_complete_page) {
  Report report;
  finish(report);
  const std::string html = render(report, "de");
  BOOST_TEST(nesting_error(html) == "");
  BOOST_TEST(contains(html, "data-verdict=\"incomplete\""));
  BOOST_TEST(contains(html, "<p>Keine Eingaben gepr\u00fcft.</p>"));
  BOOST_TEST(contains(html, "<p>Kein Profil angegeben.</p>"));
  BOOST_TEST(contains(html, "<p>Keine Regel hat angeschlagen.</p>"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
