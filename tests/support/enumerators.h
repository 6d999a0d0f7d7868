// Every enumerator of an enum, found at compile time, so a test can go over all of them without a
// list that someone must remember to extend. lookup_table.h's tables and enum_names.h's lists
// replaced switch statements, and with them GCC's -Wswitch check that every enumerator is handled:
// a test that walks the enumerators found here fails instead when an enumerator is added without a
// row or a name.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace konform::test {

/// Whether `Value` (an enum value) is one of its enum's enumerators. GCC names a template's
/// value argument by its enumerator ("... [with auto Value = konform::Verdict::kIncomplete]"),
/// or, for a value no enumerator has, as a cast ("(konform::Verdict)3").
template <auto Value>
constexpr bool is_enumerator() {
  const std::string_view signature = __PRETTY_FUNCTION__;
  const std::string_view marker = "Value = ";
  const std::size_t at = signature.find(marker);
  return at != std::string_view::npos && signature[at + marker.size()] != '(';
}

template <typename Enum, std::size_t... Values>
std::vector<Enum> enumerators_among(std::index_sequence<Values...>) {
  std::vector<Enum> found;
  ((is_enumerator<static_cast<Enum>(Values)>() ? found.push_back(static_cast<Enum>(Values))
                                               : void()),
   ...);
  return found;
}

/// The enumerators of `Enum` whose values lie in [0, Limit), in value order (konform's enums
/// count from 0 without gaps; Limit leaves room to grow).
template <typename Enum, std::size_t Limit = 128>
std::vector<Enum> enumerators() {
  return enumerators_among<Enum>(std::make_index_sequence<Limit>());
}

}  // namespace konform::test
