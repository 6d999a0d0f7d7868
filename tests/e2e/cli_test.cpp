// End-to-end tests of the command-line contract on the built binary: exit codes, the text
// format, the JSON report (validated against xsd/report-1.schema.json), the subcommands.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

fs::path example_dir() { return source_dir() / "profiles/de/sn/musterstadt"; }
std::string good_sample() {
  return (example_dir() / "tests/gewerbe-anmeldung-konform.xml").string();
}
std::string bad_sample() {
  return (example_dir() / "tests/gewerbe-anmeldung-fehlerhaft.xml").string();
}

/// Validates a JSON report file against konform's report schema with Debian's python3-jsonschema.
void require_valid_report(const fs::path& report) {
  auto result =
      run_process({"/usr/bin/python3", (source_dir() / "tests/tools/validate_json.py").string(),
                   (source_dir() / "xsd/report-1.schema.json").string(), report.string()});
  BOOST_TEST(result.exit_code == 0,
             "report does not match its schema: " << result.out << result.err);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli)

BOOST_AUTO_TEST_CASE(version_prints_name_version_and_licence) {
  auto r = run_konform({"--version"});
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.out.find("konform 0.1.0\nLicence: EUPL-1.2 ") == 0u, r.out);
}

BOOST_AUTO_TEST_CASE(conformant_sample_exits_zero) {
  auto r = run_konform({"validate", "--profile", "de.sn.musterstadt", good_sample()});
  BOOST_TEST(r.exit_code == 0, r.out << r.err);
  BOOST_TEST(r.out.find("conformant") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(findings_exit_one_and_print_compiler_style_lines) {
  auto r = run_konform({"validate", "--profile", example_dir().string(), bad_sample()});
  BOOST_TEST(r.exit_code == 1, r.out << r.err);
  // path:line:col: severity: [rule-id] message
  BOOST_TEST(r.out.find(bad_sample() + ":17:76: error: [xsd-valid] missing required attribute "
                                       "'listVersionID'") != std::string::npos,
             r.out);
  BOOST_TEST(r.out.find("not-conformant") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(fail_on_sets_the_threshold) {
  // A sample whose only finding is a warning (the fixture's auftrag-menge): the threshold alone
  // decides between exit 0 and 1.
  const std::string profile = (source_dir() / "tests/e2e/data/auftrag-profile").string();
  const std::string warning_only =
      (source_dir() / "tests/e2e/data/auftrag-profile/tests/bestellung.xml").string();
  const auto run = [&](const char* level) {
    return run_konform({"validate", "--profile", profile, "--as-of", "2026-06-01", "--fail-on",
                        level, warning_only});
  };
  const auto at_error = run("error");
  BOOST_TEST(at_error.exit_code == 0, at_error.out << at_error.err);
  BOOST_TEST(at_error.out.find("auftrag-menge") != std::string::npos, at_error.out);
  BOOST_TEST(run("warning").exit_code == 1);
  BOOST_TEST(run("info").exit_code == 1);
  // An unknown level is a usage error, not a silent default.
  BOOST_TEST(run("fatal").exit_code == 2);
}

BOOST_AUTO_TEST_CASE(output_to_a_pipe_is_written_in_place_not_replaced) {
  // `--output /dev/null` or a FIFO is written, not replaced by a temporary file renamed over it:
  // run as root, that turned /dev/null into a regular file nobody else could write.
  const fs::path dir = output_dir("e2e-output-pipe");
  const fs::path fifo = dir / "report.pipe";
  fs::remove(fifo);
  BOOST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // Non-blocking, so that opening does not wait for a writer and a run that never opens the pipe
  // ends the read loop instead of hanging it.
  const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  BOOST_REQUIRE(fd >= 0);
  std::atomic<bool> finished{false};
  std::string received;
  std::thread reader([&] {
    char buffer[4096];
    for (;;) {
      const ssize_t n = ::read(fd, buffer, sizeof buffer);
      if (n > 0) {
        received.append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 && finished) {
        break;
      } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    }
  });
  const std::string profile = (source_dir() / "tests/e2e/data/auftrag-profile").string();
  const auto result = run_konform(
      {"validate", "--profile", profile, "--as-of", "2026-06-01", "--format", "json", "--output",
       fifo.string(),
       (source_dir() / "tests/e2e/data/auftrag-profile/tests/bestellung.xml").string()});
  finished = true;
  reader.join();
  ::close(fd);
  BOOST_TEST(result.exit_code == 0, result.err);
  BOOST_TEST(fs::is_fifo(fifo));
  BOOST_TEST(received.find("\"verdict\"") != std::string::npos, received.substr(0, 200));
}

BOOST_AUTO_TEST_CASE(json_report_has_the_contract_shape_and_matches_its_schema) {
  const fs::path dir = output_dir("e2e-json");
  const fs::path report = dir / "report.json";
  auto r = run_konform({"validate", "--profile", "de.sn.musterstadt", "--format", "json",
                        "--output", report.string(), good_sample(), bad_sample()});
  BOOST_TEST(r.exit_code == 1, r.err);
  BOOST_TEST(r.out.empty());
  require_valid_report(report);
  std::ifstream in(report);
  auto json = nlohmann::json::parse(in);
  BOOST_TEST(json["tool"]["name"] == "konform");
  BOOST_TEST(json["verdict"] == "not-conformant");
  // The resolved chain, parents first, each with its hash.
  BOOST_REQUIRE_EQUAL(json["profiles"].size(), 3u);
  BOOST_TEST(json["profiles"][0]["id"] == "de.bund");
  BOOST_TEST(json["profiles"][0]["level"] == "federal");
  BOOST_TEST(json["profiles"][1]["id"] == "de.sn");
  BOOST_TEST(json["profiles"][2]["id"] == "de.sn.musterstadt");
  BOOST_TEST(json["profiles"][2]["level"] == "municipal");
  BOOST_TEST(json["profiles"][2]["sha256"].get<std::string>().size() == 64u);
  BOOST_TEST(json["summary"]["inputs"] == 2);
  BOOST_TEST(json["summary"]["errors"] == 4);
  BOOST_TEST(json["inputs"][0]["verdict"] == "conformant");
  BOOST_TEST(json["inputs"][0]["documentType"] == "xdemo.gewerbe.anmeldung.0100");
  BOOST_TEST(json["inputs"][0]["stages"].size() == 5u);  // read, match, xsd, codelist, schematron
  const auto& finding = json["inputs"][1]["findings"][0];
  BOOST_TEST(finding["ruleId"] == "xsd-valid");
  BOOST_TEST(finding["location"]["line"] == 11);
  const std::string xpath = finding["location"]["xpath"];
  BOOST_TEST(
      xpath.starts_with(
          "/Q{urn:xoev-de:musterstadt:standard:xdemo-gewerbe:1.0}gewerbe.anmeldung.0100[1]/"),
      xpath);
  BOOST_TEST(finding["origin"]["profile"] == "de.sn.musterstadt");
  for (const auto& f : fs::directory_iterator(dir)) {
    BOOST_TEST(f.path().filename().string().find(".tmp") == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(adhoc_mode_validates_with_schema_and_catalog) {
  const fs::path corpus = corpus_dir();
  auto r = run_konform({"validate", "--schema", (corpus / "xschule/xsd/xschule.xsd").string(),
                        "--catalog", (corpus / "catalog.xml").string(),
                        (corpus / "xschule/xml").string()});
  BOOST_TEST(r.exit_code == 0, r.out << r.err);
  BOOST_TEST(r.out.find("16 inputs") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(stdin_is_an_input) {
  std::ifstream in(good_sample());
  std::string text((std::istreambuf_iterator<char>(in)), {});
  auto r =
      run_konform({"validate", "--profile", "de.sn.musterstadt", "--format", "json", "-"}, text);
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(nlohmann::json::parse(r.out)["inputs"][0]["path"] == "-");
}

BOOST_AUTO_TEST_CASE(configuration_problems_exit_two_and_say_where) {
  const fs::path dir = output_dir("e2e-config");
  write_text(dir / "broken.xsd",
             "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>\n<xs:element name='a' "
             "type='nope'/>\n</xs:schema>");
  struct Case {
    std::vector<std::string> args;
    std::string expected;
  } cases[] = {
      {{"validate", good_sample()}, "nothing to validate against"},
      {{"validate", "--profile", "de.sn.nowhere", good_sample()}, "not on the search path"},
      {{"validate", "--profile", "de.sn.musterstadt", (dir / "missing.xml").string()},
       "input not found"},
      {{"validate", "--schema", (dir / "broken.xsd").string(), good_sample()}, "broken.xsd:2:"},
      {{"validate", "--profile", "de.sn.musterstadt", "--format", "yaml", good_sample()},
       "unknown format 'yaml'"},
      {{"validate", "--bogus-option", good_sample()}, "bogus"},
      {{"validate"}, "inputs"},
      {{"frobnicate"}, "subcommand"},
  };
  for (const auto& c : cases) {
    auto r = run_konform(c.args);
    BOOST_TEST_CONTEXT(c.expected) {
      BOOST_TEST(r.exit_code == 2);
      BOOST_TEST(r.err.find(c.expected) != std::string::npos, r.err);
    }
  }
}

BOOST_AUTO_TEST_CASE(incomplete_inputs_exit_three_and_are_never_conformant) {
  const fs::path dir = output_dir("e2e-incomplete");
  write_text(dir / "in/big.xml", std::string(4096, ' ') + "<a/>");
  auto r = run_konform({"validate", "--schema", (example_dir() / "xsd/xdemo-basis.xsd").string(),
                        "--max-input-size", "100", "--format", "json", (dir / "in").string()});
  BOOST_TEST(r.exit_code == 3, r.out << r.err);
  auto json = nlohmann::json::parse(r.out);
  BOOST_TEST(json["verdict"] == "incomplete");
  BOOST_TEST(json["inputs"][0]["findings"][0]["ruleId"] == "input-too-large");
}

BOOST_AUTO_TEST_CASE(rules_lists_every_builtin_rule) {
  auto r = run_konform({"rules"});
  BOOST_TEST(r.exit_code == 0);
  for (auto id :
       {"xml-wellformed", "xml-doctype-forbidden", "xsd-valid", "document-type-unmatched"}) {
    BOOST_TEST(r.out.find(id) != std::string::npos, id);
  }
  auto json = run_konform({"rules", "--format", "json"});
  BOOST_TEST(nlohmann::json::parse(json.out).size() >= 10u);
}

BOOST_AUTO_TEST_CASE(folders_are_searched_recursively_and_every_input_is_reported) {
  const fs::path dir = output_dir("e2e-folder");
  fs::copy_file(good_sample(), dir / "a.xml");
  std::ifstream in(good_sample());
  std::string text((std::istreambuf_iterator<char>(in)), {});
  write_text(dir / "sub/b.xml", text.substr(0, text.size() / 2));  // truncated: not well-formed
  write_text(dir / "sub/c.txt", "ignored: not *.xml");
  auto r =
      run_konform({"validate", "--profile", "de.sn.musterstadt", "--format", "json", dir.string()});
  BOOST_TEST(r.exit_code == 1);
  auto json = nlohmann::json::parse(r.out);
  BOOST_REQUIRE_EQUAL(json["inputs"].size(), 2u);
  BOOST_TEST(json["inputs"][0]["verdict"] == "conformant");
  bool not_well_formed = false;
  for (const auto& f : json["inputs"][1]["findings"])
    not_well_formed |= f["ruleId"] == "xml-wellformed";
  BOOST_TEST(not_well_formed);
}

BOOST_AUTO_TEST_SUITE_END()
