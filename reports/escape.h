// Escaping for each output syntax. Findings quote user data (element names, values, file
// paths), so every renderer passes every piece of report text through the matching function
// here; none of them ever fails, whatever bytes the text holds.
#pragma once

#include <string>
#include <string_view>

namespace konform::reports {

/// Text that is safe to print on a terminal: control characters (C0 except tab, DEL, C1) and
/// invalid UTF-8 become U+FFFD, so a message cannot smuggle escape sequences into the output.
std::string terminal_safe(std::string_view text);

/// The message part of a GitHub Actions workflow command: `%`, CR and LF percent-encoded.
std::string github_escape_data(std::string_view text);

/// A property value of a GitHub Actions workflow command: as github_escape_data plus `:` and `,`.
std::string github_escape_property(std::string_view text);

/// Inline Markdown (GitHub flavour) inside a table cell or heading: `&`, `<`, `>` as entities,
/// Markdown punctuation (`\ | * _ ~ [ ] backtick`) backslash-escaped, line breaks as `<br>`.
std::string markdown_escape(std::string_view text);

/// A file path as a relative URI reference (RFC 3986): `/` kept, unreserved characters and
/// sub-delimiters kept, everything else (including `:` and non-ASCII bytes) percent-encoded.
std::string uri_escape_path(std::string_view path);

}  // namespace konform::reports
