#include "validator/codelist/line_index.h"

#include <algorithm>

namespace konform::codelist {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

TextPosition LineIndex::position(std::ptrdiff_t offset) const {
  if (offset < 0) return {};
  const std::size_t at = std::min(static_cast<std::size_t>(offset), text_.size());
  const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), at);
  const std::size_t line_start = *(next_line - 1);
  int column = 1;
  for (std::size_t i = line_start; i < at; ++i) {
    // UTF-8 continuation bytes (10xxxxxx) do not start a new character.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {static_cast<int>(next_line - line_starts_.begin()), column};
}

}  // namespace konform::codelist
