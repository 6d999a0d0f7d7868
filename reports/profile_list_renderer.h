// Renderer of `konform profile list`: a pure function of the profile versions found, in the
// order given. Two lines each: "id version  level" with what it extends, its validity and
// whether it is deprecated, then its folder, indented.
#pragma once

#include <ostream>
#include <span>

#include "validator/core/profile_listing.h"

namespace konform::reports {

void render_profile_list_text(std::span<const ProfileListing> profiles, std::ostream& out);

}  // namespace konform::reports
