// The names an enum's values have in reports, files and on the command line, declared once per
// enum as a list in the enumerators' order: the list is indexed by the value (konform's enums count
// from 0 without gaps), and both directions, value to name and name to value, read it, so a name
// cannot be written one way and parsed another.
//
// The list is sized by the enum's last enumerator, so a list with a name too few or too many does
// not compile. An enumerator added after that last one is caught by the round-trip tests instead
// (tests/unit/core/enum_names_test.cpp), which walk every enumerator the compiler knows.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace konform {

/// The names of the enumerators up to and including `Last`, in order.
template <auto Last>
class EnumNames {
 public:
  using Enum = decltype(Last);
  static constexpr std::size_t kCount = static_cast<std::size_t>(Last) + 1;

  template <typename... Names>
  requires(sizeof...(Names) == kCount) consteval explicit EnumNames(Names... names)
      : names_{std::string_view(names)...} {}

  /// The name of `value`; empty for a value past `Last` (an enumerator the list lacks, which the
  /// round-trip tests report, or a cast).
  constexpr std::string_view name(Enum value) const {
    const auto index = static_cast<std::size_t>(value);
    return index < kCount ? names_[index] : std::string_view();
  }

  /// The enumerator named `text`; nullopt for any other text.
  constexpr std::optional<Enum> parse(std::string_view text) const {
    for (std::size_t index = 0; index < kCount; ++index) {
      if (names_[index] == text) return static_cast<Enum>(index);
    }
    return std::nullopt;
  }

 private:
  std::array<std::string_view, kCount> names_;
};

}  // namespace konform
