#include "validator/waive/glob.h"

#include <boost/test/unit_test.hpp>

using konform::waive::glob_match;

BOOST_AUTO_TEST_SUITE(waiver_glob)

BOOST_AUTO_TEST_CASE(plain_paths_match_after_normalising) {
  BOOST_TEST(glob_match("in/a.xml", "in/a.xml"));
  BOOST_TEST(glob_match("./in/a.xml", "in/a.xml"));
  BOOST_TEST(glob_match("in/a.xml", "./in/./a.xml"));
  BOOST_TEST(!glob_match("in/a.xml", "in/b.xml"));
  BOOST_TEST(!glob_match("in/a.xml", "in/a.xml.bak"));
  BOOST_TEST(glob_match("-", "-"));
}

BOOST_AUTO_TEST_CASE(star_and_question_mark_stay_within_one_folder) {
  BOOST_TEST(glob_match("in/*.xml", "in/a.xml"));
  BOOST_TEST(!glob_match("in/*.xml", "in/sub/a.xml"));
  BOOST_TEST(glob_match("in/?.xml", "in/a.xml"));
  BOOST_TEST(!glob_match("in/?.xml", "in/ab.xml"));
  BOOST_TEST(!glob_match("in?a.xml", "in/a.xml"));
  BOOST_TEST(glob_match("*/*-fehlerhaft.xml", "tests/gewerbe-fehlerhaft.xml"));
}

BOOST_AUTO_TEST_CASE(double_star_spans_folders_including_none) {
  BOOST_TEST(glob_match("in/**", "in/a.xml"));
  BOOST_TEST(glob_match("in/**", "in/x/y/a.xml"));
  BOOST_TEST(glob_match("in/**/a.xml", "in/a.xml"));
  BOOST_TEST(glob_match("in/**/a.xml", "in/x/y/a.xml"));
  BOOST_TEST(!glob_match("in/**/a.xml", "out/x/a.xml"));
  BOOST_TEST(glob_match("**", "/abs/path/a.xml"));
  BOOST_TEST(glob_match("**/*.xml", "a.xml"));
}

BOOST_AUTO_TEST_SUITE_END()
