// Fault isolation and input handling: one broken input never loses the others' results, every
// input appears in the report, inputs that cannot be read are reported (never silently skipped),
// a missing operand is a usage error, and report files are written atomically.
#include <boost/test/unit_test.hpp>

#include <iomanip>
#include <sstream>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

std::string two_digit_name(int n) {
  std::ostringstream name;
  name << "msg-" << std::setw(2) << std::setfill('0') << n << ".xml";
  return name.str();
}

/// Files in `dir` (recursively) whose name contains ".tmp" or starts with '.'.
std::vector<std::string> leftovers(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.find(".tmp") != std::string::npos || name.starts_with(".")) found.push_back(name);
  }
  return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(batch)

BOOST_AUTO_TEST_CASE(twenty_inputs_five_broken_all_reported_with_their_own_verdict) {
  const fs::path dir = output_dir("security/batch");
  const fs::path inputs = dir / "inputs";
  // Broken inputs, each broken differently, spread between good ones: number -> (text, rule).
  const std::map<int, std::pair<std::string, std::string>> broken = {
      {3, {read_text(cases_dir() / "doctype-internal-only.xml"), "xml-doctype-forbidden"}},
      {7, {read_text(cases_dir() / "truncated.xml"), "xml-wellformed"}},
      {11, {read_text(example_profile() / "tests/gewerbe-anmeldung-fehlerhaft.xml"), "xsd-valid"}},
      {15, {"<unknown-root/>\n", "document-type-unmatched"}},
      {19, {read_text(cases_dir() / "invalid-utf8.xml"), "xml-wellformed"}},
  };
  for (int n = 1; n <= 20; ++n) {
    auto it = broken.find(n);
    write_text(inputs / two_digit_name(n),
               it == broken.end() ? conformant_message() : it->second.first);
  }
  RunResult result = validate_json({inputs.string()});
  BOOST_TEST(result.exit_code == 1, describe(result));
  auto report = parse_report(result.out);
  BOOST_TEST(report.value("verdict", "") == "not-conformant");
  BOOST_TEST(report["inputs"].size() == 20u);
  for (int n = 1; n <= 20; ++n) {
    BOOST_TEST_CONTEXT(two_digit_name(n)) {
      auto entry = input_entry(report, two_digit_name(n));
      BOOST_TEST_REQUIRE(entry.is_object(), "missing from the report");
      auto it = broken.find(n);
      if (it == broken.end()) {
        BOOST_TEST(entry.value("verdict", "") == "conformant", rule_ids(entry));
      } else {
        BOOST_TEST(entry.value("verdict", "") == "not-conformant");
        BOOST_TEST(has_located_finding(entry, it->second.second),
                   "expected " << it->second.second << ", got " << rule_ids(entry));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(dangling_symlink_named_xml_in_an_input_folder_is_reported) {
  // Tests run as root, so chmod 000 would not stop a read; a dangling symlink is an input that
  // cannot be read whatever the user. Observed (2026-11-26): konform's folder search keeps only
  // regular files, so the link is dropped silently and the folder is reported "conformant" with
  // exit 0. README: "Every input appears in the report; nothing is skipped silently."
  const fs::path dir = output_dir("security/dangling-symlink");
  write_text(dir / "inputs/good.xml", conformant_message());
  fs::create_symlink(dir / "does-not-exist.xml", dir / "inputs/dangling.xml");
  RunResult result = validate_json({(dir / "inputs").string()});
  BOOST_TEST(result.signal == 0);
  auto report = parse_report(result.out);
  auto entry = input_entry(report, "dangling.xml");
  BOOST_TEST(entry.is_object(),
             "BUG in konform: the dangling symlink inputs/dangling.xml was silently skipped "
             "(not in the report; run verdict '"
                 << report.value("verdict", "") << "', exit " << result.exit_code << ")");
  if (entry.is_object()) {
    const std::string verdict = entry.value("verdict", "");
    BOOST_TEST((verdict == "incomplete" || verdict == "not-conformant"), verdict);
  }
  BOOST_TEST(result.exit_code != 0, "an unreadable input must not give exit 0");
  BOOST_TEST(report.value("verdict", "") != "conformant");
}

BOOST_AUTO_TEST_CASE(dangling_symlink_given_directly_is_a_usage_error) {
  const fs::path dir = output_dir("security/dangling-operand");
  fs::create_symlink(dir / "does-not-exist.xml", dir / "dangling.xml");
  RunResult result = validate_json({(dir / "dangling.xml").string()});
  BOOST_TEST(result.exit_code == 2, describe(result));
  BOOST_TEST(result.err.find("dangling.xml") != std::string::npos, result.err);
}

BOOST_AUTO_TEST_CASE(folder_named_x_xml_is_searched_not_read) {
  // Documented behaviour: a directory whose name ends in .xml is a folder like any other (searched
  // for *.xml files), not an input. A folder tree without any input is a usage error (exit 2,
  // naming the folder searched) with no report, never "conformant".
  const fs::path dir = output_dir("security/folder-named-xml");
  fs::create_directories(dir / "inputs/x.xml");
  RunResult result = validate_json({(dir / "inputs").string()});
  BOOST_TEST(result.exit_code == 2, describe(result));
  BOOST_TEST(result.err.find("no inputs found") != std::string::npos, result.err);
  BOOST_TEST(result.err.find((dir / "inputs").string()) != std::string::npos, result.err);
  BOOST_TEST(!claims_conformant(result.out));
}

BOOST_AUTO_TEST_CASE(missing_input_path_is_a_usage_error) {
  const fs::path dir = output_dir("security/missing-input");
  const fs::path missing = dir / "no-such-message.xml";
  RunResult result = validate_json({missing.string()});
  BOOST_TEST(result.exit_code == 2, describe(result));
  BOOST_TEST(result.err.find("no-such-message.xml") != std::string::npos, result.err);
  BOOST_TEST(!claims_conformant(result.out));
}

BOOST_AUTO_TEST_CASE(report_files_are_written_atomically_without_leftovers) {
  const fs::path dir = output_dir("security/atomic-output");
  const fs::path message = dir / "message.xml";
  write_text(message, conformant_message());
  const fs::path reports = dir / "reports";
  fs::create_directories(reports);
  RunResult result =
      konform_run({"validate", "--profile", example_profile().string(), "--format", "json",
                   "--output", (reports / "report.json").string(), "--format", "text", "--output",
                   (reports / "report.txt").string(), message.string()});
  BOOST_TEST(result.exit_code == 0, describe(result));
  auto report = parse_report(read_text(reports / "report.json"));
  BOOST_TEST(report.value("verdict", "") == "conformant");
  BOOST_TEST(fs::file_size(reports / "report.txt") > 0u);
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(reports))
    names.push_back(entry.path().filename().string());
  BOOST_TEST(names.size() == 2u, "unexpected files next to the reports");
  BOOST_TEST(leftovers(reports).empty());

  // A report path that cannot be written (it is a folder): an error, and still no temporary file.
  fs::create_directories(reports / "blocked.json");
  RunResult failed =
      konform_run({"validate", "--profile", example_profile().string(), "--format", "json",
                   "--output", (reports / "blocked.json").string(), message.string()});
  BOOST_TEST(failed.exit_code != 0, describe(failed));
  BOOST_TEST(leftovers(reports).empty(), "temporary files left behind after a failed write");
}

BOOST_AUTO_TEST_SUITE_END()
