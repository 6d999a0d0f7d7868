// `konform profile test` as the text renderer writes it from a hand-built run: a line per sample
// with its differences, the summary with the date, what --update wrote, and profiles without
// samples.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "reports/profile_test_text.h"

namespace konform::reports {
namespace {

using profiletest::ProfileTestRun;

ProfileTestRun run_with_samples() {
  ProfileTestRun run;
  run.profile_id = "de.sn";
  run.profile_version = "1.0.0";
  run.tests_dir = "/p/sn/tests";
  run.has_tests_dir = true;
  run.samples = {{"good.xml", {}, false},
                 {"bad.xml", {"expected SN-1 at 3:4, got nothing", "unexpected SN-2"}, false},
                 {"new.xml", {"+ SN-3"}, true}};
  return run;
}

std::string test_text(const ProfileTestRun& run, bool update) {
  std::ostringstream out;
  render_profile_test_text(run, "2026-12-06", update, out);
  return out.str();
}

BOOST_AUTO_TEST_SUITE(profile_test_text)

BOOST_AUTO_TEST_CASE(each_sample_then_the_summary) {
  BOOST_TEST(test_text(run_with_samples(), true) ==
             "ok    good.xml\n"
             "FAIL  bad.xml\n"
             "      expected SN-1 at 3:4, got nothing\n"
             "      unexpected SN-2\n"
             "wrote new.xml\n"
             "      + SN-3\n"
             "konform: profile de.sn 1.0.0: 3 samples, 2 passed, 1 failed (as of 2026-12-06 "
             "unless a sample says otherwise), 1 expectation written (review the differences "
             "above)\n");
}

BOOST_AUTO_TEST_CASE(without_update_the_summary_names_no_expectations) {
  ProfileTestRun run = run_with_samples();
  run.samples.pop_back();
  const std::string text = test_text(run, false);
  BOOST_TEST(text.substr(text.rfind("konform:")) ==
             "konform: profile de.sn 1.0.0: 2 samples, 1 passed, 1 failed (as of 2026-12-06 "
             "unless a sample says otherwise)\n");
}

BOOST_AUTO_TEST_CASE(a_profile_without_samples_says_where_they_would_be) {
  ProfileTestRun run = run_with_samples();
  run.samples.clear();
  BOOST_TEST(test_text(run, false) ==
             "konform: profile de.sn 1.0.0 has no samples in /p/sn/tests\n");
  run.has_tests_dir = false;
  BOOST_TEST(test_text(run, false) ==
             "konform: profile de.sn 1.0.0 has no samples (no folder /p/sn/tests)\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
