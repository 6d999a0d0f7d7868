// CPU time of the calling thread, for tests that bound how much work a call does: unlike wall
// time it does not grow when a loaded machine (two cores, parallel test suites) makes the thread
// wait for a CPU, so such a bound fails only when the call itself does more work.
#pragma once

#include <time.h>

namespace konform::test {

/// Seconds of CPU the calling thread has used so far (CLOCK_THREAD_CPUTIME_ID).
inline double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

}  // namespace konform::test
