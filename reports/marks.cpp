#include "reports/marks.h"

#include "validator/core/lookup_table.h"

namespace konform::reports {
namespace {

constexpr LookupTable<Verdict, VerdictMarks, 3> kVerdictMarks{{
    {Verdict::kConformant, {"\u2714", "\u2705"}},
    {Verdict::kNotConformant, {"\u2718", "\u274c"}},
    {Verdict::kIncomplete, {"\u26a0", "\u26a0\ufe0f"}},
}};

constexpr LookupTable<Severity, SeverityMarks, 3> kSeverityMarks{{
    {Severity::kError, {"\u2718", "\x1b[1;31m"}},
    {Severity::kWarning, {"!", "\x1b[1;35m"}},
    {Severity::kInfo, {"\u2139", "\x1b[1;36m"}},
}};

}  // namespace

VerdictMarks verdict_marks(Verdict verdict) {
  return lookup(kVerdictMarks, verdict).value_or(VerdictMarks{});
}

SeverityMarks severity_marks(Severity severity) {
  return lookup(kSeverityMarks, severity).value_or(SeverityMarks{});
}

}  // namespace konform::reports
