#include "tests/security/process_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace konform::test::security {
namespace {

using Clock = std::chrono::steady_clock;

/// Both ends of a pipe, closed on scope exit unless moved away.
struct Pipe {
  int read_end = -1;
  int write_end = -1;
  Pipe() {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
    read_end = fds[0];
    write_end = fds[1];
  }
  ~Pipe() {
    if (read_end >= 0) close(read_end);
    if (write_end >= 0) close(write_end);
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
};

/// How often the child's thread states are sampled for RunResult::idle_seconds.
constexpr std::chrono::milliseconds kIdleSampling{10};

/// Whether any thread of process `pid` is running or runnable (state R in /proc/PID/task/*/stat;
/// a thread waiting for a CPU is R too). A process that is gone or not readable counts as not.
bool any_thread_runnable(pid_t pid) {
  std::error_code error;
  const std::filesystem::path tasks = "/proc/" + std::to_string(pid) + "/task";
  for (std::filesystem::directory_iterator it(tasks, error), end; !error && it != end;
       it.increment(error)) {
    std::ifstream stat(it->path() / "stat");
    std::string line;
    std::getline(stat, line);
    // "TID (comm) S ...": the command may hold spaces and parentheses, the state follows the last.
    const std::size_t close = line.rfind(')');
    if (close != std::string::npos && close + 2 < line.size() && line[close + 2] == 'R') {
      return true;
    }
  }
  return false;
}

/// Reads both pipes until they close or the deadline passes, adding the time in which the child
/// had no runnable thread to `idle_seconds`; returns false on timeout.
bool drain(pid_t pid, int out_fd, int err_fd, std::string& out, std::string& err,
           Clock::time_point deadline, double& idle_seconds) {
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* sinks[2] = {&out, &err};
  int open_count = 2;
  char buffer[65536];
  Clock::time_point sampled = Clock::now();
  while (open_count > 0) {
    const Clock::time_point now = Clock::now();
    if (now - sampled >= kIdleSampling) {
      if (!any_thread_runnable(pid))
        idle_seconds += std::chrono::duration<double>(now - sampled).count();
      sampled = now;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now);
    if (left.count() <= 0) return false;
    int ready = poll(fds, 2, static_cast<int>(std::min(left, kIdleSampling).count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) return true;
    if (ready == 0) continue;  // a sampling tick; the deadline is checked above
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;  // poll ignores negative descriptors
        --open_count;
      }
    }
  }
  return true;
}

}  // namespace

RunResult run(const std::vector<std::string>& argv, const std::filesystem::path& working_dir,
              std::chrono::milliseconds timeout) {
  if (argv.empty()) throw std::invalid_argument("run: empty argv");
  // Everything the child needs is prepared before fork: after fork in a multi-threaded process
  // (the loopback server runs a thread) only async-signal-safe calls are allowed.
  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  const std::string dir = working_dir.string();
  Pipe out_pipe;
  Pipe err_pipe;
  int null_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (null_fd < 0) throw std::runtime_error("cannot open /dev/null");

  RunResult result;
  const auto start = Clock::now();
  pid_t pid = fork();
  if (pid < 0) {
    close(null_fd);
    throw std::runtime_error("fork failed");
  }
  if (pid == 0) {
    if (!dir.empty() && chdir(dir.c_str()) != 0) _exit(127);
    dup2(null_fd, STDIN_FILENO);
    dup2(out_pipe.write_end, STDOUT_FILENO);
    dup2(err_pipe.write_end, STDERR_FILENO);
    execv(args[0], args.data());
    _exit(127);
  }
  close(null_fd);
  close(out_pipe.write_end);
  out_pipe.write_end = -1;
  close(err_pipe.write_end);
  err_pipe.write_end = -1;

  if (!drain(pid, out_pipe.read_end, err_pipe.read_end, result.out, result.err, start + timeout,
             result.idle_seconds)) {
    result.timed_out = true;
    kill(pid, SIGKILL);
  }
  int status = 0;
  struct rusage usage {};
  while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  result.peak_rss_kib = usage.ru_maxrss;
  auto as_seconds = [](const timeval& time) {
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
  };
  result.cpu_seconds = as_seconds(usage.ru_utime) + as_seconds(usage.ru_stime);
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  return result;
}

std::string describe(const RunResult& result) {
  std::ostringstream text;
  text << "exit " << result.exit_code << ", signal " << result.signal << ", "
       << (result.timed_out ? "TIMED OUT, " : "") << result.seconds << " s wall, "
       << result.cpu_seconds << " s CPU, " << result.idle_seconds
       << " s idle, stderr: " << result.err.substr(0, 400);
  return text.str();
}

}  // namespace konform::test::security
