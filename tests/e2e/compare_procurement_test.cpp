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

#include "tests/support/files.h"
#include "tests/support/golden.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

/// The four candidate folders (or files), prepared under the build folder, as paths relative to
/// `dir` (the real publiccode.yml files are copied there, so the page names no machine's folder).
std::vector<std::string> four_candidates(const fs::path& dir) {
  const fs::path example = source_dir() / "profiles/de/sn/musterstadt/examples/servicedef";
  const fs::path shipped = dir / "beispiel";
  const fs::path broken = dir / "kaputt";
  fs::remove_all(shipped);
  fs::remove_all(broken);
  fs::copy(example, shipped, fs::copy_options::recursive);
  fs::copy(example, broken, fs::copy_options::recursive);
  std::string definition = read_text(broken / "konform-service.yml");
  const std::size_t isms = definition.find("isms: ");
  BOOST_TEST_REQUIRE(isms != std::string::npos);
  definition.replace(isms, definition.find('\n', isms) - isms, "isms: none");
  std::ofstream(broken / "konform-service.yml", std::ios::binary) << definition;
  std::vector<std::string> candidates = {"beispiel", "kaputt"};
  for (const char* real :
       {"bund-elterngeldrechner.publiccode.yml", "muenchen-mucgpt.publiccode.yml"}) {
    fs::copy_file(shared_dir() / "servicedefs" / real, dir / real,
                  fs::copy_options::overwrite_existing);
    candidates.emplace_back(real);
  }
  return candidates;
}

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

BOOST_AUTO_TEST_SUITE_END()
