// One profile version found on the search path, as `konform profile list` prints it: plain data
// (validator/profile/profile_listing.h makes it from a loaded profile), rendered by
// reports/profile_list_renderer.h.
#pragma once

#include <string>
#include <vector>

namespace konform {

struct ProfileListing {
  std::string id;
  std::string version;
  std::string level;
  std::vector<std::string> extends;  ///< each parent as "id" or "id range"
  std::string valid_from;            ///< empty: open
  std::string valid_to;              ///< empty: open
  bool deprecated = false;
  std::string folder;
};

}  // namespace konform
