// The engine's verdict and severity as the API's and back (the two enums are kept apart so the
// engine may grow).
#pragma once

#include "konform/report.h"
#include "validator/core/report.h"

namespace konform::api {

inline Verdict public_verdict(konform::Verdict verdict) {
  switch (verdict) {
    case konform::Verdict::kConformant:
      return Verdict::kConformant;
    case konform::Verdict::kNotConformant:
      return Verdict::kNotConformant;
    case konform::Verdict::kIncomplete:
      return Verdict::kIncomplete;
  }
  return Verdict::kIncomplete;
}

inline Severity public_severity(konform::Severity severity) {
  switch (severity) {
    case konform::Severity::kError:
      return Severity::kError;
    case konform::Severity::kWarning:
      return Severity::kWarning;
    case konform::Severity::kInfo:
      return Severity::kInfo;
  }
  return Severity::kError;
}

inline konform::Verdict engine_verdict(Verdict verdict) {
  switch (verdict) {
    case Verdict::kConformant:
      return konform::Verdict::kConformant;
    case Verdict::kNotConformant:
      return konform::Verdict::kNotConformant;
    case Verdict::kIncomplete:
      return konform::Verdict::kIncomplete;
  }
  return konform::Verdict::kIncomplete;
}

inline konform::Severity engine_severity(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return konform::Severity::kError;
    case Severity::kWarning:
      return konform::Severity::kWarning;
    case Severity::kInfo:
      return konform::Severity::kInfo;
  }
  return konform::Severity::kError;
}

}  // namespace konform::api
