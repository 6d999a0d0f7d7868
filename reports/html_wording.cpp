#include "reports/html_wording.h"

#include "reports/wording.h"
#include "reports/words_file.h"

namespace konform::reports {
namespace {

/// The word for `value` among `words`, which are in its enum's order; "" for a value past them.
template <typename Enum, std::size_t N>
std::string_view word_for(Enum value, const std::array<std::string_view, N>& words) {
  const auto index = static_cast<std::size_t>(value);
  return index < N ? words[index] : "";
}

// Each array has a word for its enum's last value.
static_assert(static_cast<std::size_t>(Verdict::kIncomplete) + 1 ==
              std::tuple_size_v<decltype(HtmlWords::verdicts)>);
static_assert(static_cast<std::size_t>(Severity::kError) + 1 ==
              std::tuple_size_v<decltype(HtmlWords::severities)>);
static_assert(static_cast<std::size_t>(StageStatus::kAborted) + 1 ==
              std::tuple_size_v<decltype(HtmlWords::stage_statuses)>);
static_assert(static_cast<std::size_t>(LevelCategory::kOther) + 1 ==
              std::tuple_size_v<decltype(HtmlWords::levels)>);

}  // namespace

bool german(const HtmlWords& words) { return words.lang == "de"; }

LevelCategory level_category(std::string_view level) {
  if (level == "federal") return LevelCategory::kFederal;
  if (level == "state") return LevelCategory::kState;
  if (level == "municipal") return LevelCategory::kMunicipal;
  return LevelCategory::kOther;
}

const HtmlWords& html_words(std::string_view lang) {
  static const HtmlWords kGerman =
      words_from<HtmlWords>(embedded::html_words_tsv, WordsLanguage::kGerman);
  static const HtmlWords kEnglish =
      words_from<HtmlWords>(embedded::html_words_tsv, WordsLanguage::kEnglish);
  return lang.empty() || lang == "de" ? kGerman : kEnglish;
}

std::string_view verdict_word(Verdict verdict, const HtmlWords& words) {
  return word_for(verdict, words.verdicts);
}

std::string_view severity_word(Severity severity, const HtmlWords& words) {
  return word_for(severity, words.severities);
}

std::string_view severity_plural(Severity severity, const HtmlWords& words) {
  return word_for(severity, words.severity_plurals);
}

std::string_view stage_status_word(StageStatus status, const HtmlWords& words) {
  return word_for(status, words.stage_statuses);
}

std::string_view level_word(LevelCategory level, const HtmlWords& words) {
  return word_for(level, words.levels);
}

std::string incomplete_reason_words(const InputResult& input, const HtmlWords& words) {
  if (input.stages.empty()) return german(words) ? "keine Stufe lief" : "no stage ran";
  const auto [names, aborted] = aborted_stage_names(input);
  if (aborted == 0)
    return german(words) ? "nicht vollst\u00e4ndig gepr\u00fcft" : "not fully checked";
  if (german(words)) return (aborted == 1 ? "Stufe " : "Stufen ") + names + " abgebrochen";
  return (aborted == 1 ? "stage " : "stages ") + names + " aborted";
}

}  // namespace konform::reports
