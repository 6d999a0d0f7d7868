// `konform profile test`: samples against their expectations, every failure mode visible, exit
// codes 0 / 1 / 2; a profile without tests/ says it has no samples.
#include <boost/test/unit_test.hpp>

#include <pugixml.hpp>

#include <fstream>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

const fs::path kFixture = "tests/e2e/data/auftrag-profile";

/// A copy of the fixture profile whose tests/ folder the test may change.
fs::path fixture_copy(const std::string& name) {
  const fs::path dir = output_dir(name);
  fs::copy(source_dir() / kFixture, dir, fs::copy_options::recursive);
  return dir;
}

bool contains(const std::string& text, std::string_view needle) {
  return text.find(needle) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_test_command)

BOOST_AUTO_TEST_CASE(samples_meeting_their_expectations_pass) {
  auto r = run_konform({"profile", "test", (source_dir() / kFixture).string()});
  BOOST_TEST(r.exit_code == 0, r.out << r.err);
  BOOST_TEST(contains(r.out, "ok    bestellung.xml\n"), r.out);
  BOOST_TEST(contains(r.out, "ok    storno-ohne-bezug.xml\n"), r.out);
  BOOST_TEST(contains(r.out, "3 samples, 3 passed, 0 failed"), r.out);
}

BOOST_AUTO_TEST_CASE(every_kind_of_difference_fails_the_run) {
  const fs::path dir = fixture_copy("e2e-profile-test-differences");
  // A wrong expectation, a sample without one, an expectation without its sample.
  write_text(dir / "tests/storno.xml.expect.xml",
             "<expect xmlns='urn:konform:profile-test:1' verdict='failed' asOf='2026-06-01'>"
             "<finding rule='auftrag-menge' line='3'/></expect>");
  write_text(dir / "tests/neu/ohne-erwartung.xml", "<x/>");
  write_text(dir / "tests/verwaist.xml.expect.xml", "<expect xmlns='urn:konform:profile-test:1'/>");
  auto r = run_konform({"profile", "test", dir.string()});
  BOOST_TEST(r.exit_code == 1, r.out << r.err);
  BOOST_TEST(contains(r.out, "ok    bestellung.xml\n"), r.out);
  BOOST_TEST(contains(r.out,
                      "FAIL  storno.xml\n      verdict is passed, expected failed\n"
                      "      missing expected finding auftrag-menge at line 3\n"),
             r.out);
  BOOST_TEST(contains(r.out,
                      "FAIL  neu/ohne-erwartung.xml\n      no expectation file "
                      "neu/ohne-erwartung.xml.expect.xml\n"),
             r.out);
  BOOST_TEST(contains(r.out,
                      "FAIL  verwaist.xml.expect.xml\n      expectation without its "
                      "sample: verwaist.xml"),
             r.out);
  BOOST_TEST(contains(r.out, "5 samples, 2 passed, 3 failed"), r.out);
}

BOOST_AUTO_TEST_CASE(junit_lists_every_sample_and_each_miss_as_a_failure) {
  auto passing =
      run_konform({"profile", "test", (source_dir() / kFixture).string(), "--format", "junit"});
  BOOST_TEST(passing.exit_code == 0, passing.out << passing.err);
  pugi::xml_document ok;
  BOOST_REQUIRE(ok.load_string(passing.out.c_str()));
  const auto suite = ok.child("testsuites").child("testsuite");
  BOOST_TEST(suite.attribute("tests").as_int() == 3);
  BOOST_TEST(suite.attribute("failures").as_int() == 0);
  BOOST_TEST(suite.find_child_by_attribute("testcase", "name", "bestellung.xml"));

  const fs::path dir = fixture_copy("e2e-profile-test-junit");
  write_text(dir / "tests/storno.xml.expect.xml",
             "<expect xmlns='urn:konform:profile-test:1' verdict='failed' asOf='2026-06-01'/>");
  auto failing = run_konform({"profile", "test", dir.string(), "--format", "junit"});
  BOOST_TEST(failing.exit_code == 1, failing.out << failing.err);
  pugi::xml_document report;
  BOOST_REQUIRE(report.load_string(failing.out.c_str()));
  const auto failed_suite = report.child("testsuites").child("testsuite");
  BOOST_TEST(failed_suite.attribute("failures").as_int() == 1);
  const auto failure =
      failed_suite.find_child_by_attribute("testcase", "name", "storno.xml").child("failure");
  BOOST_TEST(std::string(failure.attribute("message").value()) ==
             "verdict is passed, expected failed");
}

BOOST_AUTO_TEST_CASE(update_records_current_results_and_prints_what_changed) {
  const fs::path dir = fixture_copy("e2e-profile-test-update");
  write_text(dir / "tests/storno.xml.expect.xml",
             "<expect xmlns='urn:konform:profile-test:1' verdict='failed' asOf='2026-06-01'/>");
  write_text(dir / "tests/neu/ohne-erwartung.xml", "<x/>");
  auto r = run_konform({"profile", "test", dir.string(), "--update"});
  BOOST_TEST(r.exit_code == 0, r.out << r.err);
  BOOST_TEST(contains(r.out, "ok    bestellung.xml\n"), r.out);
  BOOST_TEST(contains(r.out, "wrote storno.xml\n      verdict is passed, expected failed\n"),
             r.out);
  BOOST_TEST(contains(r.out,
                      "wrote neu/ohne-erwartung.xml\n      no expectation file "
                      "neu/ohne-erwartung.xml.expect.xml\n      unexpected finding "),
             r.out);
  BOOST_TEST(contains(r.out, "2 expectations written"), r.out);
  // The recorded expectations keep the sample's date and now hold: a plain run passes.
  BOOST_TEST(contains(read_text(dir / "tests/storno.xml.expect.xml"), "asOf=\"2026-06-01\""));
  auto again = run_konform({"profile", "test", dir.string()});
  BOOST_TEST(again.exit_code == 0, again.out << again.err);
  BOOST_TEST(contains(again.out, "4 samples, 4 passed, 0 failed"), again.out);
}

BOOST_AUTO_TEST_CASE(an_unexpected_finding_is_shown_with_line_and_message) {
  const fs::path dir = fixture_copy("e2e-profile-test-unexpected");
  write_text(dir / "tests/bestellung.xml.expect.xml",
             "<expect xmlns='urn:konform:profile-test:1' asOf='2026-06-01'/>");
  auto r = run_konform({"profile", "test", dir.string()});
  BOOST_TEST(r.exit_code == 1, r.out << r.err);
  BOOST_TEST(contains(r.out,
                      "      unexpected finding auftrag-menge (warning) at line 5: The "
                      "quantity of an order line must be a positive whole number."),
             r.out);
}

BOOST_AUTO_TEST_CASE(the_input_limits_of_validate_apply_to_the_samples) {
  // Nesting deeper than one level stops every sample's read: the samples meet their expectations
  // no longer, and the finding names the limit's option.
  auto r = run_konform({"profile", "test", (source_dir() / kFixture).string(), "--max-depth", "1"});
  BOOST_TEST(r.exit_code == 1, r.out << r.err);
  BOOST_TEST(contains(r.out, "unexpected finding xml-limit-exceeded"), r.out);
  BOOST_TEST(contains(r.out, "--max-depth"), r.out);
  auto bad =
      run_konform({"profile", "test", (source_dir() / kFixture).string(), "--max-depth", "none"});
  BOOST_TEST(bad.exit_code == 2, bad.out << bad.err);
}

BOOST_AUTO_TEST_CASE(an_invalid_expectation_is_a_configuration_error_with_its_location) {
  const fs::path dir = fixture_copy("e2e-profile-test-invalid");
  write_text(dir / "tests/storno.xml.expect.xml",
             "<expect xmlns='urn:konform:profile-test:1'>\n<finding rul='x'/></expect>");
  auto r = run_konform({"profile", "test", dir.string()});
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
  BOOST_TEST(contains(r.err, "storno.xml.expect.xml:2:"), r.err);
}

BOOST_AUTO_TEST_CASE(a_profile_without_tests_says_it_has_no_samples) {
  const fs::path dir = output_dir("e2e-profile-test-none");
  write_text(dir / "profile.xml",
             "<profile xmlns='urn:konform:profile:1' id='test.leer' version='1.0.0' "
             "level='other'><title>T</title><publisher>P</publisher></profile>");
  auto r = run_konform({"profile", "test", dir.string()});
  BOOST_TEST(r.exit_code == 0, r.out << r.err);
  BOOST_TEST(contains(r.out, "has no samples"), r.out);
}

BOOST_AUTO_TEST_CASE(a_profile_that_does_not_resolve_is_a_configuration_error) {
  auto r = run_konform({"profile", "test", output_dir("e2e-profile-test-empty").string()});
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
}

BOOST_AUTO_TEST_SUITE_END()
