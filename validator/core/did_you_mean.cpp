#include "validator/core/did_you_mean.h"

#include <algorithm>

namespace konform {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rows of the dynamic programme: a swap looks two rows back.
  std::vector<std::size_t> before_previous(b.size() + 1), previous(b.size() + 1),
      current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, replace});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before_previous[j - 2] + 1);
      }
    }
    std::swap(before_previous, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::size_t suggestion_threshold(std::string_view word) {
  return std::clamp<std::size_t>(word.size() / 3, 1, 3);
}

std::vector<std::string> closest_names(std::string_view word,
                                       const std::vector<std::string>& candidates) {
  std::vector<std::string> closest;
  std::size_t best = suggestion_threshold(word);  // the distance of those in `closest`, or more
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance == 0) return {};
    if (distance > best) continue;
    if (distance < best) closest.clear();
    best = distance;
    if (std::find(closest.begin(), closest.end(), candidate) == closest.end()) {
      closest.push_back(candidate);
    }
  }
  return closest;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates,
                         bool german) {
  const std::vector<std::string> closest = closest_names(word, candidates);
  if (closest.empty()) return "";
  std::string text = german ? "meinten Sie " : "did you mean ";
  for (std::size_t i = 0; i < closest.size(); ++i) {
    if (i > 0) text += i + 1 == closest.size() ? (german ? " oder " : " or ") : ", ";
    text += "'" + closest[i] + "'";
  }
  return text + "?";
}

}  // namespace konform
