// CLI11's parse errors, worded so that they say what to do: an unknown subcommand or option is
// named with the nearest known one ("did you mean"), and the hint names the --help to read. The
// language follows a --lang already parsed on the command line (German for "de").
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace konform::cli {

/// Whether the user asked for German: a --lang de parsed on the subcommand that was run.
bool wants_german(const CLI::App& app);

/// The message for a parse error; installed on the root app with App::failure_message.
std::string explain_parse_error(const CLI::App* app, const CLI::Error& error);

/// "konform: error: " or "konform: Fehler: ", the prefix of every error on standard error.
std::string error_prefix(bool german);

}  // namespace konform::cli
