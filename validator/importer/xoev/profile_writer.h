// Writes an imported release's manifest (profile.xml) and catalog (catalog.xml). Pure text from
// the import report; the files are checked afterwards by loading and compiling the profile.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "validator/importer/xoev/xoev_import.h"

namespace konform::importer::xoev {

/// Writes `text` to `file`; ConfigError when that fails.
void write_text_file(const std::filesystem::path& file, const std::string& text);

/// An OASIS XML catalog: the comment (who wrote it, what to do with it), then one system entry
/// per pair of remote URL and local path.
std::string catalog_text(std::string_view comment,
                         const std::vector<std::pair<std::string, std::string>>& systems);

/// `title` names the release for the manifest's title and description.
void write_manifest(const XoevImportReport& report, const std::string& title);
void write_catalog(const XoevImportReport& report);

}  // namespace konform::importer::xoev
