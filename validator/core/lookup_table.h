// A constexpr table of {value, counterpart} pairs and its two lookups, for the names an enum's
// values have in reports, files and on the command line, and for mapping one enum onto another:
// each pair is written once, and both directions read the same table, so a name cannot be
// written one way and parsed another.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace konform {

template <typename First, typename Second, std::size_t N>
using LookupTable = std::array<std::pair<First, Second>, N>;

/// The first pair of `table` that `matches`, or null.
template <typename Pair, std::size_t N, typename Matches>
constexpr const Pair* find_pair(const std::array<Pair, N>& table, Matches matches) {
  for (const Pair& pair : table) {
    if (matches(pair)) return &pair;
  }
  return nullptr;
}

/// The counterpart of `first` in `table`; nullopt when the table does not list it.
template <typename First, typename Second, std::size_t N>
constexpr std::optional<Second> lookup(const LookupTable<First, Second, N>& table,
                                       const First& first) {
  const auto* pair = find_pair(table, [&](const auto& entry) { return entry.first == first; });
  return pair ? std::optional<Second>(pair->second) : std::nullopt;
}

/// The value whose counterpart in `table` is `second`; nullopt when none is.
template <typename First, typename Second, std::size_t N>
constexpr std::optional<First> reverse_lookup(const LookupTable<First, Second, N>& table,
                                              const Second& second) {
  const auto* pair = find_pair(table, [&](const auto& entry) { return entry.second == second; });
  return pair ? std::optional<First>(pair->first) : std::nullopt;
}

}  // namespace konform
