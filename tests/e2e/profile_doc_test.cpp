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

void check_golden(const std::string& format, const std::string& golden_name) {
  auto r =
      run_konform({"profile", "doc", (source_dir() / "tests/e2e/data/auftrag-profile").string(),
                   "--as-of", "2026-06-01", "--format", format});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  konform::test::check_golden(r.out, "profile-doc", golden_name);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_doc)

BOOST_AUTO_TEST_CASE(markdown_matches_its_golden_file) { check_golden("markdown", "auftrag.md"); }

BOOST_AUTO_TEST_CASE(html_matches_its_golden_file) { check_golden("html", "auftrag.html"); }

BOOST_AUTO_TEST_CASE(html_is_self_contained) {
  auto r =
      run_konform({"profile", "doc", (source_dir() / "tests/e2e/data/auftrag-profile").string(),
                   "--as-of", "2026-06-01", "--format", "html"});
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

BOOST_AUTO_TEST_CASE(titles_are_whole_sentences_without_empty_values) {
  // A title comes from the rule's message: a computed value stands as "…", never as '' or (),
  // and nothing is cut (FED-A11Y-002's sentence is longer than 160 bytes).
  auto r = run_konform({"profile", "doc", (source_dir() / "profiles/de/sn/musterstadt").string(),
                        "--as-of", "2026-11-02"});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  for (std::string_view expected :
       {"| FED-ARCH-003 | error | The licence '\u2026' is not an SPDX licence expression",
        "| Die Lizenz '\u2026' ist kein SPDX-Lizenzausdruck",
        "| xdemo-beginn-nach-erstellung | error | Der Beginn (\u2026) darf",
        "accessibility.feedbackUrl must be http(s) URLs (declared, not verified). |"}) {
    BOOST_TEST(r.out.find(expected) != std::string::npos, expected);
  }
  BOOST_TEST(r.out.find("''") == std::string::npos);
  BOOST_TEST(r.out.find("()") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
