// Finding a profile's test samples: everything under tests/ that `konform validate` would check
// when given that folder (the same discover_inputs), less the expectation files, each paired
// with the expectation file next to it (foo.xml -> foo.xml.expect.xml). Nothing is skipped
// silently: a sample without expectation and an expectation without sample both come back, to be
// reported as failures.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "validator/input/input_source.h"

namespace konform::profiletest {

struct Sample {
  InputSource input;
  std::string name;  ///< path relative to the tests folder, '/'-separated, for output
  std::filesystem::path expectation;  ///< may not exist
};

struct SampleSet {
  std::vector<Sample> samples;  ///< sorted by path
  /// Expectation files whose sample is missing or is not a kind of input konform checks.
  std::vector<std::string> orphan_expectations;
};

/// The samples under `tests_dir` (recursively). REQUIRES: `tests_dir` is a folder.
SampleSet discover_samples(const std::filesystem::path& tests_dir);

}  // namespace konform::profiletest
