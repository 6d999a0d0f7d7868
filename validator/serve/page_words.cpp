#include "validator/serve/page_words.h"

#include "validator/core/words_rows.h"

namespace konform::embedded {
extern const std::string_view words_tsv;  ///< validator/serve/web/words.tsv
}

namespace konform::serve {
namespace {

/// Every word of web/words.tsv in `language` (the unit tests check that each has both).
std::map<std::string, std::string> read_words(api::Language language) {
  std::map<std::string, std::string> words;
  for (const WordsRow& row : words_rows(embedded::words_tsv)) {
    words.emplace(row.name, language == api::Language::kGerman ? row.german : row.english);
  }
  return words;
}

}  // namespace

const std::map<std::string, std::string>& page_words(api::Language language) {
  static const auto german = read_words(api::Language::kGerman);
  static const auto english = read_words(api::Language::kEnglish);
  return language == api::Language::kGerman ? german : english;
}

const std::string& page_word(api::Language language, const std::string& name) {
  return page_words(language).at(name);
}

const char* language_code(api::Language language) {
  return language == api::Language::kGerman ? "de" : "en";
}

}  // namespace konform::serve
