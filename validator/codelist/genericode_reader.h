// Reads OASIS genericode 1.0 code lists (the format XÖV publishes code lists in, e.g. via
// XRepository) into CodeList values, including the XÖV annotations of the xoev-cl namespaces
// generations 1_0, 2, 3 and 4 (the recommended key, validity date, handbook version, ...).
// Contract: reads exactly the given file or text — never a LocationUri, a ColumnSetRef or any
// other resource (no network, no other files). Identity comes from Identification, never from
// the file name (XRepository names contain ':'; other copies spaces and umlauts).
// Any problem throws konform::ConfigError with the file and the 1-based line/column of the node
// at fault: not well-formed XML, not a genericode CodeList, missing Identification parts,
// missing ColumnSet (ColumnSetRef is rejected), a Key or Value naming an unknown column, a row
// lacking a key column's value, a duplicate key value, a ComplexValue (unsupported), or no
// single-column Key (XÖV marks the code column with a Key; without one it is unknown).
// Defects that do not hinder checking codes — a required non-key column without a value in some
// row, a validity date that is not YYYY-MM-DD — are recorded in CodeList::defects() instead.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "validator/codelist/code_list.h"

namespace konform::codelist {

inline constexpr std::string_view kGenericodeNamespace =
    "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

/// Reads one genericode file; ConfigError names the file as given.
CodeList read_genericode_file(const std::filesystem::path& file);

/// Parses genericode text held in memory; `source_name` stands for the file in errors and
/// becomes CodeList::source_file().
CodeList parse_genericode(std::string_view text, const std::string& source_name);

}  // namespace konform::codelist
