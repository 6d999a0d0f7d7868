// The outcome of `konform profile test`: plain values, so renderers (reports/, the JUnit
// output) need nothing of the run that produced them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace konform::profiletest {

/// The outcome for one sample (or one expectation without its sample).
struct SampleOutcome {
  std::string name;                      ///< relative to the tests folder
  std::vector<std::string> differences;  ///< empty: the sample passed
  /// --update wrote the sample's current result as its expectation; `differences` are what
  /// changed (the diff to review).
  bool updated = false;
  bool passed() const { return differences.empty(); }
};

struct ProfileTestRun {
  std::string profile_id;
  std::string profile_version;
  std::filesystem::path tests_dir;
  bool has_tests_dir = false;
  std::vector<SampleOutcome> samples;  ///< samples in path order, then orphan expectations

  bool passed() const {
    return std::all_of(samples.begin(), samples.end(),
                       [](const SampleOutcome& sample) { return sample.passed(); });
  }
  /// The samples that missed their expectation; one --update rewrote does not count.
  std::size_t failed() const {
    return static_cast<std::size_t>(std::count_if(
        samples.begin(), samples.end(),
        [](const SampleOutcome& sample) { return !sample.passed() && !sample.updated; }));
  }
};

}  // namespace konform::profiletest
