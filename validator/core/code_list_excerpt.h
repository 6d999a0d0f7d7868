// A code list as `konform codelist show` prints it: its identification and first rows. Plain data
// built by validator/codelist/code_list_excerpt_builder.h, rendered by
// reports/code_list_renderers.h.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace konform {

struct CodeListExcerpt {
  struct Row {
    std::string code;                 ///< empty when the list has no code column
    std::optional<std::string> name;  ///< none: the list has no description column
  };
  std::string short_name;
  std::string long_name;
  std::string uri;
  std::string version;
  std::string file;
  std::size_t rows = 0;                    ///< all of the list's rows
  std::optional<std::string> code_column;  ///< the code column's id; none: the list names none
  std::vector<Row> first_rows;             ///< fewer than `rows`: the rest are counted
};

}  // namespace konform
