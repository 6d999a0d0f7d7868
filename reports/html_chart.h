// The summary chart of the `html` format: findings per profile level (federal, state, municipal,
// other) and severity, drawn as inline SVG bars. Every bar carries its severity and count as
// text, so colour is never the only carrier of meaning; the same numbers follow as a table for
// screen readers and for copying. No script, no external resource.
#pragma once

#include <array>
#include <ostream>

#include "reports/html_wording.h"
#include "validator/core/report.h"

namespace konform::reports {

/// Findings per level category (rows, in kLevelCategories order) and severity (columns: error,
/// warning, info).
using LevelCounts = std::array<std::array<int, 3>, 4>;
LevelCounts count_by_level(const Report& report);

/// Writes the <svg role="img"> chart followed by its data table.
void write_level_chart(const Report& report, const HtmlWords& words, std::ostream& out);

}  // namespace konform::reports
