// `--format pdf`: an html page konform wrote (report, comparison, profile catalogue) printed to
// PDF by Debian's headless Chromium, so the PDF is the very page a reader sees, laid out by the
// page's print style sheet (A4, rows kept together, table headers repeated, page numbers and the
// chain in the footer). Chromium is found on PATH as `chromium` (Debian package chromium); it
// runs with a fresh profile in a temporary folder, with networking and everything that phones
// home switched off, on a page that names nothing outside itself.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace konform::pdf {

struct PrintOptions {
  /// Chromium gets this long; a page that takes longer is an error, never a half-written PDF.
  std::chrono::seconds timeout{120};
};

/// The PDF bytes of `html`. Throws ConfigError, in English and German, when Chromium is not on
/// PATH (naming the package to install), does not finish in time, or writes no PDF (with the
/// end of what it said on standard error).
std::string html_to_pdf(std::string_view html, const PrintOptions& options = {});

}  // namespace konform::pdf
