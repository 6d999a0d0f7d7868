// A LineIndex turns byte offsets into a UTF-8 text into 1-based line/column positions, for
// parsers (pugixml) that report only offsets. Lines end at '\n' ('\r\n' counts once); columns
// count Unicode characters, not bytes, so "ä" is one column. Built once per text in O(n);
// each lookup is O(log lines). The text must outlive the index.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "validator/input/xml_event_sink.h"

namespace konform::codelist {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  /// Position of the byte at `offset`; offsets past the end map to the end of the text,
  /// negative offsets (pugixml's "unknown") to {0, 0}.
  TextPosition position(std::ptrdiff_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace konform::codelist
