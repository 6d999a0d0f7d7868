// `konform profile test`, `doc` and `import`, registered by profile_command.cpp and run from
// here, one file each, so the profile command stays a list of subcommands; `check`, which import
// runs on what it wrote.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "validator/cli/check_options_cli.h"
#include "validator/cli/commands.h"

namespace konform::cli {

struct ProfileTestArguments {
  std::string profile;  ///< folder (or id[@range])
  std::vector<std::string> profile_path;
  std::string as_of;  ///< already defaulted to today
  bool no_cache = false;
  LimitOptions limits;
  std::string format = "text";  ///< text | junit
  bool update = false;          ///< record current results as expectations
};
int run_profile_test(const ProfileTestArguments& arguments);

struct ProfileDocArguments {
  std::string profile;
  std::vector<std::string> profile_path;
  std::string as_of;
  std::string format = "markdown";  ///< markdown | html
  std::string output;               ///< empty: standard output
  std::string lang;                 ///< de | en; empty: German for html, English for markdown
};
int run_profile_doc(const ProfileDocArguments& arguments);

/// `profile check`: loads, resolves and compiles the profile with everything it names, prints
/// one summary line; throws ConfigError on any problem.
int run_profile_check(const std::string& profile, const std::vector<std::string>& profile_path,
                      const std::string& as_of);

/// Registers `import` under the `profile` command.
Subcommand add_profile_import_command(CLI::App& profile, std::function<std::string()> today);

/// Registers `diff` under the `profile` command (profile_diff_command.cpp).
Subcommand add_profile_diff_command(CLI::App& profile);

}  // namespace konform::cli
