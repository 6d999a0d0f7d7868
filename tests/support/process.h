// Runs a program for end-to-end tests: argv without a shell, optional standard input, captured
// standard output and error, a wall-clock timeout, and the exit code.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace konform::test {

struct ProcessResult {
  int exit_code = -1;  ///< -1 when killed by a signal or the timeout
  bool timed_out = false;
  std::string out;
  std::string err;
  double seconds = 0;
};

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input = "",
                          std::chrono::seconds timeout = std::chrono::seconds(60),
                          const std::filesystem::path& working_dir = {});

/// run_process with the built konform binary as argv[0].
ProcessResult run_konform(const std::vector<std::string>& arguments, const std::string& input = "",
                          const std::filesystem::path& working_dir = {});

}  // namespace konform::test
