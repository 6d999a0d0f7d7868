#include "validator/core/compare_matrix.h"

#include <algorithm>
#include <cctype>

#include "validator/core/enum_names.h"

namespace konform {

constexpr EnumNames<CellState::kNotAssessable> kCellStateNames{
    "pass", "fail", "waived", "not-applicable", "incomplete", "not-assessable"};
constexpr EnumNames<RuleLevel::kOther> kRuleLevelNames{"format", "federal", "state", "municipal",
                                                       "other"};

std::string_view to_string(CellState state) { return kCellStateNames.name(state); }

std::string_view to_string(RuleLevel level) { return kRuleLevelNames.name(level); }

RuleLevel rule_level_of_profile(std::string_view profile_level) {
  // The names are the rule levels' own; "format" is konform's built-in checks, never a profile's.
  const auto level = kRuleLevelNames.parse(profile_level);
  return level && *level != RuleLevel::kFormat ? *level : RuleLevel::kOther;
}

std::string rule_topic(std::string_view rule_id) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t hyphen = rule_id.find('-', start);
    parts.push_back(
        rule_id.substr(start, hyphen == std::string_view::npos ? hyphen : hyphen - start));
    if (hyphen == std::string_view::npos) break;
    start = hyphen + 1;
  }
  const std::string_view last = parts.back();
  const bool numbered = !last.empty() && std::all_of(last.begin(), last.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
  if (parts.size() >= 3 && numbered && !parts[1].empty()) return std::string(parts[1]);
  return std::string(parts.front().empty() ? rule_id : parts.front());
}

Verdict overall_verdict(const std::vector<CompareCandidate>& candidates) {
  bool any_not_conformant = false;
  for (const auto& candidate : candidates) {
    if (candidate.verdict == Verdict::kIncomplete) return Verdict::kIncomplete;
    any_not_conformant |= candidate.verdict == Verdict::kNotConformant;
  }
  return any_not_conformant ? Verdict::kNotConformant : Verdict::kConformant;
}

}  // namespace konform
