// bench_spawn COMMAND ARGS...: runs COMMAND once, its standard output and error sent to /dev/null,
// and prints "<wall seconds> <peak RSS KiB> <exit code>" (128 + n when signal n ended it).
//
// tests/bench/measure.py times every cell through this launcher rather than spawning the command
// from Python: Linux reports a process's peak RSS (ru_maxrss) as the largest of every memory image
// it had, and the first was a copy of its parent's. Spawned from Python (15-22 MB), a small konform
// or xmllint run would show Python's size, not its own; from this launcher (about 1.5 MB) it shows
// its own. The wall time is taken here too, from fork to the end of wait4, without Python's own
// spawning cost.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>

namespace {

double now_seconds() {
  timespec at{};
  clock_gettime(CLOCK_MONOTONIC, &at);
  return static_cast<double>(at.tv_sec) + static_cast<double>(at.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_spawn COMMAND [ARGS...]\n");
    return 2;
  }
  const double start = now_seconds();
  const pid_t child = fork();
  if (child < 0) {
    std::perror("bench_spawn: fork");
    return 2;
  }
  if (child == 0) {
    const int null = open("/dev/null", O_WRONLY);
    if (null >= 0) {
      dup2(null, STDOUT_FILENO);
      dup2(null, STDERR_FILENO);
    }
    execvp(argv[1], argv + 1);
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) != child) {
    std::perror("bench_spawn: wait4");
    return 2;
  }
  const double seconds = now_seconds() - start;
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::printf("%.6f %ld %d\n", seconds, usage.ru_maxrss, code);
  return 0;
}
