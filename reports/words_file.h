// The words a page says itself (the html report, the comparison, the profile catalogue) live in a
// words file per page (core/words_rows.h), reports/words/*.tsv, embedded in the binary: one row
// per member of the page's words struct, in the struct's order, so wording changes touch no code.
// tests/unit/reports/words_files_test.cpp checks that each file's rows name its struct's members
// in order (the names are for people and that test; words_from() goes by position).
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <vector>

#include "validator/core/words_rows.h"

namespace konform::embedded {
extern const std::string_view html_words_tsv;         ///< reports/words/html.tsv
extern const std::string_view compare_words_tsv;      ///< reports/words/compare.tsv
extern const std::string_view profile_doc_words_tsv;  ///< reports/words/profile_doc.tsv
}  // namespace konform::embedded

namespace konform::reports {

/// Which of a row's two texts words_from() takes.
enum class WordsLanguage { kGerman, kEnglish };

/// `Words` filled from the rows of `file` in `language`, row i giving the i-th
/// string_view of the struct. REQUIRES: Words consists of string_views and arrays of them only,
/// and `file` has a row for each (words_files_test). The views point into `file`.
template <typename Words>
Words words_from(std::string_view file, WordsLanguage language) {
  // A struct of nothing but string_views has the layout of an array of them: the members follow
  // each other in declaration order, and equal sizes rule out padding.
  constexpr std::size_t kCount = sizeof(Words) / sizeof(std::string_view);
  static_assert(sizeof(Words) == kCount * sizeof(std::string_view));
  static_assert(std::is_trivially_copyable_v<Words>);
  std::array<std::string_view, kCount> words{};
  const std::vector<WordsRow> rows = words_rows(file);
  for (std::size_t i = 0; i < kCount && i < rows.size(); ++i) {
    words[i] = language == WordsLanguage::kGerman ? rows[i].german : rows[i].english;
  }
  return std::bit_cast<Words>(words);
}

}  // namespace konform::reports
