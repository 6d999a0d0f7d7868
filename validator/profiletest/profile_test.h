// `konform profile test DIR`: resolves the profile in DIR with its chain, compiles it and checks
// every sample under DIR/tests/ against its expectation (see expectation.h, comparison.h). A
// sample with its own asOf is checked against the chain resolved and compiled for that date.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "validator/cache/cache_store.h"
#include "validator/check/input_checker.h"
#include "validator/core/profile_test_result.h"

namespace konform::profiletest {

struct ProfileTestOptions {
  std::string profile;  ///< folder with profile.xml (or id[@range] on the search path)
  std::vector<std::filesystem::path> search_path;
  std::string as_of;                    ///< YYYY-MM-DD for samples that do not name their own
  unsigned jobs = 1;                    ///< samples checked concurrently
  const cache::Store* cache = nullptr;  ///< compiled-profile cache; null: compile everything
  /// Limits and excerpt settings for every sample (as validate takes them); the validation date
  /// and jobs are set per run from the fields above.
  CheckOptions check;
  /// Write each sample's current result as its expectation where they differ (and for samples
  /// without one); the differences are still reported, as the diff to review.
  bool update = false;
};

/// Runs the profile's tests. Throws ConfigError (exit 2) when the profile does not resolve or
/// compile, at the default date or at a sample's asOf, or an expectation file is invalid.
ProfileTestRun run_profile_tests(const ProfileTestOptions& options);

}  // namespace konform::profiletest
