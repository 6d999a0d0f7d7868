// `konform profile test --format junit`: the samples of a profile test as a JUnit XML document
// for CI systems (the same dialect as the `junit` report format of validate).
#pragma once

#include <ostream>

#include "validator/core/profile_test_result.h"

namespace konform::reports {

/// One testsuite named after the profile (id and version); each sample a testcase, a sample
/// that misses its expectation a <failure> listing every difference.
void render_profile_test_junit(const profiletest::ProfileTestRun& run, std::ostream& out);

}  // namespace konform::reports
