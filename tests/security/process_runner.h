// A minimal process runner for the hostile-input suite: runs a program from an argv vector
// (fork + execv, never a shell, so no argument is ever re-interpreted), with standard input from
// /dev/null, captures standard output and error, enforces a wall-clock timeout, and reports how
// the child ended: exit code, the signal that killed it (a crash shows up here), the wall time, the
// CPU time and the time it spent waiting rather than working.
//
// tests/support/process.h has a similar runner for the end-to-end tests; this one also reports the
// terminating signal, which the security tests need to tell a crash from a timeout.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace konform::test::security {

struct RunResult {
  int exit_code = -1;      ///< the child's exit status; -1 when it did not exit normally
  int signal = 0;          ///< the signal that terminated the child (SIGSEGV on a crash), or 0
  bool timed_out = false;  ///< the runner killed the child at the timeout
  std::string out;
  std::string err;
  double seconds = 0;      ///< wall time from fork to reaping the child
  double cpu_seconds = 0;  ///< the child's user + system CPU time (getrusage), load-independent
  /// Wall time during which no thread of the child was running or runnable (all sleeping on a
  /// socket, a pipe, a lock, a timer or the disk), sampled from /proc every few milliseconds. A
  /// loaded machine makes a working child wait for a CPU, which counts as runnable, not here; a
  /// child that blocks instead of working shows up here whatever the load.
  double idle_seconds = 0;
  long peak_rss_kib = 0;  ///< the child's peak resident set size (getrusage ru_maxrss)
};

/// Runs argv[0] (an absolute path) with the given arguments in `working_dir` (when not empty).
RunResult run(const std::vector<std::string>& argv, const std::filesystem::path& working_dir = {},
              std::chrono::milliseconds timeout = std::chrono::seconds(30));

/// A one-line description for failure messages: exit code, signal, time, the start of stderr.
std::string describe(const RunResult& result);

}  // namespace konform::test::security
