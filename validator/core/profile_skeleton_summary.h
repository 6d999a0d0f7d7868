// What `konform init profile --from-xsd` wrote and found: plain data the command takes from the
// skeleton writer (validator/importer/xoev/profile_skeleton.h), rendered by
// reports/xoev_import_renderers.h.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace konform {

struct ProfileSkeletonSummary {
  struct Candidate {
    std::string id;
    std::string namespace_uri;
    std::string local_name;
  };
  std::vector<std::string> written;  ///< the files written
  bool xoev_messages = false;        ///< candidates are XÖV messages, not every global element
  std::vector<Candidate> candidates;
  std::size_t other_elements = 0;  ///< global elements listed in a comment of profile.xml
  std::size_t to_map = 0;          ///< remote schema locations catalog.xml must still map
};

}  // namespace konform
