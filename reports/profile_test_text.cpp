#include "reports/profile_test_text.h"

#include "reports/wording.h"

namespace konform::reports {

void render_profile_test_text(const profiletest::ProfileTestRun& run, std::string_view as_of,
                              bool update, std::ostream& out) {
  const std::string profile = run.profile_id + " " + run.profile_version;
  if (!run.has_tests_dir) {
    out << "konform: profile " << profile << " has no samples (no folder " << run.tests_dir.string()
        << ")\n";
    return;
  }
  if (run.samples.empty()) {
    out << "konform: profile " << profile << " has no samples in " << run.tests_dir.string()
        << "\n";
    return;
  }
  std::size_t updated = 0;
  for (const auto& sample : run.samples) {
    out << (sample.updated    ? "wrote "
            : sample.passed() ? "ok    "
                              : "FAIL  ")
        << sample.name << "\n";
    for (const auto& difference : sample.differences) out << "      " << difference << "\n";
    updated += sample.updated ? 1 : 0;
  }
  const std::size_t failed = run.failed();
  out << "konform: profile " << profile << ": " << counted(run.samples.size(), "sample") << ", "
      << run.samples.size() - failed << " passed, " << failed << " failed (as of " << as_of
      << " unless a sample says otherwise)"
      << (update
              ? ", " + counted(updated, "expectation") + " written (review the differences above)"
              : std::string())
      << "\n";
}

}  // namespace konform::reports
