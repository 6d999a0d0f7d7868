// The rows of a words file: the words a page says itself, one row per word with its name, its
// German and its English separated by tabs; lines starting with '#' are comments. Both languages
// stand on one row, so a phrase cannot be worded in one and forgotten in the other. The reports'
// pages (reports/words/*.tsv, reports/words_file.h) and the service's web page
// (validator/serve/web/words.tsv, serve/page_words.cpp) keep their words so. Header-only, so the
// service, which links the public API and no engine module, reads them with the same code.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace konform {

/// One row of a words file.
struct WordsRow {
  std::string_view name;
  std::string_view german;
  std::string_view english;  ///< the rest of the line after the second tab
};

namespace words_detail {

/// The text of `rest` up to the next tab, and `rest` past it (empty when there is no tab).
inline std::string_view next_field(std::string_view& rest) {
  const std::size_t tab = rest.find('\t');
  const std::string_view field = rest.substr(0, tab);
  rest = tab == std::string_view::npos ? std::string_view() : rest.substr(tab + 1);
  return field;
}

}  // namespace words_detail

/// The rows of a words file, without its comments and blank lines. The views point into `file`.
inline std::vector<WordsRow> words_rows(std::string_view file) {
  std::vector<WordsRow> rows;
  while (!file.empty()) {
    const std::size_t end = file.find('\n');
    std::string_view line = file.substr(0, end);
    file = end == std::string_view::npos ? std::string_view() : file.substr(end + 1);
    if (line.empty() || line.front() == '#') continue;
    WordsRow row;
    row.name = words_detail::next_field(line);
    row.german = words_detail::next_field(line);
    row.english = line;
    rows.push_back(row);
  }
  return rows;
}

}  // namespace konform
