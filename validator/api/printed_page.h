// The formats of Report::render and Comparison::render: each a renderer found by name, and "pdf",
// the html page printed by validator/pdf (headless Chromium), as `konform validate|compare
// --format pdf` writes it.
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "konform/error.h"
#include "validator/api/engine_errors.h"
#include "validator/pdf/html_to_pdf.h"

namespace konform::api {

/// The name render() takes for a printed page; the page itself is rendered as "html".
inline constexpr std::string_view kPdfFormat = "pdf";

/// The PDF bytes of `html`; a missing or failing Chromium is a ConfigurationError.
inline std::string printed(std::string_view html) {
  return translating_engine_errors([&] { return pdf::html_to_pdf(html); });
}

/// The renderer `find` returns for `format` (for "pdf": the html page's). A format without one is
/// an UnknownFormatError: "unknown <what> '<format>'", in German "unbekanntes <what_de> ...".
template <typename Find>
const auto& renderer_for(std::string_view format, Find find, std::string_view what,
                         std::string_view what_de) {
  const auto* renderer = find(format == kPdfFormat ? "html" : format);
  if (renderer == nullptr) {
    const std::string quoted = " '" + std::string(format) + "'";
    throw UnknownFormatError("unknown " + std::string(what) + quoted,
                             "unbekanntes " + std::string(what_de) + quoted);
  }
  return *renderer;
}

/// Whether `format`'s bytes are its renderer's output as written, so they may be sent in the
/// renderer's pieces; false for "pdf", whose bytes are the html page printed whole.
inline bool bytes_are_renderers_own(std::string_view format) { return format != kPdfFormat; }

/// What a renderer wrote as `format` takes it: as it is where the bytes are the renderer's own,
/// else printed.
inline std::string finished(std::string_view format, std::string written) {
  return bytes_are_renderers_own(format) ? std::move(written) : printed(written);
}

/// What a renderer wrote into `out` as `format` takes it, as finished() above.
inline std::string finished(std::string_view format, std::ostringstream out) {
  return bytes_are_renderers_own(format) ? std::move(out).str() : printed(out.view());
}

}  // namespace konform::api
