// A CodeList is one version of one genericode 1.0 code list held in memory: its identification
// (CanonicalUri = the XÖV "Kennung" sent as listURI, Version = the listVersionID), its columns and
// keys, the XÖV metadata from the xoev-cl annotations, and its rows.
// Contract: immutable once constructed; every const member is safe to call from any number of
// threads. Values are stored whitespace-collapsed (as xs:token compares them) in one StringPool,
// rows as ids into it. Every column is indexed, so find_row() is O(1) on average. Identity comes
// only from the file's content, never from its name. Not copyable; moving keeps views valid.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "validator/codelist/string_pool.h"

namespace konform::codelist {

/// genericode Identification (only the parts konform uses or reports).
struct Identification {
  std::string short_name;
  std::string long_name;                   ///< the first LongName, empty when there is none
  std::string version;                     ///< compared with listVersionID
  std::string canonical_uri;               ///< compared with listURI
  std::string canonical_version_uri;       ///< e.g. "urn:de:xoev:codeliste:erreichbarkeit_4"
  std::vector<std::string> location_uris;  ///< recorded only; konform never fetches them
  std::vector<std::string> alternate_format_location_uris;
  std::string agency_short_name;
  std::string agency_long_name;
};

enum class ColumnUse { kRequired, kOptional };

/// A genericode Column.
struct Column {
  std::string id;  ///< what Value/@ColumnRef and Key/ColumnRef/@Ref name
  std::string short_name;
  std::string long_name;
  ColumnUse use = ColumnUse::kOptional;
  std::string data_type;  ///< Data/@Type, e.g. "string", "date"
  std::string language;   ///< Data/@Lang, empty when absent
};

/// How a Key is marked as the one to send in `code` (one marker per XÖV annotation generation).
enum class KeyMarker {
  kNone,
  kXoevCode,              ///< xoev-cl (1_0) or xoev-cl-2: <xoev-code/>
  kEmpfohleneCodeSpalte,  ///< xoev-cl-3: <empfohleneCodeSpalte/>
  kRecommendedKeyColumn,  ///< xoev-cl-4: <recommendedKeyColumn/>
};

/// A genericode Key: the columns whose values identify a row.
struct Key {
  std::string id;
  std::string short_name;
  std::vector<std::size_t> columns;  ///< indices into CodeList::columns()
  KeyMarker marker = KeyMarker::kNone;
};

/// One XÖV annotation element from a known xoev-cl namespace, kept verbatim.
struct XoevAnnotation {
  std::string namespace_uri;
  std::string local_name;
  std::string text;
};

/// XÖV metadata from Annotation/Description, unified across the xoev-cl namespaces
/// (http://xoev.de/schemata/genericode/1_0, /2, /3, /4). Where several generations give a field,
/// the newest wins. Empty strings mean "not given".
struct XoevMetadata {
  int generation = 0;               ///< newest xoev-cl generation seen (1..4), 0 when none
  std::string short_name;           ///< nameKurz / shortName
  std::string description;          ///< beschreibung / beschreibung-codeliste / codelistDescription
  std::string agency_short_name;    ///< herausgebernameKurz / agencyShortName
  std::string version_description;  ///< beschreibung-versionCodeliste / versionDescription
  std::string
      valid_from;  ///< ISO date YYYY-MM-DD: datumgueltigkeitab / datumGueltigkeitAb / validFrom
  std::string
      handbook_version;  ///< versionXOEVHandbuch / versionCodelistenHandbuch / versionHandbook
  std::string changes;   ///< aenderungZurVorversion / changes
  std::vector<XoevAnnotation> all;  ///< every xoev-cl element in Annotation/Description
};

class CodeList {
 public:
  using RowIndex = std::uint32_t;
  static constexpr StringPool::Id kNoValue = UINT32_MAX;

  /// `cells` holds rows.size() * columns.size() ids (row-major), kNoValue where a row has no
  /// value. The reader guarantees consistency; the constructor only builds the indexes.
  CodeList(std::string source_file, Identification identification, XoevMetadata xoev,
           std::vector<Column> columns, std::vector<Key> keys, StringPool pool,
           std::vector<StringPool::Id> cells, std::vector<std::string> defects = {});
  CodeList(const CodeList&) = delete;
  CodeList& operator=(const CodeList&) = delete;
  CodeList(CodeList&&) noexcept = default;
  CodeList& operator=(CodeList&&) noexcept = default;

  /// The file it was read from, for messages only.
  const std::string& source_file() const { return source_file_; }
  const Identification& identification() const { return identification_; }
  const XoevMetadata& xoev() const { return xoev_; }
  std::span<const Column> columns() const { return columns_; }
  std::span<const Key> keys() const { return keys_; }
  /// Deviations from genericode/XÖV the reader tolerated ("line N: ..."), e.g. a required
  /// non-key column left empty in a row; empty for a clean file.
  std::span<const std::string> defects() const { return defects_; }

  /// The key XÖV marks as recommended (first marked one), else the first key; null if no keys.
  const Key* recommended_key() const;
  /// The column sent in `code` by default: the recommended key's column, or, when that key
  /// spans several columns, the first single-column key's; nullopt only without such a key.
  std::optional<std::size_t> code_column() const { return code_column_; }
  /// The column reported as the expected `name`: the first column outside every key, else the
  /// first column that is not the code column.
  std::optional<std::size_t> description_column() const { return description_column_; }
  std::optional<std::size_t> column_index(std::string_view column_id) const;

  std::size_t row_count() const { return row_count_; }
  /// The value of `row` in `column`, nullopt when the row has none.
  std::optional<std::string_view> value(RowIndex row, std::size_t column) const;
  /// The first row whose `column` equals `value` (compare whitespace-collapsed values).
  std::optional<RowIndex> find_row(std::string_view value, std::size_t column) const;

 private:
  std::string source_file_;
  Identification identification_;
  XoevMetadata xoev_;
  std::vector<Column> columns_;
  std::vector<Key> keys_;
  StringPool pool_;
  std::vector<StringPool::Id> cells_;
  std::vector<std::string> defects_;
  std::size_t row_count_ = 0;
  std::optional<std::size_t> code_column_;
  std::optional<std::size_t> description_column_;
  // Per column: value id -> first row having it.
  std::vector<std::unordered_map<StringPool::Id, RowIndex>> column_index_;
};

}  // namespace konform::codelist
