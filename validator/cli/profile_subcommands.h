// `konform profile test` and `konform profile doc`, registered by profile_command.cpp and run
// from here, one file each, so the profile command stays a list of subcommands.
#pragma once

#include <string>
#include <vector>

#include "validator/cli/check_options_cli.h"

namespace konform::cli {

struct ProfileTestArguments {
  std::string profile;  ///< folder (or id[@range])
  std::vector<std::string> profile_path;
  std::string as_of;  ///< already defaulted to today
  bool no_cache = false;
  LimitOptions limits;
};
int run_profile_test(const ProfileTestArguments& arguments);

struct ProfileDocArguments {
  std::string profile;
  std::vector<std::string> profile_path;
  std::string as_of;
  std::string format = "markdown";  ///< markdown | html
  std::string output;               ///< empty: standard output
};
int run_profile_doc(const ProfileDocArguments& arguments);

}  // namespace konform::cli
