// The engine's verdict as the API's (the two enums are kept apart so the engine may grow).
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

}  // namespace konform::api
