// The words files (reports/words/*.tsv) against the structs they fill (reports/words_file.h):
// words_from() goes by position, so each file must name its struct's members in the struct's
// order, an array member once per element, and give both languages on every row. A member added
// to a struct without its row, a row without its member, or two rows swapped fail here.
#include <boost/test/unit_test.hpp>

#include <array>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "reports/words_file.h"
#include "tests/support/test_paths.h"

namespace konform::reports {
namespace {

/// The members of `struct_name` as `source` (a path below the repository's root) declares them,
/// an array member once per element; a member of another type fails the test, as words_from()
/// fills nothing but string_views.
std::vector<std::string> declared_members(const std::string& source,
                                          const std::string& struct_name) {
  std::ifstream in(test::source_dir() / source);
  std::stringstream text;
  text << in.rdbuf();
  const std::string all = text.str();
  const std::size_t start = all.find("\nstruct " + struct_name + " {\n");
  BOOST_REQUIRE_MESSAGE(start != std::string::npos, source << " declares no " << struct_name);
  std::istringstream body(all.substr(start + 1, all.find("\n};", start) - start));
  static const std::regex kMember(
      R"(\s*std::(?:string_view|array<std::string_view, (\d+)>) (\w+);(\s*///<.*)?)");
  std::vector<std::string> members;
  std::string line;
  std::getline(body, line);  // struct ... {
  while (std::getline(body, line)) {
    if (line.find(';') == std::string::npos) continue;
    std::smatch match;
    if (!std::regex_match(line, match, kMember)) {
      BOOST_ERROR(struct_name << " has a member words_from() cannot fill: " << line);
      continue;
    }
    const int count = match[1].matched ? std::stoi(match[1].str()) : 1;
    for (int i = 0; i < count; ++i) members.push_back(match[2].str());
  }
  return members;
}

std::vector<std::string> row_names(std::string_view file) {
  std::vector<std::string> names;
  for (const WordsRow& row : words_rows(file)) names.emplace_back(row.name);
  return names;
}

void check_words_file(std::string_view file, const std::string& source,
                      const std::string& struct_name) {
  const std::vector<std::string> members = declared_members(source, struct_name);
  BOOST_TEST(!members.empty());
  BOOST_TEST(row_names(file) == members, boost::test_tools::per_element());
  for (const WordsRow& row : words_rows(file)) {
    BOOST_TEST(!row.german.empty(), row.name << " has no German");
    BOOST_TEST(!row.english.empty(), row.name << " has no English");
    BOOST_TEST(row.english.find('\t') == std::string_view::npos, row.name << " has a fourth field");
  }
}

BOOST_AUTO_TEST_SUITE(words_files)

BOOST_AUTO_TEST_CASE(rows_skip_comments_and_blank_lines_and_split_at_tabs) {
  const auto rows = words_rows("# a comment\nname\tWort\tword\n\nother\tzwei Worte\ttwo words");
  BOOST_REQUIRE_EQUAL(rows.size(), 2u);
  BOOST_TEST(rows[0].name == "name");
  BOOST_TEST(rows[0].german == "Wort");
  BOOST_TEST(rows[0].english == "word");
  BOOST_TEST(rows[1].name == "other");
  BOOST_TEST(rows[1].german == "zwei Worte");
  BOOST_TEST(rows[1].english == "two words");
}

struct TwoMembers {
  std::string_view first;
  std::array<std::string_view, 2> pair;
};

BOOST_AUTO_TEST_CASE(words_from_fills_the_members_in_order_in_either_language) {
  constexpr std::string_view kFile = "first\teins\tone\npair\tzwei\ttwo\npair\tdrei\tthree\n";
  const auto german = words_from<TwoMembers>(kFile, WordsLanguage::kGerman);
  BOOST_TEST(german.first == "eins");
  BOOST_TEST(german.pair[0] == "zwei");
  BOOST_TEST(german.pair[1] == "drei");
  const auto english = words_from<TwoMembers>(kFile, WordsLanguage::kEnglish);
  BOOST_TEST(english.first == "one");
  BOOST_TEST(english.pair[0] == "two");
  BOOST_TEST(english.pair[1] == "three");
}

BOOST_AUTO_TEST_CASE(html_words_name_the_members_of_HtmlWords_in_order) {
  check_words_file(embedded::html_words_tsv, "reports/html_wording.h", "HtmlWords");
}

BOOST_AUTO_TEST_CASE(compare_words_name_the_members_of_CompareWords_in_order) {
  check_words_file(embedded::compare_words_tsv, "reports/compare_html.cpp", "CompareWords");
}

BOOST_AUTO_TEST_CASE(profile_doc_words_name_the_members_of_ProfileDocWords_in_order) {
  check_words_file(embedded::profile_doc_words_tsv, "reports/profile_doc_wording.h",
                   "ProfileDocWords");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
