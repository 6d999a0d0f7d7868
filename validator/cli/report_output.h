// Writes a command's outputs where --format and --output send them. Files are written atomically
// (a temporary file renamed into place), so an interrupted run never leaves a truncated report
// behind.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace konform::cli {

struct OutputRequest {
  std::string format;  ///< renderer name
  std::string file;    ///< empty or "-": standard output
};

/// Pairs --format and --output options in order: the n-th --output belongs to the n-th --format;
/// formats without an output go to standard output (at most one may). Each format must be one of
/// `known_formats`; `default_format` is used when no --format is given. Throws ConfigError.
std::vector<OutputRequest> pair_outputs(const std::vector<std::string>& formats,
                                        const std::vector<std::string>& outputs,
                                        const std::vector<std::string>& known_formats,
                                        std::string_view default_format);

/// The format that prints a command's html page to PDF (validator/pdf): not a renderer, since
/// it runs Chromium, but offered with the renderers by validate, compare and profile doc.
inline constexpr std::string_view kPdfFormat = "pdf";

/// Writes one output to `file` (empty or "-": standard output) through `render`; for
/// kPdfFormat `render` writes the html page, which is printed to PDF before anything is written.
void write_output(const std::string& format, const std::string& file,
                  const std::function<void(std::ostream&)>& render);

/// Writes bytes already rendered (the public API's Report::render) to `file` as write_output().
void write_rendered(const std::string& file, std::string_view bytes);

/// Whether `file` (empty or "-") means standard output.
bool to_standard_output(const std::string& file);

/// Whether output to `file` may be coloured: standard output on a terminal, NO_COLOR unset.
bool colours_shown(const std::string& file);

/// Writes `file` through `write`: into a temporary file beside it, renamed into place once
/// complete; a device or pipe (not a regular file or folder) directly. Throws ConfigError when it
/// cannot be written.
void write_atomically(const std::string& file, const std::function<void(std::ostream&)>& write);

}  // namespace konform::cli
