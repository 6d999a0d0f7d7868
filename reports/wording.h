// Wording shared by the human-facing renderers (text, github, junit, markdown), so that a
// finding or an incomplete input reads the same in every format.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "reports/renderer.h"
#include "validator/core/report.h"

namespace konform::reports {

/// The message to show: the German one when options.lang is "de" and the finding has one.
const std::string& displayed_message(const Finding& finding, const RenderOptions& options);

/// The notice to show: the German one when options.lang is "de" and the notice has one.
const std::string& displayed_notice(const Notice& notice, const RenderOptions& options);

/// Whether a notice deserves a warning rather than a note: an expired waiver, whose findings
/// count again.
bool is_warning(const Notice& notice);

/// "waived until 2026-12-31 by A. Author: reason" (German for options.lang "de"), the same in
/// every human-facing format.
std::string waiver_text(const Waiver& waiver, const RenderOptions& options);

/// `path:line:col` like a compiler: `:col` omitted when the column is 0, both when the line is 0.
std::string location_text(std::string_view path, const Location& location);

/// The lines of a message, split at LF (a CR before it is dropped); trailing line breaks ignored.
std::vector<std::string_view> message_lines(std::string_view message);

/// Why an input is incomplete, e.g. "stage xsd aborted", "stages a, b aborted", "no stage ran".
std::string incomplete_reason(const InputResult& input);

/// The names of the input's aborted stages joined by ", ", and how many there were.
std::pair<std::string, int> aborted_stage_names(const InputResult& input);

/// The pages meant for people (html, compare html) are German unless another language is asked
/// for: true for an empty options.lang or "de".
bool german_page(const RenderOptions& options);

/// A stage duration fit for output: negative, NaN or infinite timings (a clock glitch) become 0,
/// which every schema accepts, instead of "-1", "null" or "inf".
double reported_ms(double ms);

/// "1 error", "2 errors": a count and a noun, plural with "s" unless the count is 1.
std::string counted(long long count, std::string_view noun);

/// "1 Eingabe", "2 Eingaben": a count and the noun's singular or plural as given (German and
/// irregular plurals).
std::string counted(long long count, std::string_view one, std::string_view many);

}  // namespace konform::reports
