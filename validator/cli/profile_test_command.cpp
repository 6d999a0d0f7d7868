// `konform profile test DIR`: one line per sample (ok / FAIL with its differences), a summary,
// or with --format junit the same as JUnit XML; exit 0 when every sample meets its expectation,
// 1 when any does not, 2 on configuration errors.
#include <algorithm>
#include <iostream>
#include <thread>

#include "reports/profile_test_junit.h"
#include "reports/profile_test_text.h"
#include "validator/cli/chain_setup.h"
#include "validator/cli/exit_code.h"
#include "validator/cli/profile_subcommands.h"
#include "validator/profiletest/profile_test.h"
#include "validator/resolve/profile_resolver.h"

namespace konform::cli {

int run_profile_test(const ProfileTestArguments& arguments) {
  profiletest::ProfileTestOptions options;
  options.profile = arguments.profile;
  options.search_path =
      profile_search_path({arguments.profile_path.begin(), arguments.profile_path.end()});
  options.as_of = arguments.as_of;
  options.jobs = std::max(1u, std::thread::hardware_concurrency());
  options.update = arguments.update;
  const auto cache = open_cache(arguments.no_cache);
  options.cache = cache.get();
  apply_limits(arguments.limits, options.check);
  const auto run = profiletest::run_profile_tests(options);
  if (arguments.format == "junit") {
    reports::render_profile_test_junit(run, std::cout);
    return run.passed() ? kExitOk : kExitFindings;
  }
  reports::render_profile_test_text(run, arguments.as_of, arguments.update, std::cout);
  return run.failed() == 0 ? kExitOk : kExitFindings;
}

}  // namespace konform::cli
