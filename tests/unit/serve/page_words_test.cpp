// The web page's words (validator/serve/web/words.tsv, embedded at build time) and the code and
// templates that name them: every word in both languages, every name the code looks up is a word,
// and every word is used by a template or the code, so the data and its users cannot drift apart.
#include <boost/test/unit_test.hpp>

#include <regex>
#include <set>
#include <string>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"
#include "validator/serve/page_words.h"

namespace fs = std::filesystem;
using konform::api::Language;
using konform::serve::page_words;

namespace {

std::set<std::string> names_of(Language language) {
  std::set<std::string> names;
  for (const auto& [name, word] : page_words(language)) {
    BOOST_TEST(!word.empty(), name);
    BOOST_TEST(word.find('\t') == std::string::npos, name << " has a fourth field");
    names.insert(name);
  }
  return names;
}

/// The files of the service with `extension` (".cpp", ".html"), as text.
std::vector<std::string> service_files(const std::string& extension) {
  std::vector<std::string> texts;
  const fs::path serve = konform::test::source_dir() / "validator/serve";
  for (const fs::path& folder : {serve, serve / "web"}) {
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (entry.path().extension() == extension) {
        texts.push_back(konform::test::read_text(entry.path()));
      }
    }
  }
  return texts;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_page_words)

BOOST_AUTO_TEST_CASE(every_word_is_there_in_german_and_in_english) {
  const std::set<std::string> german = names_of(Language::kGerman);
  BOOST_TEST(german.size() > 20u);
  BOOST_TEST((german == names_of(Language::kEnglish)));
  BOOST_TEST(page_words(Language::kGerman).at("validate_button") == "Pr\u00fcfen");
  BOOST_TEST(page_words(Language::kEnglish).at("validate_button") == "Validate");
}

BOOST_AUTO_TEST_CASE(every_word_the_code_looks_up_is_a_word) {
  static const std::regex call(R"(page_word\(([^()]*)\))");
  static const std::regex literal(R"re("(\w+)")re");
  const std::set<std::string> words = names_of(Language::kGerman);
  std::size_t looked_up = 0;
  for (const std::string& text : service_files(".cpp")) {
    for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) {
      const std::string arguments = (*it)[1].str();
      for (std::sregex_iterator name(arguments.begin(), arguments.end(), literal); name != end;
           ++name) {
        BOOST_TEST(words.count((*name)[1].str()) == 1, (*name)[1].str() << " is no word");
        ++looked_up;
      }
    }
  }
  BOOST_TEST(looked_up > 5u);  // the pattern still finds the look-ups
}

BOOST_AUTO_TEST_CASE(every_word_is_used_by_a_template_or_the_code) {
  const std::vector<std::string> templates = service_files(".html");
  const std::vector<std::string> code = service_files(".cpp");
  const auto holds = [](const std::vector<std::string>& texts, const std::string& part) {
    for (const std::string& text : texts) {
      if (text.find(part) != std::string::npos) return true;
    }
    return false;
  };
  for (const std::string& name : names_of(Language::kGerman)) {
    BOOST_TEST((holds(templates, "{{" + name + "}}") || holds(code, '"' + name + '"')),
               name << " is used nowhere");
  }
}

BOOST_AUTO_TEST_SUITE_END()
