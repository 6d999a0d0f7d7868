// `konform profile test --update`: a sample's current result written as its expectation file
// (schema xsd/profile-test-1.xsd), so an author reviews the recorded findings as a diff instead
// of writing each by hand.
#pragma once

#include "validator/core/report.h"
#include "validator/profiletest/expectation.h"

namespace konform::profiletest {

/// Writes `previous.file` with the verdict and the findings of `actual` that the comparison
/// looks at (errors and warnings; infos too with includeInfo), each with rule, line and
/// severity; keeps the previous expectation's asOf and includeInfo. Throws ConfigError when the
/// file cannot be written.
void write_expectation(const Expectation& previous, const InputResult& actual);

}  // namespace konform::profiletest
