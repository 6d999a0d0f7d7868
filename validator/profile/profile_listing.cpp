#include "validator/profile/profile_listing.h"

namespace konform {

ProfileListing profile_listing(const Profile& profile) {
  ProfileListing listing{
      profile.id,          profile.version,    profile.level,       {}, profile.validity.from,
      profile.validity.to, profile.deprecated, profile.dir.string()};
  for (const auto& parent : profile.extends) {
    listing.extends.push_back(
        parent.version_range.empty() ? parent.id : parent.id + " " + parent.version_range);
  }
  return listing;
}

}  // namespace konform
