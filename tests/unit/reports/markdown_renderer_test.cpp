// Markdown: table cells survive hostile text, blanks for unknown positions, per-input verdicts.
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "reports/formats.h"

namespace konform::reports {
namespace {

std::string markdown_text(const Report& report) {
  std::ostringstream out;
  render_markdown(report, {}, out);
  return out.str();
}

BOOST_AUTO_TEST_SUITE(markdown_renderer)

BOOST_AUTO_TEST_CASE(finding_row_is_one_escaped_table_row) {
  Report report;
  InputResult input;
  input.path = "a|b.xml";
  input.stages = {{"xsd", StageStatus::kFailed, 1}};
  Finding finding;
  finding.rule_id = "r";
  finding.message = "x | <script> & y\nz";
  finding.location = {0, 0, "/Q{urn:x}a[1]/@b"};
  input.findings.push_back(finding);
  report.inputs.push_back(input);
  finish(report);
  const std::string md = markdown_text(report);
  BOOST_TEST(md.starts_with("## \u274c konform: not-conformant\n\n"));
  BOOST_TEST(md.find("### \u274c a\\|b.xml \u2014 not-conformant\n") != std::string::npos, md);
  BOOST_TEST(md.find("| error | r |  |  | x \\| &lt;script&gt; &amp; y<br>z | "
                     "/Q{urn:x}a\\[1\\]/@b |\n") != std::string::npos,
             md);
}

BOOST_AUTO_TEST_CASE(empty_run_is_incomplete_without_input_sections) {
  Report report;
  finish(report);
  BOOST_TEST(markdown_text(report) ==
             "## \u26a0\ufe0f konform: incomplete\n\n"
             "| Inputs | Errors | Warnings | Infos |\n"
             "|---:|---:|---:|---:|\n"
             "| 0 | 0 | 0 | 0 |\n\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
