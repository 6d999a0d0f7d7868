// The runner's time measures, on which every hostile case's budget rests: a child that sleeps is
// idle for as long as it sleeps, and a child that computes is never idle, however loaded the
// machine (a working child waiting for a CPU is runnable, not idle).
#include "tests/security/process_runner.h"

#include <boost/test/unit_test.hpp>

using namespace konform::test::security;

BOOST_AUTO_TEST_SUITE(process_runner)

BOOST_AUTO_TEST_CASE(a_sleeping_child_is_idle_and_uses_no_cpu) {
  const RunResult result = run({"/bin/sleep", "0.5"});
  BOOST_TEST(result.exit_code == 0, describe(result));
  BOOST_TEST(result.idle_seconds >= 0.4, describe(result));
  BOOST_TEST(result.cpu_seconds < 0.1, describe(result));
}

BOOST_AUTO_TEST_CASE(a_computing_child_is_not_idle) {
  // About half a second of shell arithmetic; under load it takes longer, but stays runnable.
  const RunResult result =
      run({"/bin/sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i + 1)); done"});
  BOOST_TEST(result.exit_code == 0, describe(result));
  BOOST_TEST(result.cpu_seconds > 0.1, describe(result));
  BOOST_TEST(result.idle_seconds < 0.2 * result.seconds + 0.05, describe(result));
}

BOOST_AUTO_TEST_SUITE_END()
