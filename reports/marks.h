// The signs the formats set next to a verdict's or a severity's word, so that colour is never the
// only signal and every format marks the same value alike: one row per value, one column per
// medium.
#pragma once

#include <string_view>

#include "validator/core/report.h"

namespace konform::reports {

struct VerdictMarks {
  std::string_view symbol;  ///< ✔ conformant, ✘ not conformant, ⚠ incomplete (html pages)
  std::string_view emoji;   ///< the emoji GitHub renders in colour (markdown)
};

struct SeverityMarks {
  std::string_view symbol;          ///< ✘ error, ! warning, ℹ info (compare html)
  std::string_view terminal_color;  ///< the ANSI colour GCC gives the same word (text)
};

/// The marks of `verdict`; empty ones for a value no row lists.
VerdictMarks verdict_marks(Verdict verdict);

/// The marks of `severity`; empty ones for a value no row lists.
SeverityMarks severity_marks(Severity severity);

}  // namespace konform::reports
