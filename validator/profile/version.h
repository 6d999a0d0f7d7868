// Semantic versions (SemVer 2.0.0) of profiles, and the version ranges `extends` and `--profile`
// use to choose among them: exact `2.1.0`, caret `^2.1` (>=2.1.0 <3.0.0; for 0.x: <0.(x+1).0),
// tilde `~2.1` (>=2.1.0 <2.2.0), comparisons `>=2.0.0 <3.0.0` (space = and), and `*`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace konform {

struct SemanticVersion {
  long major = 0;
  long minor = 0;
  long patch = 0;
  std::string prerelease;  ///< empty for a release; a pre-release sorts before its release

  static std::optional<SemanticVersion> parse(std::string_view text);
  std::string to_string() const;
  /// Negative, zero or positive as `a` sorts before, with or after `b` (SemVer 2.0 precedence).
  /// Not named `compare`: that is the comparison module's namespace, konform::compare.
  friend int compare_versions(const SemanticVersion& a, const SemanticVersion& b);
  friend bool operator<(const SemanticVersion& a, const SemanticVersion& b) {
    return compare_versions(a, b) < 0;
  }
  friend bool operator==(const SemanticVersion& a, const SemanticVersion& b) {
    return compare_versions(a, b) == 0;
  }
};

class VersionRange {
 public:
  /// Parses a range; nullopt when it is not one of the forms above.
  static std::optional<VersionRange> parse(std::string_view text);
  bool contains(const SemanticVersion& version) const;
  const std::string& text() const { return text_; }

 private:
  struct Bound {
    enum class Op { kEq, kGe, kGt, kLe, kLt } op;
    SemanticVersion version;
  };
  std::vector<Bound> bounds_;  // all must hold; none: any version
  std::string text_;
};

}  // namespace konform
