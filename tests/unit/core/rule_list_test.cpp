// A chain's rule catalogue is shared by every report checked against it: copying a list must not
// copy the rules, and writing to one list (a waiver listing its rule) must leave the others, and
// so the chain's catalogue, as they were.
#include <boost/test/unit_test.hpp>

#include <vector>

#include "validator/core/rule_list.h"

namespace konform {
namespace {

RuleInfo rule(const char* id) { return {id, Severity::kError, "", "", ""}; }

RuleList two_rules() { return std::vector<RuleInfo>{rule("a"), rule("c")}; }

BOOST_AUTO_TEST_SUITE(rule_list)

BOOST_AUTO_TEST_CASE(a_copy_shares_the_rules) {
  const RuleList catalogue = two_rules();
  const RuleList report = catalogue;
  BOOST_TEST(report.shares(catalogue));
  BOOST_TEST(&report[0] == &catalogue[0]);
  BOOST_TEST(report.size() == 2u);
}

BOOST_AUTO_TEST_CASE(equal_rules_apart_are_equal_but_not_shared) {
  const RuleList one = two_rules();
  const RuleList other = two_rules();
  BOOST_TEST(!one.shares(other));
  BOOST_TEST((one == other));
}

BOOST_AUTO_TEST_CASE(inserting_copies_a_shared_list_first) {
  const RuleList catalogue = two_rules();
  RuleList report = catalogue;
  report.insert(report.begin() + 1, rule("b"));
  BOOST_TEST(!report.shares(catalogue));
  BOOST_TEST(catalogue.size() == 2u);
  BOOST_REQUIRE(report.size() == 3u);
  BOOST_TEST(report[0].id == "a");
  BOOST_TEST(report[1].id == "b");
  BOOST_TEST(report[2].id == "c");
  BOOST_TEST(!(report == catalogue));
}

BOOST_AUTO_TEST_CASE(a_sole_owner_writes_in_place) {
  RuleList rules;
  BOOST_TEST(rules.empty());
  rules.push_back(rule("a"));
  rules.insert(rules.end(), rule("b"));
  rules.push_back(rule("c"));
  BOOST_TEST(rules.size() == 3u);
  BOOST_TEST(rules.back().id == "c");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform
