// --lang de|en is complete: what konform says itself (severities, headings, column headings,
// captions, legends, summaries) is in the asked language in validate's text and html, compare's
// html and profile doc's html and Markdown. Data keeps its language (a German rule title on the
// English catalogue's "Titel (deutsch)" column, a German profile title), so the test looks only at
// the words konform writes itself: the text format's severity and summary, and in html the
// title, headings, captions, column and group headings, legend terms and the footer, leaving out
// anything marked with another lang.
#include <boost/test/unit_test.hpp>

#include <regex>
#include <sstream>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/procurement_candidates.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

// Words of one language that must not appear in a page of the other (whole words, any case for
// the severities as text formats print them lower-case).
const std::vector<std::string> kEnglishWords = {
    "error",    "errors",        "warning",       "warnings",        "info",
    "Rule",     "Rules",         "Verdict",       "Severity",        "Title",
    "Source",   "Profile chain", "Document type", "Document types",  "Input",
    "Inputs",   "Level",         "Candidates",    "Result",          "Legend",
    "Findings", "Page",          "Publisher",     "Origin",          "Set by",
    "Binding",  "Code lists",    "Applies",       "Validation date", "conformant",
    "Summary"};
const std::vector<std::string> kGermanWords = {
    "Fehler",        "Warnung",       "Warnungen", "Hinweis",
    "Hinweise",      "Regel",         "Regeln",    "Ergebnis",
    "Schwere",       "Titel",         "Quelle",    "Profilkette",
    "Dokumenttyp",   "Dokumenttypen", "Eingabe",   "Eingaben",
    "Ebene",         "Kandidaten",    "Legende",   "Befunde",
    "Seite",         "Herausgeber",   "Herkunft",  "Verbindlich",
    "Codelisten",    "Gilt",          "Stichtag",  "konform-Pr\u00fcfbericht",
    "Gesamtergebnis"};

/// The words of `words` found in `text` as whole words.
std::vector<std::string> found(const std::string& text, const std::vector<std::string>& words) {
  std::vector<std::string> hits;
  for (const auto& word : words) {
    const std::regex whole("(^|[^A-Za-z\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc\u00df-])" + word +
                           "($|[^A-Za-z\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc\u00df-])");
    if (std::regex_search(text, whole)) hits.push_back(word);
  }
  return hits;
}

/// What an html page says itself: the text of its title, headings, captions, column and group
/// headings, legend terms and footer, without elements marked with a lang attribute and without
/// code (ids, paths).
std::string own_words(const std::string& page) {
  std::string text;
  const std::regex element(
      "<(title|h1|h2|h3|caption|dt|footer|th scope=\"col\"|th scope=\"rowgroup\"[^>]*)>"
      "([\\s\\S]*?)</(title|h1|h2|h3|caption|dt|footer|th)>");
  for (std::sregex_iterator it(page.begin(), page.end(), element), end; it != end; ++it) {
    std::string inner = (*it)[2];
    inner = std::regex_replace(inner, std::regex("<code[^>]*>[\\s\\S]*?</code>"), " ");
    inner = std::regex_replace(inner, std::regex("<[^>]+>"), " ");
    text += inner + "\n";
  }
  return text;
}

/// What a Markdown catalogue says itself: headings, table heading rows and the prose lines
/// between sections (not the table bodies, which hold the data).
std::string own_markdown_words(const std::string& doc) {
  std::string text;
  std::istringstream in(doc);
  std::string previous;
  for (std::string line; std::getline(in, line); previous = line) {
    // The two title columns are named each in its own language on purpose.
    for (const std::string pair : {"Titel (deutsch)", "Title (English)"}) {
      const std::size_t at = previous.find(pair);
      if (at != std::string::npos) previous.erase(at, pair.size());
    }
    if (line.rfind("|---", 0) == 0) text += previous + "\n";
    if (line.rfind("#", 0) == 0) text += line + "\n";
  }
  return text;
}

void check(const std::string& what, const std::string& lang, const std::string& own) {
  BOOST_TEST_REQUIRE(!own.empty(), what);
  const auto hits = found(own, lang == "de" ? kEnglishWords : kGermanWords);
  std::string list;
  for (const auto& hit : hits) list += " " + hit;
  BOOST_TEST(hits.empty(), what << " (" << lang << ") says" << list << " in the other language:\n"
                                << own);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(language)

BOOST_AUTO_TEST_CASE(validate_text_and_html_are_in_one_language) {
  const fs::path dir = output_dir("e2e-language-validate");
  const auto candidates = four_candidates(dir);
  for (const std::string lang : {"de", "en"}) {
    // The broken copy: a warning finding, so a severity word is printed.
    const auto text = run_konform({"validate", "--profile", "de.sn.musterstadt", "--as-of",
                                   "2026-11-01", "--lang", lang, candidates[1]},
                                  "", dir);
    BOOST_TEST_REQUIRE(text.exit_code == 0, text.out << text.err);
    // Only what the renderer says: the severity of each finding line and the summary lines.
    std::string own;
    const std::regex finding(": ([^:\\[]+): \\[");
    for (std::sregex_iterator it(text.out.begin(), text.out.end(), finding), end; it != end; ++it)
      own += (*it)[1].str() + "\n";
    std::istringstream lines(text.out);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("konform: ", 0) == 0) own += line.substr(0, line.find('[')) + "\n";
    }
    BOOST_TEST(own.find(lang == "de" ? "Warnung" : "warning") != std::string::npos, own);
    check("validate text", lang, own);

    const auto html = run_konform({"validate", "--profile", "de.sn.musterstadt", "--as-of",
                                   "2026-11-01", "--lang", lang, "--format", "html", candidates[1]},
                                  "", dir);
    BOOST_TEST_REQUIRE(html.exit_code == 0, html.err);
    check("validate html", lang, own_words(html.out));
  }
}

BOOST_AUTO_TEST_CASE(compare_html_is_in_one_language) {
  const fs::path dir = output_dir("e2e-language-compare");
  const auto candidates = four_candidates(dir);
  for (const std::string lang : {"de", "en"}) {
    std::vector<std::string> args = {"compare", "--profile",  "de.sn.musterstadt",
                                     "--as-of", "2026-11-01", "--lang",
                                     lang,      "--format",   "html"};
    args.insert(args.end(), candidates.begin(), candidates.end());
    const auto r = run_konform(args, "", dir);
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    check("compare html", lang, own_words(r.out));
  }
}

BOOST_AUTO_TEST_CASE(profile_doc_html_and_markdown_are_in_one_language) {
  for (const std::string lang : {"de", "en"}) {
    for (const std::string format : {"html", "markdown"}) {
      const auto r =
          run_konform({"profile", "doc", (source_dir() / "profiles/de/sn/musterstadt").string(),
                       "--as-of", "2026-11-02", "--lang", lang, "--format", format});
      BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
      check("profile doc " + format, lang,
            format == "html" ? own_words(r.out) : own_markdown_words(r.out));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
