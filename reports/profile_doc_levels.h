// The catalogue's summary by level: for konform's built-in rules and each profile of the chain,
// how many rules it brings (by effective severity) and how many it makes binding for the levels
// below (by floor). Computed from the finished ProfileDoc, shared by its renderers.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "validator/core/profile_doc.h"

namespace konform::reports {

struct LevelSummary {
  std::string profile;  ///< profile id; empty: konform's built-in rules
  std::string level;    ///< the profile's level; empty for the built-in rules
  std::size_t rules = 0;
  std::map<std::string, std::size_t> by_severity;  ///< effective severity -> rules
  std::map<std::string, std::size_t> binding;      ///< floor this profile set -> rules
};

/// Built-in rules first, then the chain's profiles, parents first. A rule counts for the profile
/// whose rule set brings it (ProfileDoc::Rule::origin); a floor for the profile that set the
/// rule's severity (set_by), or, when none did, for the one that brings the rule (an error-level
/// rule is binding as defined).
std::vector<LevelSummary> level_summaries(const ProfileDoc& doc);

}  // namespace konform::reports
