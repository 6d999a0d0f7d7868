#include "validator/profiletest/profile_test.h"

#include <algorithm>
#include <map>
#include <optional>

#include "validator/check/input_checker.h"
#include "validator/compile/compiled_profile.h"
#include "validator/profiletest/comparison.h"
#include "validator/profiletest/expectation.h"
#include "validator/profiletest/expectation_writer.h"
#include "validator/profiletest/sample_discovery.h"
#include "validator/resolve/profile_resolver.h"

namespace konform::profiletest {
namespace fs = std::filesystem;

namespace {

ResolvedProfiles resolve_at(const ProfileTestOptions& options, const std::string& as_of) {
  ResolveOptions resolve;
  resolve.search_path = options.search_path;
  resolve.as_of = as_of;
  return resolve_profiles({options.profile}, resolve);
}

}  // namespace

ProfileTestRun run_profile_tests(const ProfileTestOptions& options) {
  // Resolving at the run's date first makes a profile that does not resolve or compile a
  // configuration error even when it has no samples.
  const ResolvedProfiles resolved = resolve_at(options, options.as_of);
  const CompiledProfile compiled = compile_profiles(resolved.chain, options.as_of, options.cache);
  ProfileTestRun run;
  run.profile_id = resolved.chain.back().id;
  run.profile_version = resolved.chain.back().version;
  run.tests_dir = resolved.chain.back().dir / "tests";
  std::error_code ec;
  run.has_tests_dir = fs::is_directory(run.tests_dir, ec);
  if (!run.has_tests_dir) return run;

  SampleSet set = discover_samples(run.tests_dir);
  std::vector<Expectation> expectations(set.samples.size());
  run.samples.resize(set.samples.size());
  // Samples grouped by validation date; each date gets its own resolved, compiled chain. The
  // samples of one folder are one run, so what rules read with doc() and collection() (the run's
  // input set) is that folder's samples, not every sample of the profile.
  std::map<std::pair<std::string, fs::path>, std::vector<std::size_t>> by_run;
  for (std::size_t i = 0; i < set.samples.size(); ++i) {
    const Sample& sample = set.samples[i];
    run.samples[i].name = sample.name;
    const std::string expectation_name =
        sample.expectation.lexically_relative(run.tests_dir).generic_string();
    if (!fs::exists(sample.expectation, ec)) {
      run.samples[i].differences.push_back("no expectation file " + expectation_name);
      if (!options.update) continue;
      expectations[i].file = sample.expectation;
    } else {
      expectations[i] = load_expectation(set.samples[i].expectation);
    }
    const std::string& date = expectations[i].as_of.empty() ? options.as_of : expectations[i].as_of;
    by_run[{date, sample.input.file.parent_path()}].push_back(i);
  }
  std::map<std::string, CompiledProfile> by_date;
  for (const auto& [run_key, indices] : by_run) {
    const std::string& date = run_key.first;
    if (date != options.as_of && !by_date.contains(date)) {
      by_date.emplace(date, compile_profiles(resolve_at(options, date).chain, date, options.cache));
    }
    std::vector<InputSource> inputs;
    for (std::size_t i : indices) inputs.push_back(set.samples[i].input);
    CheckOptions check = options.check;
    check.as_of = date;
    check.jobs = options.jobs;
    const Report report =
        check_inputs(date == options.as_of ? compiled : by_date.at(date), inputs, check);
    for (std::size_t k = 0; k < indices.size(); ++k) {
      SampleOutcome& outcome = run.samples[indices[k]];
      const auto differences = compare(expectations[indices[k]], report.inputs[k]);
      outcome.differences.insert(outcome.differences.end(), differences.begin(), differences.end());
      if (options.update && !outcome.differences.empty()) {
        write_expectation(expectations[indices[k]], report.inputs[k]);
        outcome.updated = true;
      }
    }
  }
  for (const auto& orphan : set.orphan_expectations) {
    const std::string sample = orphan.substr(0, orphan.size() - kExpectSuffix.size());
    run.samples.push_back({orphan,
                           {"expectation without its sample: " + sample +
                            " is missing or not a kind of input konform checks"}});
  }
  return run;
}

}  // namespace konform::profiletest
