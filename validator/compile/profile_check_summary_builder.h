// Builds what `konform profile check` prints (validator/core/profile_check_summary.h) from a
// resolved chain and what compiling it gave.
#pragma once

#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/core/profile_check_summary.h"
#include "validator/profile/profile.h"

namespace konform {

/// REQUIRES: `compiled` was compiled from `chain`, which is not empty.
ProfileCheckSummary build_profile_check_summary(const std::vector<Profile>& chain,
                                                const CompiledProfile& compiled);

}  // namespace konform
