#include "reports/profile_doc_levels.h"

#include <algorithm>

namespace konform::reports {

std::vector<LevelSummary> level_summaries(const ProfileDoc& doc) {
  std::vector<LevelSummary> levels(1);
  for (const auto& profile : doc.chain) levels.push_back({profile.id, profile.level, 0, {}, {}});
  auto of = [&](const std::string& profile) -> LevelSummary* {
    const std::string key = profile == "konform" ? "" : profile;
    auto it = std::find_if(levels.begin(), levels.end(),
                           [&](const LevelSummary& level) { return level.profile == key; });
    return it == levels.end() ? nullptr : &*it;
  };
  for (const auto& rule : doc.rules) {
    if (LevelSummary* brings = of(rule.origin)) {
      ++brings->rules;
      ++brings->by_severity[rule.severity];
    }
    if (rule.binding.empty()) continue;
    // A floor no profile declared comes with the rule: an error-level rule is binding where it
    // is defined (konform's own, or the rule set of the profile that brings it).
    if (LevelSummary* binds = of(rule.set_by.empty() ? rule.origin : rule.set_by)) {
      ++binds->binding[rule.binding];
    }
  }
  return levels;
}

}  // namespace konform::reports
