// Renderer of `konform profile check`: a pure function of a ProfileCheckSummary
// (validator/core/profile_check_summary.h). One line saying the profile is valid and what its
// chain holds, then a warning for the code lists its schemas use but it does not carry and one
// per rule without a title in both languages: the profile works, its reports are weaker.
#pragma once

#include <ostream>

#include "validator/core/profile_check_summary.h"

namespace konform::reports {

void render_profile_check_text(const ProfileCheckSummary& summary, std::ostream& out);

}  // namespace konform::reports
