// What a PDF konform printed looks like to a reader, through poppler-utils (Debian package
// poppler-utils, installed by ci/setup.sh): its pages rendered to PNG with pdftoppm, and the text
// of one page with pdftotext. Both fail the test (never skip) when the tool is missing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace konform::test {

/// Renders every page of `pdf` to `<prefix>-<n>.png` (pdftoppm, 50 dpi) and returns the PNG
/// files, in page order; empty when pdftoppm found no page.
std::vector<std::filesystem::path> pdf_pages_as_png(const std::filesystem::path& pdf,
                                                    const std::filesystem::path& prefix);

/// The text of page `page` (1-based) of `pdf` (pdftotext -layout).
std::string pdf_page_text(const std::filesystem::path& pdf, int page);

}  // namespace konform::test
