// Writes an imported release's manifest (profile.xml) and catalog (catalog.xml). Pure text from
// the import report; the files are checked afterwards by loading and compiling the profile.
#pragma once

#include "validator/importer/xoev/xoev_import.h"

namespace konform::importer::xoev {

/// Writes `text` to `file`; ConfigError when that fails.
void write_text_file(const std::filesystem::path& file, const std::string& text);

/// `title` names the release for the manifest's title and description.
void write_manifest(const XoevImportReport& report, const std::string& title);
void write_catalog(const XoevImportReport& report);

}  // namespace konform::importer::xoev
