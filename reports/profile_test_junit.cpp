#include "reports/profile_test_junit.h"

#include "validator/core/xml_writer.h"

namespace konform::reports {
namespace {

using Element = XmlWriter::Element;

void write_counts(std::size_t tests, std::size_t failures, XmlWriter& xml) {
  xml.attribute("tests", std::to_string(tests));
  xml.attribute("failures", std::to_string(failures));
  xml.attribute("errors", "0");
}

void write_sample(const profiletest::SampleOutcome& sample, std::string_view profile,
                  XmlWriter& xml) {
  const Element testcase(xml, "testcase");
  xml.attribute("name", sample.name);
  xml.attribute("classname", profile);
  if (sample.passed()) return;
  std::string text;
  for (const auto& difference : sample.differences) text += difference + "\n";
  const Element failure(xml, "failure");
  xml.attribute("message", sample.differences.front());
  xml.text(text);
}

}  // namespace

void render_profile_test_junit(const profiletest::ProfileTestRun& run, std::ostream& out) {
  const std::string profile = run.profile_id + " " + run.profile_version;
  std::size_t failures = 0;
  for (const auto& sample : run.samples) failures += sample.passed() ? 0 : 1;
  XmlWriter xml(out);
  xml.declaration();
  {
    const Element root(xml, "testsuites");
    xml.attribute("name", "konform profile test");
    write_counts(run.samples.size(), failures, xml);
    const Element suite(xml, "testsuite");
    xml.attribute("name", profile);
    write_counts(run.samples.size(), failures, xml);
    xml.attribute("skipped", "0");
    for (const auto& sample : run.samples) write_sample(sample, profile, xml);
  }
  xml.finish();
}

}  // namespace konform::reports
