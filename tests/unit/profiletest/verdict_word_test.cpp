// `konform profile test` words for the verdicts (a lookup_table.h table in comparison.cpp): every
// verdict has a word of its own, so an expectation's word names exactly one verdict.
#include <boost/test/unit_test.hpp>

#include <map>
#include <string_view>

#include "tests/support/enumerators.h"
#include "validator/profiletest/comparison.h"

using namespace konform;

BOOST_AUTO_TEST_SUITE(profiletest_verdict_word)

BOOST_AUTO_TEST_CASE(every_verdict_has_a_word_of_its_own) {
  const auto verdicts = konform::test::enumerators<Verdict>();
  BOOST_TEST_REQUIRE(verdicts.size() >= 3u);
  std::map<std::string_view, Verdict> by_word;
  for (Verdict verdict : verdicts) {
    BOOST_TEST(by_word.emplace(profiletest::verdict_word(verdict), verdict).second,
               "verdict " << static_cast<int>(verdict) << " shares the word '"
                          << profiletest::verdict_word(verdict) << "': the table lacks a row");
  }
  for (Verdict verdict : verdicts) {
    BOOST_TEST((by_word.at(profiletest::verdict_word(verdict)) == verdict));
  }
}

BOOST_AUTO_TEST_SUITE_END()
