// Renderer of `konform profile test` for the terminal: a pure function of the run's outcome
// (validator/core/profile_test_result.h). One line per sample (ok, FAIL or wrote, each difference
// indented below), then a summary; a profile without samples says where they would be.
// reports/profile_test_junit.h writes the same run as JUnit XML.
#pragma once

#include <ostream>
#include <string_view>

#include "validator/core/profile_test_result.h"

namespace konform::reports {

/// `as_of`: the date the samples were checked on; `update`: whether --update wrote expectations.
void render_profile_test_text(const profiletest::ProfileTestRun& run, std::string_view as_of,
                              bool update, std::ostream& out);

}  // namespace konform::reports
