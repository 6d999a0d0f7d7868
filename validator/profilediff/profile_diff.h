// `konform profile diff A B`: what changed from one profile chain's snapshot to another's —
// document types and rules by id, field by field; code lists by canonical URI, with the codes
// added and removed; the files each profile's hash covers, by content hash.
#pragma once

#include "validator/core/profile_diff.h"
#include "validator/profilediff/profile_snapshot.h"

namespace konform::profilediff {

/// Every difference from `from` to `to`, each list sorted by its key; empty() when there is none.
ProfileDiff diff_profiles(const ProfileSnapshot& from, const ProfileSnapshot& to);

}  // namespace konform::profilediff
