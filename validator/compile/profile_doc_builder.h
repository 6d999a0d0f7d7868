// Builds the catalogue `konform profile doc` renders (validator/core/profile_doc.h) from a
// resolved chain and what compiling it gave: effective rule severities from the rule policy,
// Schematron assertions from the compiled rule sets, code lists from the store.
#pragma once

#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/core/profile_doc.h"
#include "validator/profile/profile.h"

namespace konform {

/// REQUIRES: `compiled` was compiled from `chain` at `as_of`.
ProfileDoc build_profile_doc(const std::vector<Profile>& chain, const CompiledProfile& compiled,
                             const std::string& as_of);

}  // namespace konform
