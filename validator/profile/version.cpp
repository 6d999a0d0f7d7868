#include "validator/profile/version.h"

#include <charconv>

namespace konform {
namespace {

std::optional<long> number(std::string_view text) {
  if (text.empty() || (text.size() > 1 && text[0] == '0')) return std::nullopt;
  long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

/// "2", "2.1" or "2.1.3" (missing parts are 0), with how many parts were given.
std::optional<std::pair<SemanticVersion, int>> partial(std::string_view text) {
  SemanticVersion version;
  long* parts[] = {&version.major, &version.minor, &version.patch};
  int given = 0;
  auto dash = text.find('-');
  if (dash != std::string_view::npos) {
    version.prerelease = std::string(text.substr(dash + 1));
    if (version.prerelease.empty()) return std::nullopt;
    text = text.substr(0, dash);
  }
  while (!text.empty() && given < 3) {
    auto dot = text.find('.');
    auto value = number(text.substr(0, dot));
    if (!value) return std::nullopt;
    *parts[given++] = *value;
    text = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (dot != std::string_view::npos && text.empty()) return std::nullopt;
  }
  if (!text.empty() || given == 0) return std::nullopt;
  return std::make_pair(version, given);
}

}  // namespace

std::optional<SemanticVersion> SemanticVersion::parse(std::string_view text) {
  auto result = partial(text);
  if (!result || result->second != 3) return std::nullopt;
  return result->first;
}

std::string SemanticVersion::to_string() const {
  std::string out =
      std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
  if (!prerelease.empty()) out += "-" + prerelease;
  return out;
}

int compare_versions(const SemanticVersion& a, const SemanticVersion& b) {
  if (a.major != b.major) return a.major < b.major ? -1 : 1;
  if (a.minor != b.minor) return a.minor < b.minor ? -1 : 1;
  if (a.patch != b.patch) return a.patch < b.patch ? -1 : 1;
  if (a.prerelease == b.prerelease) return 0;
  if (a.prerelease.empty()) return 1;  // 1.0.0 > 1.0.0-rc.1 (SemVer §11)
  if (b.prerelease.empty()) return -1;
  return a.prerelease < b.prerelease ? -1 : 1;
}

std::optional<VersionRange> VersionRange::parse(std::string_view text) {
  VersionRange range;
  range.text_ = std::string(text);
  std::string_view rest = text;
  bool any_term = false;
  while (!rest.empty()) {
    auto space = rest.find(' ');
    std::string_view term = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    if (term.empty()) continue;
    any_term = true;
    if (term == "*") continue;
    using Op = Bound::Op;
    if (term[0] == '^' || term[0] == '~') {
      auto base = partial(term.substr(1));
      if (!base) return std::nullopt;
      auto [low, given] = *base;
      SemanticVersion high;
      if (term[0] == '^') {
        if (low.major > 0 || given == 1) {
          high.major = low.major + 1;
        } else if (low.minor > 0 || given == 2) {
          high.minor = low.minor + 1;
        } else {
          high.patch = low.patch + 1;
        }
      } else {
        high.major = low.major;
        if (given == 1) {
          high.major = low.major + 1;
        } else {
          high.minor = low.minor + 1;
        }
      }
      range.bounds_.push_back({Op::kGe, low});
      range.bounds_.push_back({Op::kLt, high});
      continue;
    }
    Op op = Op::kEq;
    std::size_t skip = 0;
    if (term.starts_with(">=")) {
      op = Op::kGe, skip = 2;
    } else if (term.starts_with("<=")) {
      op = Op::kLe, skip = 2;
    } else if (term.starts_with(">")) {
      op = Op::kGt, skip = 1;
    } else if (term.starts_with("<")) {
      op = Op::kLt, skip = 1;
    } else if (term.starts_with("=")) {
      skip = 1;
    }
    auto version = partial(term.substr(skip));
    if (!version) return std::nullopt;
    if (op == Op::kEq && version->second < 3) {
      // "2.1" means any 2.1.x, as "~2.1" does.
      auto tilde = parse("~" + std::string(term.substr(skip)));
      if (!tilde) return std::nullopt;
      range.bounds_.insert(range.bounds_.end(), tilde->bounds_.begin(), tilde->bounds_.end());
      continue;
    }
    range.bounds_.push_back({op, version->first});
  }
  if (!any_term) return std::nullopt;
  return range;
}

bool VersionRange::contains(const SemanticVersion& version) const {
  for (const auto& bound : bounds_) {
    int c = compare_versions(version, bound.version);
    bool ok = false;
    switch (bound.op) {
      case Bound::Op::kEq:
        ok = c == 0;
        break;
      case Bound::Op::kGe:
        ok = c >= 0;
        break;
      case Bound::Op::kGt:
        ok = c > 0;
        break;
      case Bound::Op::kLe:
        ok = c <= 0;
        break;
      case Bound::Op::kLt:
        ok = c < 0;
        break;
    }
    if (!ok) return false;
  }
  return true;
}

}  // namespace konform
