// Service definitions end to end: the real publiccode.yml files of ../shared/servicedefs against
// the federal profile, the example product (definition + referenced publiccode.yml + sample), the
// cross-checks between a definition and its samples, and findings located on YAML lines.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using konform::test::run_konform;
using Json = nlohmann::json;

namespace {

using Expected = std::multiset<std::tuple<std::string, int, std::string>>;

/// (rule, line, severity) of every error and warning of the first input.
Expected findings_of(const Json& report, std::size_t input = 0) {
  Expected out;
  for (const auto& f : report["inputs"][input]["findings"]) {
    const std::string severity = f["severity"];
    if (severity == "info") continue;
    out.insert({f["ruleId"], f["location"]["line"], severity});
  }
  return out;
}

/// "rule@line:severity" lines, printable in failure messages.
std::vector<std::string> as_text(const Expected& findings) {
  std::vector<std::string> out;
  for (const auto& [rule, line, severity] : findings)
    out.push_back(rule + "@" + std::to_string(line) + ":" + severity);
  return out;
}

Json validate(const std::vector<std::string>& extra, int expected_exit) {
  std::vector<std::string> args{"validate", "--format", "json", "--as-of", "2026-11-01"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto run = run_konform(args);
  BOOST_TEST_INFO(run.err);
  BOOST_TEST(run.exit_code == expected_exit);
  return Json::parse(run.out);
}

fs::path example_dir() {
  return konform::test::source_dir() / "profiles/de/sn/musterstadt/examples/servicedef";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(service_definitions)

// The outcomes ../shared/servicedefs/SOURCES.md expects from publiccode-parser-go: the two valid
// files have only warnings (not the latest version, deprecated keys); the three invalid ones fail
// for the reasons listed there. Rules that need konform's own declarations do not apply to a
// plain publiccode.yml.
BOOST_AUTO_TEST_CASE(real_publiccode_files_get_the_upstream_parsers_outcomes) {
  const fs::path dir = konform::test::shared_dir() / "servicedefs";
  const std::vector<std::pair<std::string, Expected>> cases = {
      {"muenchen-mucgpt.publiccode.yml", {{"PUBLICCODE-VERSION-LATEST", 1, "warning"}}},
      {"bund-elterngeldrechner.publiccode.yml",
       {{"PUBLICCODE-VERSION-LATEST", 1, "warning"}, {"PUBLICCODE-DEPRECATED", 23, "warning"}}},
      {"itzbund-kolibri.publiccode.yml",
       {{"PUBLICCODE-VERSION-LATEST", 5, "warning"},
        {"servicedef-unknown-key", 11, "error"},  // documentationURL
        {"servicedef-unknown-key", 13, "error"},  // version
        {"PUBLICCODE-FEATURES", 40, "error"},
        {"PUBLICCODE-DEPRECATED", 70, "warning"}}},
      {"aitema-terminvergabe.publiccode.yml",
       {{"PUBLICCODE-VERSION-LATEST", 1, "warning"},
        {"PUBLICCODE-VERSION-TYPE", 1, "error"},  // publiccodeYmlVersion: 0.4 is a float
        {"xsd-valid", 13, "error"},               // category 'government'
        {"PUBLICCODE-DEPRECATED", 23, "warning"},
        {"PUBLICCODE-DEPRECATED", 51, "warning"},
        {"PUBLICCODE-DEPRECATED", 71, "warning"},
        {"xsd-valid", 74, "error"}}},  // maintenance.type: commercial
      {"kolibri-fork-nonstandard.publiccode.yml",
       {{"PUBLICCODE-VERSION-LATEST", 1, "warning"},
        {"servicedef-unknown-key", 3, "error"},
        {"xsd-valid", 20, "error"},
        {"xsd-valid", 23, "error"},
        {"xsd-valid", 24, "error"},
        {"xsd-valid", 25, "error"},
        {"xsd-valid", 26, "error"},
        {"xsd-valid", 31, "error"},
        {"xsd-valid", 32, "error"},
        {"servicedef-unknown-key", 36, "error"},
        {"servicedef-unknown-key", 37, "error"},
        {"servicedef-unknown-key", 38, "error"},
        {"servicedef-unknown-key", 39, "error"},
        {"servicedef-unknown-key", 40, "error"},
        {"PUBLICCODE-FEATURES", 41, "error"},
        {"xsd-valid", 76, "error"},
        {"servicedef-unknown-key", 81, "error"},
        {"servicedef-unknown-key", 95, "error"},
        {"servicedef-unknown-key", 98, "error"},
        {"servicedef-unknown-key", 101, "error"}}},
  };
  for (const auto& [file, expected] : cases) {
    BOOST_TEST_CONTEXT(file) {
      const bool valid = std::none_of(expected.begin(), expected.end(),
                                      [](const auto& e) { return std::get<2>(e) == "error"; });
      const Json report = validate({"--profile", "de.bund", (dir / file).string()}, valid ? 0 : 1);
      BOOST_TEST(report["inputs"].size() == 1u);
      BOOST_TEST(report["inputs"][0]["documentType"] == "service-definition");
      BOOST_TEST(as_text(findings_of(report)) == as_text(expected),
                 boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(an_unknown_key_is_one_finding_on_its_yaml_line_with_its_path) {
  const Json report = validate(
      {"--profile", "de.bund",
       (konform::test::shared_dir() / "servicedefs/itzbund-kolibri.publiccode.yml").string()},
      1);
  const auto& findings = report["inputs"][0]["findings"];
  const auto unknown = std::find_if(findings.begin(), findings.end(), [](const Json& f) {
    return f["ruleId"] == "servicedef-unknown-key";
  });
  BOOST_REQUIRE(unknown != findings.end());
  BOOST_TEST((*unknown)["location"]["line"] == 11);
  BOOST_TEST((*unknown)["location"]["column"] == 1);
  BOOST_TEST(std::string((*unknown)["message"]).starts_with("unknown key 'documentationURL'"));
  // The keys the schema allows there, from the content model the XSD finding names (its
  // schema_error, not its text).
  BOOST_TEST(std::string((*unknown)["message"]).find("; expected here: IT, applicationSuite, ") !=
             std::string::npos);
  BOOST_TEST(std::string((*unknown)["messageDe"]).starts_with("unbekannter Schlüssel"));
}

BOOST_AUTO_TEST_CASE(the_example_product_is_conformant_in_one_run_with_its_sample) {
  // The folder holds konform-service.yml, the publiccode.yml it references and a sample message:
  // two inputs (the referenced publiccode.yml is part of the definition, not an input).
  const Json report = validate({"--profile", "de.sn.musterstadt", example_dir().string()}, 0);
  BOOST_REQUIRE_EQUAL(report["inputs"].size(), 2u);
  std::set<std::string> types;
  for (const auto& input : report["inputs"]) types.insert(input["documentType"]);
  BOOST_TEST(types.count("service-definition") == 1u);
  BOOST_TEST(types.count("xdemo.gewerbe.anmeldung.0100") == 1u);
  BOOST_TEST(report["verdict"] == "conformant");
}

BOOST_AUTO_TEST_CASE(samples_are_cross_checked_against_the_declared_standards) {
  const fs::path dir = konform::test::output_dir("servicedef_cross_check");
  fs::remove_all(dir);
  fs::copy(example_dir(), dir, fs::copy_options::recursive);
  // Declare a standard the chain does not allow, a missing sample and one outside the folder.
  std::ifstream in(dir / "konform-service.yml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  const auto at = text.find("standard: XDemo Gewerbe");
  BOOST_REQUIRE(at != std::string::npos);
  text.replace(at, std::string("standard: XDemo Gewerbe").size(), "standard: XBau");
  text += "\n# added by the test\nx-unused: 1\n";
  konform::test::write_text(dir / "konform-service.yml", text);
  const Json report = validate({"--profile", "de.sn.musterstadt", dir.string()}, 1);
  std::set<std::string> rules;
  for (const auto& input : report["inputs"]) {
    for (const auto& f : input["findings"]) rules.insert(f["ruleId"]);
  }
  BOOST_TEST(rules.count("servicedef-standard-not-allowed") == 1u);
  BOOST_TEST(rules.count("servicedef-sample-undeclared") == 1u);
  BOOST_TEST(rules.count("servicedef-unknown-key") == 1u);
}

BOOST_AUTO_TEST_CASE(a_missing_or_escaping_sample_is_a_finding_not_an_input) {
  const fs::path dir = konform::test::output_dir("servicedef_missing_sample");
  fs::remove_all(dir);
  konform::test::write_text(dir / "secret.xml", "<secret/>");
  konform::test::write_text(dir / "product" / "konform-service.yml",
                            "konform: \"1.0\"\nsamples:\n  - nowhere.xml\n  - ../secret.xml\n");
  const Json report = validate({"--profile", "de.sn.musterstadt", (dir / "product").string()}, 1);
  BOOST_REQUIRE_EQUAL(report["inputs"].size(), 1u);
  std::multiset<int> lines;
  for (const auto& f : report["inputs"][0]["findings"]) {
    if (f["ruleId"] == "servicedef-sample-missing") lines.insert(f["location"]["line"].get<int>());
  }
  BOOST_TEST(lines == (std::multiset<int>{3, 4}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(broken_yaml_is_located_and_never_conformant) {
  const fs::path dir = konform::test::output_dir("servicedef_broken");
  fs::remove_all(dir);
  konform::test::write_text(dir / "a.konform-service.yml",
                            "konform: \"1.0\"\nprovider: [unclosed\nkind: x\n");
  konform::test::write_text(dir / "b.konform-service.yml",
                            "konform: \"1.0\"\nkind: software\nkind: onlineService\n");
  const Json report = validate({"--profile", "de.bund", dir.string()}, 1);
  BOOST_REQUIRE_EQUAL(report["inputs"].size(), 2u);
  const auto& broken = report["inputs"][0];
  BOOST_TEST(broken["verdict"] != "conformant");
  BOOST_TEST(broken["findings"][0]["ruleId"] == "yaml-wellformed");
  BOOST_TEST(broken["findings"][0]["location"]["line"].get<int>() >= 2);
  const auto& duplicate = report["inputs"][1];
  const auto yaml = std::find_if(duplicate["findings"].begin(), duplicate["findings"].end(),
                                 [](const Json& f) { return f["ruleId"] == "yaml-wellformed"; });
  BOOST_REQUIRE(yaml != duplicate["findings"].end());
  BOOST_TEST((*yaml)["location"]["line"] == 3);
}

BOOST_AUTO_TEST_CASE(init_service_writes_a_template_that_references_publiccode) {
  const fs::path dir = konform::test::output_dir("servicedef_init");
  fs::remove_all(dir);
  konform::test::write_text(
      dir / "publiccode.yml",
      "publiccodeYmlVersion: \"0.4\"\nname: X\nde:\n  countryExtensionVersion: \"1.0\"\n"
      "  leika:\n    - leika-id: \"99050012104000\"\n      ozg-id: \"10055\"\n");
  auto run = run_konform({"init", "service", "--from", "publiccode.yml"}, "", dir);
  BOOST_TEST(run.exit_code == 0);
  BOOST_TEST(run.err.find("took over 1 LeiKa entry") != std::string::npos);
  std::ifstream in(dir / "konform-service.yml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  BOOST_TEST(text.find("publiccode: \"publiccode.yml\"") != std::string::npos);
  BOOST_TEST(text.find("leikaKey: \"99050012104000\"") != std::string::npos);
  auto again = run_konform({"init", "service", "--from", "publiccode.yml"}, "", dir);
  BOOST_TEST(again.exit_code == 2);  // never overwrites without --force
  auto view = run_konform({"servicedef", "view", "konform-service.yml"}, "", dir);
  BOOST_TEST(view.exit_code == 0);
  BOOST_TEST(view.out.find("<publiccode ref=\"publiccode.yml\">") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(service_definition_chain)

// The chain effect: one definition passes the federal and the Saxon profile and fails the
// municipal one on a municipal rule; the report names the rule's origin.
BOOST_AUTO_TEST_CASE(a_municipal_rule_fails_what_the_levels_above_accept) {
  const fs::path file = konform::test::source_dir() /
                        "profiles/de/bund/tests/servicedef/chain-effect.konform-service.yml";
  for (const char* profile : {"de.bund", "de.sn"}) {
    BOOST_TEST_CONTEXT(profile) {
      const Json report = validate({"--profile", profile, file.string()}, 0);
      BOOST_TEST(report["verdict"] == "conformant");
    }
  }
  const Json report = validate({"--profile", "de.sn.musterstadt", file.string()}, 1);
  const auto& findings = report["inputs"][0]["findings"];
  const auto municipal = std::find_if(findings.begin(), findings.end(),
                                      [](const Json& f) { return f["ruleId"] == "MUN-ORG-001"; });
  BOOST_REQUIRE(municipal != findings.end());
  BOOST_TEST((*municipal)["origin"]["profile"] == "de.sn.musterstadt");
  BOOST_TEST((*municipal)["origin"]["level"] == "municipal");
  BOOST_TEST(!std::string((*municipal)["messageDe"]).empty());
  BOOST_TEST(!std::string((*municipal)["source"]).empty());
}

BOOST_AUTO_TEST_SUITE_END()
