#include "validator/codelist/code_list_excerpt_builder.h"

#include <algorithm>

namespace konform::codelist {

CodeListExcerpt code_list_excerpt(const CodeList& list, std::size_t rows) {
  const auto& id = list.identification();
  const auto code_column = list.code_column();
  const auto name_column = list.description_column();
  CodeListExcerpt excerpt{id.short_name,      id.long_name,     id.canonical_uri, id.version,
                          list.source_file(), list.row_count(), std::nullopt,     {}};
  if (code_column) excerpt.code_column = list.columns()[*code_column].id;
  for (std::size_t row = 0; row < std::min(rows, list.row_count()); ++row) {
    const auto index = static_cast<CodeList::RowIndex>(row);
    CodeListExcerpt::Row& out = excerpt.first_rows.emplace_back();
    if (code_column) out.code = list.value(index, *code_column).value_or("");
    if (name_column) out.name = list.value(index, *name_column).value_or("");
  }
  return excerpt;
}

}  // namespace konform::codelist
