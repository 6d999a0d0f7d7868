// What `konform profile import` says after importing an XÖV release: document types, catalog
// mappings, code lists, and what could not be resolved (validator/importer/xoev).
#pragma once

#include "validator/importer/xoev/xoev_import.h"

namespace konform::cli {

/// Prints the import report to standard output.
void print_xoev_import_report(const importer::xoev::XoevImportReport& report);

}  // namespace konform::cli
