// The names of the engine's enums (core/enum_names.h lists in report.cpp, stage.cpp,
// compare_matrix.cpp and severity.cpp): every enumerator has a name of its own, so the names
// lead back to the enumerators. A list is sized by the enumerator its declaration names last; an
// enumerator added after that one gets an empty name, and its test fails here (the compiler's
// -Wswitch no longer watches these).
#include <boost/test/unit_test.hpp>

#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include "tests/support/enumerators.h"
#include "validator/core/compare_matrix.h"
#include "validator/core/enum_names.h"
#include "validator/core/report.h"
#include "validator/core/severity.h"
#include "validator/core/stage.h"

using namespace konform;
using konform::test::enumerators;

namespace {

/// Checks that to_string() names each enumerator of `Enum` apart from every other, so that the
/// name maps back to the enumerator (enum -> name -> enum).
template <typename Enum>
void check_names_round_trip(std::size_t at_least) {
  const auto all = enumerators<Enum>();
  BOOST_TEST(all.size() >= at_least);
  std::map<std::string_view, Enum> by_name;
  for (Enum value : all) {
    const std::string_view name = to_string(value);
    BOOST_TEST(!name.empty());
    const auto [entry, added] = by_name.emplace(name, value);
    BOOST_TEST(added, "enumerator " << static_cast<int>(value) << " has the name '" << name
                                    << "' of enumerator " << static_cast<int>(entry->second)
                                    << ": its table lacks a row");
  }
  for (Enum value : all) BOOST_TEST((by_name.at(to_string(value)) == value));
}

enum class Fruit { kApple, kPear, kPlum };

constexpr EnumNames<Fruit::kPear> kTwoFruitNames{"apple", "pear"};

// A list with a name too few or too many for its enumerators does not compile.
static_assert(
    std::is_constructible_v<EnumNames<Fruit::kPlum>, const char*, const char*, const char*>);
static_assert(!std::is_constructible_v<EnumNames<Fruit::kPlum>, const char*, const char*>);
static_assert(
    !std::is_constructible_v<EnumNames<Fruit::kPear>, const char*, const char*, const char*>);

}  // namespace

BOOST_AUTO_TEST_SUITE(enum_names)

BOOST_AUTO_TEST_CASE(a_list_names_its_enumerators_both_ways_and_nothing_past_its_last) {
  BOOST_TEST(kTwoFruitNames.name(Fruit::kApple) == "apple");
  BOOST_TEST(kTwoFruitNames.name(Fruit::kPear) == "pear");
  BOOST_TEST(kTwoFruitNames.name(Fruit::kPlum).empty());  // added after the list's last
  BOOST_TEST((kTwoFruitNames.parse("pear") == Fruit::kPear));
  BOOST_TEST((kTwoFruitNames.parse("plum") == std::nullopt));
  BOOST_TEST((kTwoFruitNames.parse("") == std::nullopt));
}

BOOST_AUTO_TEST_CASE(the_enumerators_are_found) {
  const auto verdicts = enumerators<Verdict>();
  BOOST_TEST_REQUIRE(verdicts.size() == 3u);
  BOOST_TEST((verdicts.front() == Verdict::kConformant));
  BOOST_TEST((verdicts.back() == Verdict::kIncomplete));
}

BOOST_AUTO_TEST_CASE(every_verdict_has_a_name_of_its_own) { check_names_round_trip<Verdict>(3); }

BOOST_AUTO_TEST_CASE(every_stage_status_has_a_name_of_its_own) {
  check_names_round_trip<StageStatus>(4);
}

BOOST_AUTO_TEST_CASE(every_stage_has_a_name_of_its_own_and_parses_back_from_it) {
  check_names_round_trip<Stage>(10);
  for (Stage stage : enumerators<Stage>()) {
    BOOST_TEST((parse_stage(to_string(stage)) == stage));
  }
  BOOST_TEST((parse_stage("Xsd") == std::nullopt));
}

BOOST_AUTO_TEST_CASE(every_cell_state_has_a_name_of_its_own) {
  check_names_round_trip<CellState>(6);
}

BOOST_AUTO_TEST_CASE(every_rule_level_has_a_name_of_its_own_and_its_place_in_the_order) {
  check_names_round_trip<RuleLevel>(5);
  const auto levels = enumerators<RuleLevel>();
  BOOST_TEST(
      (std::vector<RuleLevel>(std::begin(kRuleLevels), std::end(kRuleLevels)) == levels),
      "kRuleLevels lists " << std::size(kRuleLevels) << " of " << levels.size() << " levels");
}

BOOST_AUTO_TEST_CASE(every_severity_parses_back_from_its_name) {
  check_names_round_trip<Severity>(3);
  for (Severity severity : enumerators<Severity>()) {
    BOOST_TEST((parse_severity(to_string(severity)) == severity));
  }
}

BOOST_AUTO_TEST_SUITE_END()
