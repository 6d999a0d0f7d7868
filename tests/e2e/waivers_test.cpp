// `konform validate` applying konform-waivers.xml: a waived finding stays in the report, marked,
// and no longer decides the verdict or the exit code; globs and xpaths narrow a waiver; an expired
// waiver stops applying and is reported; an unused one is reported; a malformed file is exit 2.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "tests/support/process.h"
#include "tests/support/test_paths.h"
#include "validator/core/sha256.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

constexpr const char* kNamespace = "urn:konform:test:waive";
const std::string kDocPath = std::string("/Q{") + kNamespace + "}doc[1]";

/// A project: profile/ (one document type, <doc><n>integer</n><m>integer</m></doc>), and
/// in/a.xml, in/sub/b.xml, each with a bad <n>; in/sub/b.xml also with a bad <m>.
fs::path make_project(const std::string& name) {
  const fs::path dir = output_dir(name);
  fs::create_directories(dir / "profile");
  fs::create_directories(dir / "in" / "sub");
  std::ofstream(dir / "profile" / "profile.xml")
      << "<profile xmlns='urn:konform:profile:1' id='de.test.waive' version='1.0.0' "
      << "level='municipal'><title>Waiver test</title><publisher>konform tests</publisher>"
      << "<documentType id='doc'><match namespace='" << kNamespace
      << "' localName='doc'/><schema href='doc.xsd'/></documentType></profile>";
  std::ofstream(dir / "profile" / "doc.xsd")
      << "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='" << kNamespace
      << "' elementFormDefault='qualified'><xs:element name='doc'><xs:complexType><xs:sequence>"
      << "<xs:element name='n' type='xs:integer'/><xs:element name='m' type='xs:integer' "
      << "minOccurs='0'/></xs:sequence></xs:complexType></xs:element></xs:schema>";
  std::ofstream(dir / "in" / "a.xml") << "<doc xmlns='" << kNamespace << "'><n>x</n></doc>";
  std::ofstream(dir / "in" / "sub" / "b.xml")
      << "<doc xmlns='" << kNamespace << "'>\n<n>x</n>\n<m>y</m></doc>";
  return dir;
}

void write_waivers(const fs::path& project, const std::string& entries) {
  std::ofstream(project / "konform-waivers.xml")
      << "<?xml version='1.0' encoding='UTF-8'?>\n<waivers xmlns='urn:konform:waivers:1'>\n"
      << entries << "</waivers>\n";
}

std::string waiver(const std::string& attributes, const std::string& expires = "2026-12-31") {
  return "  <waiver rule='xsd-valid' " + attributes +
         " reason='Vendor fix in release 4.2' author='A. Muster' expires='" + expires + "'/>\n";
}

ProcessResult validate(const fs::path& project, const std::string& format = "json",
                       std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"validate",   "--profile", "profile", "--as-of",
                                "2026-06-01", "--format",  format};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back("in");
  return run_konform(args, "", project);
}

int waived_in(const nlohmann::json& input) {
  int count = 0;
  for (const auto& finding : input["findings"]) count += finding.contains("waiver");
  return count;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(waivers)

BOOST_AUTO_TEST_CASE(a_waiver_changes_the_verdict_and_exit_code) {
  const fs::path project = make_project("e2e-waive-applies");
  auto before = validate(project);
  BOOST_REQUIRE_EQUAL(before.exit_code, 1);

  write_waivers(project, waiver("input='in/**'"));
  auto r = validate(project);
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.out << r.err);
  auto json = nlohmann::json::parse(r.out);
  BOOST_TEST(json["verdict"] == "conformant");
  BOOST_TEST(json["waivers"] == "konform-waivers.xml");
  std::ostringstream bytes;
  bytes << std::ifstream(project / "konform-waivers.xml", std::ios::binary).rdbuf();
  BOOST_TEST(json["waiversSha256"] == konform::sha256_hex(bytes.str()));
  BOOST_TEST(json["summary"]["errors"] == 0);
  BOOST_TEST(json["summary"]["waived"] == 3);
  const auto& finding = json["inputs"][0]["findings"][0];
  BOOST_TEST(finding["severity"] == "error");  // the finding keeps its severity
  BOOST_TEST(finding["waiver"]["reason"] == "Vendor fix in release 4.2");
  BOOST_TEST(finding["waiver"]["author"] == "A. Muster");
  BOOST_TEST(finding["waiver"]["expires"] == "2026-12-31");
  BOOST_TEST(!json.contains("notices"));

  auto text = validate(project, "text");
  BOOST_TEST(text.exit_code == 0);
  BOOST_TEST(text.out.find("error (waived): [xsd-valid]") != std::string::npos, text.out);
  BOOST_TEST(text.out.find("3 waived \u2014 conformant") != std::string::npos, text.out);

  // --no-waivers ignores the file; --waivers names another.
  BOOST_TEST(validate(project, "json", {"--no-waivers"}).exit_code == 1);
  fs::rename(project / "konform-waivers.xml", project / "other.xml");
  BOOST_TEST(validate(project, "json", {"--waivers", "other.xml"}).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(a_glob_on_the_input_path_narrows_a_waiver) {
  const fs::path project = make_project("e2e-waive-glob");
  // `*` stays within one folder: in/*.xml covers in/a.xml, not in/sub/b.xml.
  write_waivers(project, waiver("input='./in/*.xml'"));
  auto r = validate(project);
  BOOST_TEST(r.exit_code == 1);
  auto json = nlohmann::json::parse(r.out);
  BOOST_REQUIRE_EQUAL(json["inputs"].size(), 2u);
  BOOST_TEST(json["inputs"][0]["path"] == "in/a.xml");
  BOOST_TEST(json["inputs"][0]["verdict"] == "conformant");
  BOOST_TEST(waived_in(json["inputs"][0]) == 1);
  BOOST_TEST(json["inputs"][1]["verdict"] == "not-conformant");
  BOOST_TEST(waived_in(json["inputs"][1]) == 0);

  write_waivers(project, waiver("input='in/**/b.xml'"));
  json = nlohmann::json::parse(validate(project).out);
  BOOST_TEST(waived_in(json["inputs"][0]) == 0);
  BOOST_TEST(waived_in(json["inputs"][1]) == 2);
}

BOOST_AUTO_TEST_CASE(an_xpath_limits_a_waiver_to_a_node_and_below) {
  const fs::path project = make_project("e2e-waive-xpath");
  const std::string n = kDocPath + "/Q{" + kNamespace + "}n[1]";
  write_waivers(project, waiver("input='in/sub/b.xml' xpath='" + n + "'"));
  auto r = validate(project);
  auto json = nlohmann::json::parse(r.out);
  const auto& b = json["inputs"][1];
  BOOST_REQUIRE_EQUAL(b["findings"].size(), 2u);
  for (const auto& finding : b["findings"]) {
    BOOST_TEST(finding.contains("waiver") == (finding["location"]["xpath"] == n), finding.dump());
  }
  BOOST_TEST(b["verdict"] == "not-conformant");  // <m> is still wrong

  // A waiver on the root covers every node below it.
  write_waivers(project, waiver("input='in/sub/b.xml' xpath='" + kDocPath + "'"));
  json = nlohmann::json::parse(validate(project).out);
  BOOST_TEST(waived_in(json["inputs"][1]) == 2);
  BOOST_TEST(json["inputs"][1]["verdict"] == "conformant");
}

BOOST_AUTO_TEST_CASE(an_expired_waiver_stops_applying_and_is_reported) {
  const fs::path project = make_project("e2e-waive-expired");
  write_waivers(project, waiver("input='in/a.xml'", "2026-05-31"));
  auto r = validate(project);
  BOOST_TEST(r.exit_code == 1);
  auto json = nlohmann::json::parse(r.out);
  const auto& a = json["inputs"][0];
  BOOST_TEST(a["verdict"] == "not-conformant");
  BOOST_TEST(waived_in(a) == 0);
  bool expired_finding = false;
  for (const auto& finding : a["findings"]) {
    if (finding["ruleId"] != "waiver-expired") continue;
    expired_finding = true;
    BOOST_TEST(finding["severity"] == "warning");
    BOOST_TEST(finding["message"].get<std::string>().find("expired on 2026-05-31") !=
               std::string::npos);
    BOOST_TEST(finding["source"] == "konform-waivers.xml:3");
  }
  BOOST_TEST(expired_finding);
  BOOST_REQUIRE(json.contains("notices"));
  BOOST_TEST(json["notices"][0]["code"] == "waiver-expired");
  bool listed = false;
  for (const auto& rule : json["rules"]) listed |= rule["id"] == "waiver-expired";
  BOOST_TEST(listed);

  // On its expiry day a waiver still applies.
  write_waivers(project, waiver("input='in/a.xml'", "2026-06-01"));
  json = nlohmann::json::parse(validate(project).out);
  BOOST_TEST(json["inputs"][0]["verdict"] == "conformant");
}

BOOST_AUTO_TEST_CASE(an_unused_waiver_is_reported) {
  const fs::path project = make_project("e2e-waive-unused");
  write_waivers(project, waiver("input='in/**'") +
                             "  <waiver rule='codelist-unknown-code' input='in/a.xml' "
                             "reason='r' author='B' expires='2027-01-01'/>\n");
  auto r = validate(project);
  BOOST_TEST(r.exit_code == 0);
  auto json = nlohmann::json::parse(r.out);
  BOOST_REQUIRE_EQUAL(json["notices"].size(), 1u);
  BOOST_TEST(json["notices"][0]["code"] == "waiver-unused");
  BOOST_TEST(json["notices"][0]["message"].get<std::string>().find("konform-waivers.xml:4") !=
             std::string::npos);
  auto text = validate(project, "text");
  BOOST_TEST(text.out.find("konform: note: [waiver-unused]") != std::string::npos, text.out);
}

BOOST_AUTO_TEST_CASE(waived_findings_are_suppressed_in_sarif_and_not_failures_in_junit) {
  const fs::path project = make_project("e2e-waive-formats");
  write_waivers(project, waiver("input='in/a.xml'"));
  auto sarif = nlohmann::json::parse(validate(project, "sarif").out);
  int suppressed = 0;
  for (const auto& result : sarif["runs"][0]["results"]) {
    if (!result.contains("suppressions")) continue;
    ++suppressed;
    BOOST_TEST(result["suppressions"][0]["kind"] == "external");
    BOOST_TEST(result["suppressions"][0]["justification"] == "Vendor fix in release 4.2");
  }
  BOOST_TEST(suppressed == 1);
  const std::string junit = validate(project, "junit").out;
  const auto suite_a = junit.find("<testsuite name=\"in/a.xml\"");
  BOOST_REQUIRE(suite_a != std::string::npos);
  const std::string header_a = junit.substr(suite_a, junit.find('>', suite_a) - suite_a);
  BOOST_TEST(header_a.find("failures=\"0\"") != std::string::npos, header_a);
  BOOST_TEST(junit.find("error (waived): ") != std::string::npos, junit);
  auto github = validate(project, "github");
  BOOST_TEST(github.out.find("::notice file=in/a.xml,line=1,") != std::string::npos, github.out);
  BOOST_TEST(github.out.find("title=xsd-valid (waived)") != std::string::npos, github.out);
}

BOOST_AUTO_TEST_CASE(a_malformed_waiver_file_is_refused_at_file_and_line) {
  const fs::path project = make_project("e2e-waive-malformed");
  write_waivers(project, "  <waiver rule='xsd-valid' input='in/**' reason='r' author='A'/>\n");
  auto r = validate(project);
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(r.err.find("konform-waivers.xml:3:") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("invalid waiver file") != std::string::npos, r.err);

  write_waivers(project, waiver("input='in/**'", "2026-13-45"));
  BOOST_TEST(validate(project).exit_code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
