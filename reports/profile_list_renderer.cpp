#include "reports/profile_list_renderer.h"

namespace konform::reports {

void render_profile_list_text(std::span<const ProfileListing> profiles, std::ostream& out) {
  for (const auto& profile : profiles) {
    out << profile.id << " " << profile.version << "  " << profile.level;
    for (const auto& parent : profile.extends) out << "  extends " << parent;
    if (!profile.valid_from.empty()) out << "  from " << profile.valid_from;
    if (!profile.valid_to.empty()) out << "  to " << profile.valid_to;
    if (profile.deprecated) out << "  (deprecated)";
    out << "\n    " << profile.folder << "\n";
  }
}

}  // namespace konform::reports
