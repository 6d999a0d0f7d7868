// The procurement comparison of issue 23, end to end: four candidates against de.sn.musterstadt
// — the shipped example, a copy of it with `isms: none`, and two real publiccode.yml files from
// ../shared/servicedefs — as the German and the English html page. The rules where the
// candidates differ come first, each failed cell opens to its finding on the offending YAML line,
// engine rules that fired nowhere are left out, and a rule the plain publiccode.yml files give
// nothing to look at is "not assessable", never "met". Both pages are golden files
// (tests/golden/compare-procurement/); konform runs in the folder of the candidates, so the page
// names them as a user would.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <regex>

#include "tests/support/chromium.h"
#include "tests/support/files.h"
#include "tests/support/golden.h"
#include "tests/support/pdf_pages.h"
#include "tests/support/process.h"
#include "tests/support/procurement_candidates.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

/// The page, also written to `dir`/`page` (to look at, or to render to an image).
std::string compare_page(const std::vector<std::string>& candidates, const std::string& lang,
                         const fs::path& dir, const std::string& page) {
  std::vector<std::string> args = {
      "compare",  "--profile", "de.sn.musterstadt", "--as-of", "2026-11-01", "--lang", lang,
      "--format", "html",      "--output",          page};
  args.insert(args.end(), candidates.begin(), candidates.end());
  auto r = run_konform(args, "", dir);
  // All four conform: what differs between them are warnings, which the verdict does not count.
  BOOST_TEST(r.exit_code == 0, r.out << r.err);
  return read_text(dir / page);
}

/// The data-state of each cell in the matrix row of `rule` (empty when the row is missing).
std::vector<std::string> matrix_states(const std::string& page, const std::string& rule) {
  const std::size_t matrix = page.find("<section id=\"matrix\">");
  const std::size_t row = page.find("<code class=\"rule-id\">" + rule + "</code>", matrix);
  if (matrix == std::string::npos || row == std::string::npos) return {};
  const std::string cells = page.substr(row, page.find("</tr>", row) - row);
  std::vector<std::string> states;
  const std::regex state("data-state=\"([a-z-]+)\"");
  for (std::sregex_iterator it(cells.begin(), cells.end(), state), end; it != end; ++it)
    states.push_back((*it)[1]);
  return states;
}

/// The line of `key` in a YAML file (1-based; 0 when absent).
int line_of(const fs::path& file, const std::string& key) {
  std::ifstream in(file);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find(key) != std::string::npos) return n;
  }
  return 0;
}

/// The rows (from "<tr" to "</tr>") of the differences' group `css` (tbody class level-<css>).
std::vector<std::string> difference_rows(const std::string& page, const std::string& css) {
  const std::size_t section = page.find("<section id=\"differences\">");
  const std::size_t matrix = page.find("<section id=\"matrix\">");
  const std::size_t group = page.find("<tbody class=\"level-" + css + "\">", section);
  if (group == std::string::npos || group > matrix) return {};
  const std::string body = page.substr(group, page.find("</tbody>", group) - group);
  std::vector<std::string> rows;
  for (std::size_t at = body.find("<tr><td>"); at != std::string::npos;
       at = body.find("<tr><td>", at + 1)) {
    rows.push_back(body.substr(at, body.find("</tr>", at) - at));
  }
  return rows;
}

/// Every rule title on the page (the text of each span.rule-title).
std::vector<std::string> rule_titles(const std::string& page) {
  std::vector<std::string> titles;
  const std::regex title("<span class=\"rule-title\"[^>]*>([^<]*)</span>");
  for (std::sregex_iterator it(page.begin(), page.end(), title), end; it != end; ++it)
    titles.push_back((*it)[1]);
  return titles;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(compare_procurement)

BOOST_AUTO_TEST_CASE(four_candidates_differences_first_each_failure_explained) {
  const fs::path dir = output_dir("e2e-compare-procurement");
  const auto candidates = four_candidates(dir);
  const std::string german = compare_page(candidates, "de", dir, "vergleich.html");
  const std::string english = compare_page(candidates, "en", dir, "comparison.html");
  check_golden(german, "compare-procurement", "vergleich.html");
  check_golden(english, "compare-procurement", "comparison.html");

  for (const auto& [page, heading] :
       {std::pair{german, std::string("Wo sich die Kandidaten unterscheiden")},
        std::pair{english, std::string("Where the candidates differ")}}) {
    const std::size_t differences = page.find("<h2>" + heading + "</h2>");
    const std::size_t matrix = page.find("<section id=\"matrix\">");
    BOOST_TEST_REQUIRE(differences != std::string::npos);
    BOOST_TEST(differences < matrix);
    const std::string first = page.substr(differences, matrix - differences);
    // The broken copy fails FED-SEC-001 alone; the real files fail the publiccode rules.
    BOOST_TEST(first.find(">FED-SEC-001<") != std::string::npos);
    BOOST_TEST(first.find(">PUBLICCODE-VERSION-LATEST<") != std::string::npos);
    BOOST_TEST(first.find(">xsd-valid<") == std::string::npos);  // the same for all four
    // No engine rule fired: none is listed anywhere.
    BOOST_TEST(page.find("internal-error") == std::string::npos);
    BOOST_TEST(page.find("input-too-large") == std::string::npos);
  }

  // The broken copy's failure opens to its finding on the line of `isms: none`.
  const int isms = line_of(dir / candidates[1] / "konform-service.yml", "isms: none");
  BOOST_TEST_REQUIRE(isms > 1);
  const std::string place = candidates[1] + "/konform-service.yml:" + std::to_string(isms) + ":";
  BOOST_TEST(count(german, "<li><code>" + place) == 2u);  // in the differences and the matrix
  BOOST_TEST(german.find("Der Betreiber soll ein ISMS") != std::string::npos);
  BOOST_TEST(english.find("<li><code>" + place) != std::string::npos);
  BOOST_TEST(english.find("The operator should run an ISMS") != std::string::npos);
  BOOST_TEST(english.find("Der Betreiber soll ein ISMS") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(rules_the_publiccode_files_give_nothing_to_look_at_are_not_assessable) {
  const fs::path dir = output_dir("e2e-compare-procurement-assessable");
  const auto candidates = four_candidates(dir);
  const std::string german = compare_page(candidates, "de", dir, "vergleich.html");
  const std::string english = compare_page(candidates, "en", dir, "comparison.html");
  // Not online, not DVS hosted, no payment, no codes, no XML: nothing to assess, nothing "met".
  for (const char* rule :
       {"FED-A11Y-001", "FED-DVS-001", "MUN-PAY-001", "codelist-unknown-code", "xml-wellformed"}) {
    for (const std::string* page : {&german, &english}) {
      const auto states = matrix_states(*page, rule);
      BOOST_REQUIRE_MESSAGE(states.size() == 4u, rule);
      BOOST_TEST(states[2] == "not-assessable", rule);
      BOOST_TEST(states[3] == "not-assessable", rule);
    }
  }
  // The shipped example declares what these look at: there they are met.
  BOOST_TEST(matrix_states(german, "FED-A11Y-001")[0] == "pass");
  BOOST_TEST(matrix_states(german, "xml-wellformed")[0] == "pass");
  BOOST_TEST(matrix_states(german, "codelist-unknown-code")[0] == "pass");
  // In words, in the page's language, and explained in the legend.
  BOOST_TEST(count(german, "nicht bewertbar</td>") >= 10u);
  BOOST_TEST(count(english, "not assessable</td>") >= 10u);
  BOOST_TEST(german.find("Der Kandidat macht keine Angaben, die die Regel pr\u00fcft") !=
             std::string::npos);
  BOOST_TEST(english.find("The candidate declares nothing the rule looks at") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(failures_come_first_among_the_differences) {
  const fs::path dir = output_dir("e2e-compare-procurement-failures-first");
  const auto candidates = four_candidates(dir);
  for (const auto& [lang, failed_heading, other_heading] :
       {std::tuple{"de", "Von mindestens einem Kandidaten nicht erf\u00fcllt",
                   "Weitere Unterschiede"},
        std::tuple{"en", "Not met by at least one candidate", "Other differences"}}) {
    const std::string page = compare_page(candidates, lang, dir, std::string(lang) + ".html");
    const auto failed = difference_rows(page, "failed");
    const auto other = difference_rows(page, "differing");
    BOOST_TEST_REQUIRE(!failed.empty(), lang);
    BOOST_TEST_REQUIRE(!other.empty(), lang);  // not assessable for some candidates only
    for (const auto& row : failed) BOOST_TEST(row.find("data-state=\"fail\"") != std::string::npos);
    for (const auto& row : other) BOOST_TEST(row.find("data-state=\"fail\"") == std::string::npos);
    const std::size_t failed_at = page.find(failed_heading);
    const std::size_t other_at = page.find(other_heading);
    BOOST_TEST(failed_at < other_at, lang);
    BOOST_TEST(other_at < page.find("<section id=\"matrix\">"), lang);
  }
}

BOOST_AUTO_TEST_CASE(rule_titles_are_the_declared_sentences_in_the_page_language) {
  const fs::path dir = output_dir("e2e-compare-procurement-titles");
  const auto candidates = four_candidates(dir);
  const std::string german = compare_page(candidates, "de", dir, "vergleich.html");
  const std::string english = compare_page(candidates, "en", dir, "comparison.html");
  BOOST_TEST(german.find(">Der Betreiber betreibt ein ISMS auf Basis von BSI IT-Grundschutz.<") !=
             std::string::npos);
  BOOST_TEST(english.find(">The operator runs an ISMS based on BSI IT-Grundschutz.<") !=
             std::string::npos);
  for (const std::string* page : {&german, &english}) {
    const auto titles = rule_titles(*page);
    BOOST_TEST_REQUIRE(titles.size() > 50u);
    for (const auto& title : titles) {
      // Whole sentences: nothing computed left as "…", '' or (), nothing cut mid-word.
      BOOST_TEST(title.find("\u2026") == std::string::npos, title);
      BOOST_TEST(title.find("''") == std::string::npos, title);
      BOOST_TEST(title.find("()") == std::string::npos, title);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_comparison_prints_to_pdf_with_the_verdict_on_page_one) {
  const fs::path dir = output_dir("e2e-compare-procurement-pdf");
  const auto candidates = four_candidates(dir);
  std::vector<std::string> args = {
      "compare",  "--profile", "de.sn.musterstadt", "--as-of",      "2026-11-01", "--lang", "de",
      "--format", "pdf",       "--output",          "vergleich.pdf"};
  args.insert(args.end(), candidates.begin(), candidates.end());
  const auto r = run_konform(args, "", dir);
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.out << r.err);
  const auto pages = pdf_pages_as_png(dir / "vergleich.pdf", dir / "vergleich-page");
  BOOST_TEST(pages.size() > 1u, pages.size() << " pages");
  const std::string first = pdf_page_text(dir / "vergleich.pdf", 1);
  BOOST_TEST(first.find("Gesamtergebnis") != std::string::npos, first);
  BOOST_TEST(first.find("konform") != std::string::npos, first);
  BOOST_TEST(first.find("Seite 1 von " + std::to_string(pages.size())) != std::string::npos, first);
}

BOOST_AUTO_TEST_CASE(screenshots_of_both_languages) {
  // For the closing note: the four-candidate page as a reader sees it, in German and in
  // English, under <build>/screenshots/ (kept; every run overwrites them).
  const fs::path dir = output_dir("e2e-compare-procurement-screenshots");
  const fs::path screenshots = fs::path(KONFORM_BINARY_DIR) / "screenshots";
  fs::create_directories(screenshots);
  const auto candidates = four_candidates(dir);
  for (const std::string lang : {"de", "en"}) {
    compare_page(candidates, lang, dir, "compare-" + lang + ".html");
    const fs::path png = screenshots / ("compare-procurement-" + lang + ".png");
    fs::remove(png);
    run_chromium(dir, "screenshot-" + lang,
                 {"--screenshot=" + png.string(), "--window-size=1400,2400", "--hide-scrollbars"},
                 dir / ("compare-" + lang + ".html"));
    BOOST_TEST_REQUIRE(fs::is_regular_file(png), png);
    // A blank page compresses to a few kilobytes; the rendered comparison is far bigger.
    BOOST_TEST(fs::file_size(png) > 50000u, png << ": " << fs::file_size(png) << " bytes");
  }
}

BOOST_AUTO_TEST_SUITE_END()
