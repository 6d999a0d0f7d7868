// `konform codelist show|check|fetch` as the renderers write them from hand-built values: a list's
// first rows (with and without code and description columns), a check's warnings, errors and
// summary, a fetched list and the warning for a copy fetched again.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "reports/code_list_renderers.h"

namespace konform::reports {
namespace {

BOOST_AUTO_TEST_SUITE(code_list_renderers)

BOOST_AUTO_TEST_CASE(an_excerpt_shows_the_first_rows_and_counts_the_rest) {
  const CodeListExcerpt excerpt{"Staat",
                                "Staatsangehörigkeit",
                                "urn:xoev-de:bund:staat",
                                "2024-01-01",
                                "/p/codelists/staat.xml",
                                5,
                                "code",
                                {{"000", "deutsch"}, {"121", "albanisch"}}};
  std::ostringstream out;
  render_code_list_excerpt_text(excerpt, out);
  BOOST_TEST(out.str() ==
             "Staat (Staatsangehörigkeit)\n"
             "  uri:      urn:xoev-de:bund:staat\n"
             "  version:  2024-01-01\n"
             "  file:     /p/codelists/staat.xml\n"
             "  rows:     5\n"
             "  code col: code\n"
             "    000  deutsch\n"
             "    121  albanisch\n"
             "    … 3 more\n");
}

BOOST_AUTO_TEST_CASE(a_list_without_code_or_description_column_shows_empty_rows) {
  const CodeListExcerpt excerpt{"L", "Liste", "urn:l", "1", "l.xml", 1, std::nullopt, {{"", {}}}};
  std::ostringstream out;
  render_code_list_excerpt_text(excerpt, out);
  BOOST_TEST(
      out.str() ==
      "L (Liste)\n  uri:      urn:l\n  version:  1\n  file:     l.xml\n  rows:     1\n    \n");
}

BOOST_AUTO_TEST_CASE(a_check_lists_warnings_and_errors_then_counts) {
  const std::vector<CodeListFileCheck> files{
      {"a.xml", {"row 3 repeats key 01", "no LongName"}, std::nullopt},
      {"b.xml", {}, "b.xml:4:7: not genericode"},
      {"c.xml", {}, std::nullopt}};
  std::ostringstream out;
  render_code_list_check_text(files, out);
  BOOST_TEST(out.str() ==
             "a.xml: warning: row 3 repeats key 01\n"
             "a.xml: warning: no LongName\n"
             "b.xml:4:7: not genericode\n"
             "konform: 3 code lists checked, 1 with errors\n");
}

BOOST_AUTO_TEST_CASE(a_fetched_list_and_why_it_was_fetched_again) {
  registry::FetchedCodeList fetched{"urn:xoev-de:xbau:codeliste:baustoff",
                                    "2.0",
                                    "/p/codelists/baustoff_2.0.xml",
                                    "ab12",
                                    false,
                                    "its SHA-256 is not the recorded one",
                                    "SHA-256 weicht ab"};
  std::ostringstream out;
  std::ostringstream warning;
  render_fetched_code_list_text(fetched, out);
  render_refetch_warning_text(fetched, warning);
  BOOST_TEST(out.str() ==
             "konform: fetched urn:xoev-de:xbau:codeliste:baustoff 2.0\n"
             "  /p/codelists/baustoff_2.0.xml\n  sha256 ab12\n");
  BOOST_TEST(warning.str() ==
             "konform: warning: /p/codelists/baustoff_2.0.xml: its SHA-256 is not the recorded "
             "one; fetched again\n");
  fetched.was_there = true;
  fetched.refetched_because.clear();
  std::ostringstream again;
  std::ostringstream no_warning;
  render_fetched_code_list_text(fetched, again);
  render_refetch_warning_text(fetched, no_warning);
  BOOST_TEST(again.str().starts_with("konform: already there: urn:xoev-de:xbau"));
  BOOST_TEST(no_warning.str().empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
