// Renderers of `konform codelist show|check|fetch` (and `profile update-codelists`): pure
// functions of plain values (validator/core/code_list_excerpt.h, code_list_check.h,
// fetched_code_list.h), for the terminal.
#pragma once

#include <ostream>
#include <span>

#include "validator/core/code_list_check.h"
#include "validator/core/code_list_excerpt.h"
#include "validator/core/fetched_code_list.h"

namespace konform::reports {

/// The list's identification, its code column and first rows (code, description), and how many
/// rows were left out.
void render_code_list_excerpt_text(const CodeListExcerpt& excerpt, std::ostream& out);

/// Each file's warnings and error, in the order given, then how many files were checked and how
/// many could not be read.
void render_code_list_check_text(std::span<const CodeListFileCheck> files, std::ostream& out);

/// Fetched or reused, where the list lies and its SHA-256.
void render_fetched_code_list_text(const registry::FetchedCodeList& fetched, std::ostream& out);

/// The warning that a copy in the folder was not trusted and fetched again; nothing otherwise.
void render_refetch_warning_text(const registry::FetchedCodeList& fetched, std::ostream& out);

}  // namespace konform::reports
