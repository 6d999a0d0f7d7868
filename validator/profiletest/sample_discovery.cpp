#include "validator/profiletest/sample_discovery.h"

#include <algorithm>
#include <set>

#include "validator/core/config_error.h"
#include "validator/profiletest/expectation.h"

namespace konform::profiletest {
namespace fs = std::filesystem;

namespace {

bool is_expectation(const fs::path& path) {
  return path.filename().string().ends_with(kExpectSuffix);
}

}  // namespace

SampleSet discover_samples(const fs::path& tests_dir) {
  SampleSet set;
  std::set<fs::path> expected;  // the expectation files samples name
  for (auto& input : discover_inputs({tests_dir.string()})) {
    if (is_expectation(input.file)) continue;
    Sample sample;
    sample.name = input.file.lexically_relative(tests_dir).generic_string();
    sample.expectation = expectation_path(input.file);
    expected.insert(sample.expectation.lexically_normal());
    sample.input = std::move(input);
    set.samples.push_back(std::move(sample));
  }
  std::error_code ec;
  fs::recursive_directory_iterator it(tests_dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) throw ConfigError("cannot list folder: " + ec.message(), tests_dir.string());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw ConfigError("cannot list folder: " + ec.message(), tests_dir.string());
    if (!is_expectation(it->path()) || it->is_directory(ec)) continue;
    if (!expected.count(it->path().lexically_normal())) {
      set.orphan_expectations.push_back(it->path().lexically_relative(tests_dir).generic_string());
    }
  }
  std::sort(set.orphan_expectations.begin(), set.orphan_expectations.end());
  return set;
}

}  // namespace konform::profiletest
