// The engine's verdict and severity as the API's and back (the two enums are kept apart so the
// engine may grow).
#pragma once

#include "konform/report.h"
#include "validator/core/lookup_table.h"
#include "validator/core/report.h"

namespace konform::api {

inline constexpr LookupTable<konform::Verdict, Verdict, 3> kVerdicts{{
    {konform::Verdict::kConformant, Verdict::kConformant},
    {konform::Verdict::kNotConformant, Verdict::kNotConformant},
    {konform::Verdict::kIncomplete, Verdict::kIncomplete},
}};

inline constexpr LookupTable<konform::Severity, Severity, 3> kSeverities{{
    {konform::Severity::kError, Severity::kError},
    {konform::Severity::kWarning, Severity::kWarning},
    {konform::Severity::kInfo, Severity::kInfo},
}};

inline Verdict public_verdict(konform::Verdict verdict) {
  return lookup(kVerdicts, verdict).value_or(Verdict::kIncomplete);
}

inline Severity public_severity(konform::Severity severity) {
  return lookup(kSeverities, severity).value_or(Severity::kError);
}

inline konform::Verdict engine_verdict(Verdict verdict) {
  return reverse_lookup(kVerdicts, verdict).value_or(konform::Verdict::kIncomplete);
}

inline konform::Severity engine_severity(Severity severity) {
  return reverse_lookup(kSeverities, severity).value_or(konform::Severity::kError);
}

}  // namespace konform::api
