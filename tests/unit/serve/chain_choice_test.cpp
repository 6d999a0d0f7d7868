// Which loaded chain `?profile=` picks: by the `--profile` argument, by the id of the chain's
// profile, or by ID@RANGE among several versions of it (the highest that matches).
#include <boost/test/unit_test.hpp>

#include "validator/serve/chain_set.h"

using namespace konform::serve;

namespace {

ChainSet three_chains() {
  ChainSet set;
  set.chains = {{"xrechnung@^2", nullptr, "de.xrechnung", "2.3.1"},
                {"/profiles/xrechnung-3", nullptr, "de.xrechnung", "3.0.2"},
                {"de.sn.musterstadt", nullptr, "de.sn.musterstadt", "1.0.0"}};
  return set;
}

std::string chosen(const ChainSet& set, const std::string& wanted) {
  const LoadedChain* chain = set.find(wanted);
  return chain == nullptr ? "none" : chain->name;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(serve_chain_choice)

BOOST_AUTO_TEST_CASE(the_start_argument_names_its_chain) {
  const ChainSet set = three_chains();
  BOOST_TEST(chosen(set, "xrechnung@^2") == "xrechnung@^2");
  BOOST_TEST(chosen(set, "/profiles/xrechnung-3") == "/profiles/xrechnung-3");
  BOOST_TEST(chosen(set, "de.sn.musterstadt") == "de.sn.musterstadt");
}

BOOST_AUTO_TEST_CASE(a_version_range_picks_the_highest_loaded_version_in_it) {
  const ChainSet set = three_chains();
  BOOST_TEST(chosen(set, "de.xrechnung") == "/profiles/xrechnung-3");
  BOOST_TEST(chosen(set, "de.xrechnung@*") == "/profiles/xrechnung-3");
  BOOST_TEST(chosen(set, "de.xrechnung@^2") == "xrechnung@^2");
  BOOST_TEST(chosen(set, "de.xrechnung@~2.3") == "xrechnung@^2");
  BOOST_TEST(chosen(set, "de.xrechnung@>=2.0.0 <4.0.0") == "/profiles/xrechnung-3");
  BOOST_TEST(chosen(set, "de.xrechnung@3.0.2") == "/profiles/xrechnung-3");
  BOOST_TEST(chosen(set, "de.xrechnung@^4") == "none");
  BOOST_TEST(chosen(set, "de.xrechnung@not-a-range") == "none");
  BOOST_TEST(chosen(set, "de.sn@*") == "none");
}

BOOST_AUTO_TEST_CASE(no_name_picks_the_only_chain_or_none) {
  BOOST_TEST(chosen(three_chains(), "") == "none");
  ChainSet one;
  one.chains = {{"de.sn.musterstadt", nullptr, "de.sn.musterstadt", "1.0.0"}};
  BOOST_TEST(chosen(one, "") == "de.sn.musterstadt");
}

BOOST_AUTO_TEST_CASE(answers_list_each_chain_with_its_id_and_version) {
  BOOST_TEST(three_chains().describe() ==
             "xrechnung@^2 (de.xrechnung 2.3.1), /profiles/xrechnung-3 (de.xrechnung 3.0.2), "
             "de.sn.musterstadt (de.sn.musterstadt 1.0.0)");
}

BOOST_AUTO_TEST_SUITE_END()
