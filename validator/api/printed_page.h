// Format "pdf" of Report::render and Comparison::render: the html page printed by
// validator/pdf (headless Chromium), as `konform validate|compare --format pdf` writes it.
#pragma once

#include <string>
#include <string_view>

#include "validator/api/engine_errors.h"
#include "validator/pdf/html_to_pdf.h"

namespace konform::api {

/// The name render() takes for a printed page; the page itself is rendered as "html".
inline constexpr std::string_view kPdfFormat = "pdf";

/// The PDF bytes of `html`; a missing or failing Chromium is a ConfigurationError.
inline std::string printed(std::string_view html) {
  return translating_engine_errors([&] { return pdf::html_to_pdf(html); });
}

}  // namespace konform::api
