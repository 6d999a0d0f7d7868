#include "reports/words_file.h"

namespace konform::reports {
namespace {

/// The text of `rest` up to the next tab, and `rest` past it (empty when there is no tab).
std::string_view next_field(std::string_view& rest) {
  const std::size_t tab = rest.find('\t');
  const std::string_view field = rest.substr(0, tab);
  rest = tab == std::string_view::npos ? std::string_view() : rest.substr(tab + 1);
  return field;
}

}  // namespace

std::vector<WordsRow> words_rows(std::string_view file) {
  std::vector<WordsRow> rows;
  while (!file.empty()) {
    const std::size_t end = file.find('\n');
    std::string_view line = file.substr(0, end);
    file = end == std::string_view::npos ? std::string_view() : file.substr(end + 1);
    if (line.empty() || line.front() == '#') continue;
    WordsRow row;
    row.name = next_field(line);
    row.german = next_field(line);
    row.english = line;
    rows.push_back(row);
  }
  return rows;
}

}  // namespace konform::reports
