// `konform profile doc`: the catalogue of the fixture profile (tests/e2e/data/auftrag-profile)
// in both formats, compared byte for byte with tests/golden/profile-doc/. After an intended
// change, regenerate with KONFORM_UPDATE_GOLDEN=1 build-<you>/tests/e2e_tests
// --run_test=profile_doc and review the diff.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tests/support/files.h"
#include "tests/support/golden.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

void check_doc_golden(const std::string& format, const std::string& golden_name,
                      const std::vector<std::string>& lang = {}) {
  std::vector<std::string> args = {
      "profile", "doc",        (source_dir() / "tests/e2e/data/auftrag-profile").string(),
      "--as-of", "2026-06-01", "--format",
      format};
  args.insert(args.end(), lang.begin(), lang.end());
  auto r = run_konform(args);
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  konform::test::check_golden(r.out, "profile-doc", golden_name);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_doc)

BOOST_AUTO_TEST_CASE(markdown_matches_its_golden_file) {
  check_doc_golden("markdown", "auftrag.md");
}

BOOST_AUTO_TEST_CASE(html_matches_its_golden_file) {
  check_doc_golden("html", "auftrag.html", {"--lang", "en"});
}

// German is the html page's default, as for validate and compare; Markdown's is English.
BOOST_AUTO_TEST_CASE(german_html_and_markdown_match_their_golden_files) {
  check_doc_golden("html", "auftrag.de.html");
  check_doc_golden("markdown", "auftrag.de.md", {"--lang", "de"});
}

BOOST_AUTO_TEST_CASE(html_is_self_contained) {
  auto r =
      run_konform({"profile", "doc", (source_dir() / "tests/e2e/data/auftrag-profile").string(),
                   "--as-of", "2026-06-01", "--format", "html", "--lang", "en"});
  BOOST_REQUIRE_EQUAL(r.exit_code, 0);
  for (std::string_view forbidden : {"<script", "http://", "https://", "<link", "src="}) {
    BOOST_TEST(r.out.find(forbidden) == std::string::npos, forbidden);
  }
  BOOST_TEST(r.out.find("<html lang=\"en\">") != std::string::npos);
  BOOST_TEST(r.out.find("<th scope=\"col\">") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(output_goes_to_the_named_file_and_the_chain_is_resolved) {
  const fs::path out = output_dir("e2e-profile-doc") / "musterstadt.md";
  auto r = run_konform({"profile", "doc", (source_dir() / "profiles/de/sn/musterstadt").string(),
                        "--as-of", "2026-11-02", "--output", out.string()});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.empty());
  const std::string doc = read_text(out);
  for (std::string_view expected :
       {"| de.bund | 1.0.0 | federal |", "| de.sn | 1.0.0 | state |",
        "| xdemo.gewerbe.anmeldung.0100<br>Gewerbeanmeldung (XDemo Gewerbe 1.0) |",
        "| codelist-name-mismatch | info |", "| xdemo-autor-ungleich-leser | warning |",
        "| urn:xoev-de:musterstadt:codeliste:rechtsform | 2.0 | rechtsform | 2027-01-01 |"}) {
    BOOST_TEST(doc.find(expected) != std::string::npos, expected);
  }
}

BOOST_AUTO_TEST_CASE(titles_are_the_declared_sentences_in_their_columns) {
  // Every shipped rule declares its title in both languages (konform:title, konform:title-de):
  // whole sentences, nothing computed left as "…", '' or (), nothing cut; the German one under
  // "Titel (deutsch)", each language's title in its own column.
  for (const std::string lang : {"en", "de"}) {
    auto r = run_konform({"profile", "doc", (source_dir() / "profiles/de/sn/musterstadt").string(),
                          "--as-of", "2026-11-02", "--lang", lang});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    const std::string english = "The licence is an SPDX licence expression.";
    const std::string german = "Die Lizenz ist ein SPDX-Lizenzausdruck.";
    const std::string row = lang == "en"
                                ? "| FED-ARCH-003 | error | " + english + " | " + german + " |"
                                : "| FED-ARCH-003 | Fehler | " + german + " | " + english + " |";
    BOOST_TEST(r.out.find(row) != std::string::npos, row);
    BOOST_TEST(r.out.find(lang == "en"
                              ? "| Title (English) | Titel (deutsch) |"
                              : "| Titel (deutsch) | Title (English) |") != std::string::npos);
    BOOST_TEST(r.out.find("''") == std::string::npos);
    BOOST_TEST(r.out.find("()") == std::string::npos);
    BOOST_TEST(r.out.find("\u2026") == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(summary_per_level_counts_rules_and_bindings) {
  auto r = run_konform({"profile", "doc", (source_dir() / "profiles/de/sn/musterstadt").string(),
                        "--as-of", "2026-11-02", "--lang", "en"});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::size_t at = r.out.find("## Summary by level");
  BOOST_TEST_REQUIRE(at != std::string::npos);
  const std::string summary = r.out.substr(at, r.out.find("## Document types") - at);
  // de.sn.musterstadt brings the XDemo rules and the municipal ones (MUN-*): 4 + 5.
  BOOST_TEST(summary.find("| de.sn.musterstadt | municipal | 9 |") != std::string::npos, summary);
  BOOST_TEST(summary.find("| de.sn | state | 6 |") != std::string::npos, summary);
  BOOST_TEST(summary.find("| konform (built in) | — |") != std::string::npos, summary);
  // Error-level rules are binding where they are defined; the municipal profile's lowering of
  // codelist-name-mismatch to info is binding at info below it.
  BOOST_TEST(summary.find("| 3 × at least error<br>1 × at least info |") != std::string::npos,
             summary);
}

BOOST_AUTO_TEST_CASE(long_rule_ids_stay_whole_in_a_scrolling_table) {
  auto r = run_konform({"profile", "doc", (source_dir() / "profiles/de/sn/musterstadt").string(),
                        "--as-of", "2026-11-02", "--format", "html"});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("overflow-wrap: anywhere") == std::string::npos);
  BOOST_TEST(r.out.find("th[scope=\"row\"] > code { white-space: nowrap; }") != std::string::npos);
  // The region scrolls with the keyboard too: it takes focus and is named by the caption.
  BOOST_TEST(r.out.find("<div class=\"scroll\" role=\"region\" tabindex=\"0\" "
                        "aria-labelledby=\"rules-caption\">\n<table>\n<caption "
                        "id=\"rules-caption\">Jede Regel") != std::string::npos);
  // The source of a rule without @see is printed once: file and line.
  BOOST_TEST(r.out.find("rules/xdemo-gewerbe.sch (") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
