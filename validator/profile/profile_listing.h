// A loaded profile as `konform profile list` shows it (validator/core/profile_listing.h).
#pragma once

#include "validator/core/profile_listing.h"
#include "validator/profile/profile.h"

namespace konform {

ProfileListing profile_listing(const Profile& profile);

}  // namespace konform
