#include "validator/codelist/code_list.h"

#include <utility>

namespace konform::codelist {

CodeList::CodeList(std::string source_file, Identification identification, XoevMetadata xoev,
                   std::vector<Column> columns, std::vector<Key> keys, StringPool pool,
                   std::vector<StringPool::Id> cells, std::vector<std::string> defects)
    : source_file_(std::move(source_file)),
      identification_(std::move(identification)),
      xoev_(std::move(xoev)),
      columns_(std::move(columns)),
      keys_(std::move(keys)),
      pool_(std::move(pool)),
      cells_(std::move(cells)),
      defects_(std::move(defects)) {
  const std::size_t width = columns_.size();
  row_count_ = width == 0 ? 0 : cells_.size() / width;
  column_index_.resize(width);
  for (std::size_t row = 0; row < row_count_; ++row) {
    for (std::size_t column = 0; column < width; ++column) {
      const StringPool::Id id = cells_[row * width + column];
      if (id != kNoValue) column_index_[column].emplace(id, static_cast<RowIndex>(row));
    }
  }
  // The recommended key names the code column; should it span several columns, the first
  // single-column key stands in.
  if (const Key* key = recommended_key(); key != nullptr && key->columns.size() == 1) {
    code_column_ = key->columns.front();
  }
  for (const Key& key : keys_) {
    if (code_column_) break;
    if (key.columns.size() == 1) code_column_ = key.columns.front();
  }
  // The description is the first column outside every key; failing that, the first
  // column that is not the code column.
  std::vector<bool> in_key(width, false);
  for (const Key& key : keys_) {
    for (std::size_t column : key.columns) in_key[column] = true;
  }
  for (std::size_t column = 0; column < width && !description_column_; ++column) {
    if (!in_key[column]) description_column_ = column;
  }
  for (std::size_t column = 0; column < width && !description_column_; ++column) {
    if (column != code_column_) description_column_ = column;
  }
}

const Key* CodeList::recommended_key() const {
  for (const Key& key : keys_) {
    if (key.marker != KeyMarker::kNone) return &key;
  }
  return keys_.empty() ? nullptr : &keys_.front();
}

std::optional<std::size_t> CodeList::column_index(std::string_view column_id) const {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].id == column_id) return i;
  }
  return std::nullopt;
}

std::optional<std::string_view> CodeList::value(RowIndex row, std::size_t column) const {
  if (row >= row_count_ || column >= columns_.size()) return std::nullopt;
  const StringPool::Id id = cells_[row * columns_.size() + column];
  if (id == kNoValue) return std::nullopt;
  return pool_.view(id);
}

std::optional<CodeList::RowIndex> CodeList::find_row(std::string_view value,
                                                     std::size_t column) const {
  if (column >= column_index_.size()) return std::nullopt;
  const std::optional<StringPool::Id> id = pool_.find(value);
  if (!id) return std::nullopt;
  const auto& index = column_index_[column];
  if (auto found = index.find(*id); found != index.end()) return found->second;
  return std::nullopt;
}

}  // namespace konform::codelist
