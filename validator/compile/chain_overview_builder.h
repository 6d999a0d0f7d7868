// Builds what `konform profile show` prints (validator/core/chain_overview.h) from a resolved
// chain and what compiling it gave: each profile's hashed artefacts, the document types and every
// rule as the chain's policy leaves it.
#pragma once

#include <string>
#include <vector>

#include "validator/compile/compiled_profile.h"
#include "validator/core/chain_overview.h"
#include "validator/profile/profile.h"

namespace konform {

/// REQUIRES: `compiled` was compiled from `chain`; `notices` are the resolver's.
ChainOverview build_chain_overview(const std::vector<Profile>& chain,
                                   const CompiledProfile& compiled,
                                   std::vector<std::string> notices);

}  // namespace konform
