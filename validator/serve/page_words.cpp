#include "validator/serve/page_words.h"

#include <nlohmann/json.hpp>

namespace konform::embedded {
extern const std::string_view words_json;
}

namespace konform::serve {
namespace {

/// Every word of web/words.json in `language`; throws nlohmann::json's exceptions for a word
/// without it (the unit tests read every word in both languages).
std::map<std::string, std::string> read_words(api::Language language) {
  const auto document = nlohmann::json::parse(embedded::words_json);
  std::map<std::string, std::string> words;
  for (const auto& [name, texts] : document.items()) {
    words.emplace(name, texts.at(language_code(language)).get<std::string>());
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
