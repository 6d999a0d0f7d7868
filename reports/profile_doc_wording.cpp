#include "reports/profile_doc_wording.h"

#include "reports/html_wording.h"
#include "reports/words_file.h"
#include "validator/core/severity.h"

namespace konform::reports {

const ProfileDocWords& profile_doc_words(std::string_view lang) {
  static const ProfileDocWords kGerman =
      words_from<ProfileDocWords>(embedded::profile_doc_words_tsv, WordsLanguage::kGerman);
  static const ProfileDocWords kEnglish =
      words_from<ProfileDocWords>(embedded::profile_doc_words_tsv, WordsLanguage::kEnglish);
  return lang == "de" ? kGerman : kEnglish;
}

std::string_view doc_severity_word(std::string_view severity, const ProfileDocWords& words) {
  if (severity == "off") return words.off;
  const auto parsed = parse_severity(severity);
  return parsed ? severity_word(*parsed, html_words(words.lang)) : severity;
}

std::string_view doc_level_word(std::string_view level, const ProfileDocWords& words) {
  // A level a profile names that is none of the four stays as written.
  const LevelCategory category = level_category(level);
  if (category == LevelCategory::kOther && level != "other") return level;
  return level_word(category, html_words(words.lang));
}

std::string doc_validity(const std::string& from, const std::string& to,
                         const ProfileDocWords& words) {
  if (from.empty() && to.empty()) return std::string(words.always);
  std::string text;
  if (!from.empty()) text += std::string(words.from) + " " + from;
  if (!to.empty()) text += (text.empty() ? "" : " ") + std::string(words.to) + " " + to;
  return text;
}

}  // namespace konform::reports
