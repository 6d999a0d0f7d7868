#include "reports/profile_test_junit.h"

#include "reports/escape.h"

namespace konform::reports {

void render_profile_test_junit(const profiletest::ProfileTestRun& run, std::ostream& out) {
  const std::string profile = xml_escape_attribute(run.profile_id + " " + run.profile_version);
  std::size_t failures = 0;
  for (const auto& sample : run.samples) failures += sample.passed() ? 0 : 1;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"konform profile test\" tests=\"" << run.samples.size()
      << "\" failures=\"" << failures << "\" errors=\"0\">\n"
      << "  <testsuite name=\"" << profile << "\" tests=\"" << run.samples.size()
      << "\" failures=\"" << failures << "\" errors=\"0\" skipped=\"0\">\n";
  for (const auto& sample : run.samples) {
    out << "    <testcase name=\"" << xml_escape_attribute(sample.name) << "\" classname=\""
        << profile << "\"";
    if (sample.passed()) {
      out << "/>\n";
      continue;
    }
    std::string text;
    for (const auto& difference : sample.differences) text += difference + "\n";
    out << ">\n      <failure message=\"" << xml_escape_attribute(sample.differences.front())
        << "\">" << xml_escape_text(text) << "</failure>\n    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace konform::reports
