#include <boost/test/unit_test.hpp>

#include "validator/core/did_you_mean.h"

using namespace konform;

BOOST_AUTO_TEST_SUITE(did_you_mean_suggestions)

BOOST_AUTO_TEST_CASE(distance_counts_insertions_deletions_replacements_and_swaps) {
  BOOST_TEST(edit_distance("", "") == 0u);
  BOOST_TEST(edit_distance("", "json") == 4u);
  BOOST_TEST(edit_distance("json", "") == 4u);
  BOOST_TEST(edit_distance("validat", "validate") == 1u);  // insertion
  BOOST_TEST(edit_distance("profilee", "profile") == 1u);  // deletion
  BOOST_TEST(edit_distance("jsan", "json") == 1u);         // replacement
  BOOST_TEST(edit_distance("jsno", "json") == 1u);         // swap of neighbours: one edit
  BOOST_TEST(edit_distance("kitten", "sitting") == 3u);
  BOOST_TEST(edit_distance("ca", "abc") == 3u);  // optimal string alignment, not full Damerau
}

BOOST_AUTO_TEST_CASE(threshold_grows_with_the_word_within_bounds) {
  BOOST_TEST(suggestion_threshold("x") == 1u);
  BOOST_TEST(suggestion_threshold("jsn") == 1u);
  BOOST_TEST(suggestion_threshold("validat") == 2u);
  BOOST_TEST(suggestion_threshold("de.sn.musterstat") == 3u);
  BOOST_TEST(suggestion_threshold(std::string(40, 'a')) == 3u);
}

BOOST_AUTO_TEST_CASE(nearest_candidates_within_the_threshold) {
  const std::vector<std::string> formats{"github", "html", "json", "junit", "markdown", "text"};
  BOOST_TEST(closest_names("jsn", formats) == std::vector<std::string>{"json"});
  BOOST_TEST(closest_names("xml", formats).empty());   // html is two edits away, limit one
  BOOST_TEST(closest_names("json", formats).empty());  // an exact name needs no suggestion
  BOOST_TEST(closest_names("jnuit", formats) == std::vector<std::string>{"junit"});
  const std::vector<std::string> ids{"de.bund", "de.sn", "de.sn.musterstadt"};
  BOOST_TEST(closest_names("de.sn.musterstdt", ids) ==
             std::vector<std::string>{"de.sn.musterstadt"});
  BOOST_TEST(closest_names("at.wien", ids).empty());
}

BOOST_AUTO_TEST_CASE(equally_near_candidates_are_all_named_once) {
  BOOST_TEST(closest_names("tast", {"test", "tact", "test", "text"}) ==
             (std::vector<std::string>{"test", "tact"}));  // text is two edits away
  BOOST_TEST(did_you_mean("tast", {"test", "tact", "last"}) ==
             "did you mean 'test', 'tact' or 'last'?");
  BOOST_TEST(did_you_mean("tast", {"test", "tact"}, true) == "meinten Sie 'test' oder 'tact'?");
  BOOST_TEST(did_you_mean("jsn", {"json"}) == "did you mean 'json'?");
  BOOST_TEST(did_you_mean("zzz", {"json"}).empty());
}

BOOST_AUTO_TEST_SUITE_END()
