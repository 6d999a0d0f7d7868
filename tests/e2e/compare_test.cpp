// End-to-end tests of `konform compare` on the candidate folders in tests/e2e/fixtures/compare/
// (good: conformant; org-rules-failing: federal, state and municipal organisational rules fail;
// sample-missing: the sample it lists is not there), checked against de.sn.musterstadt: the
// matrix cells in the JSON (valid against xsd/compare-1.schema.json), the html page, the exit
// codes 0, 1, 2 and 3.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using Json = nlohmann::json;

namespace {

std::string fixture(const std::string& name) {
  return (source_dir() / "tests/e2e/fixtures/compare" / name).string();
}

std::vector<std::string> compare_args(std::vector<std::string> candidates,
                                      std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"compare", "--profile", "de.sn.musterstadt", "--as-of",
                                   "2026-11-01"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.insert(args.end(), candidates.begin(), candidates.end());
  return args;
}

void require_valid(const fs::path& json_file) {
  auto result =
      run_process({"/usr/bin/python3", (source_dir() / "tests/tools/validate_json.py").string(),
                   (source_dir() / "xsd/compare-1.schema.json").string(), json_file.string()});
  BOOST_TEST(result.exit_code == 0, "not valid against compare-1: " << result.out << result.err);
}

Json parse_checked(const std::string& text, const fs::path& dir) {
  const fs::path file = dir / "compare.json";
  std::ofstream(file, std::ios::binary) << text;
  require_valid(file);
  return Json::parse(text);
}

const Json& rule(const Json& matrix, const std::string& id) {
  for (const auto& row : matrix["rules"]) {
    if (row["id"] == id) return row;
  }
  BOOST_FAIL("no row for rule " << id);
  return matrix;  // not reached
}

/// The states of a rule's cells, one per candidate, e.g. "pass fail:error:1 not-applicable".
std::string states(const Json& matrix, const std::string& id) {
  std::string text;
  for (const auto& cell : rule(matrix, id)["cells"]) {
    if (!text.empty()) text += ' ';
    text += cell["state"].get<std::string>();
    if (cell["findings"].get<int>() > 0) {
      text += ':' + cell["severity"].get<std::string>() + ':' +
              std::to_string(cell["findings"].get<int>());
    }
  }
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(compare)

BOOST_AUTO_TEST_CASE(three_candidates_side_by_side) {
  const fs::path dir = output_dir("e2e-compare");
  auto r = run_konform(compare_args(
      {fixture("good"), fixture("org-rules-failing"), fixture("sample-missing") + "/"}));
  BOOST_TEST(r.exit_code == 1, r.out << r.err);
  const Json matrix = parse_checked(r.out, dir);
  BOOST_TEST(matrix["verdict"] == "not-conformant");
  BOOST_TEST(matrix["asOf"] == "2026-11-01");
  BOOST_REQUIRE(matrix["profiles"].size() == 3u);

  const Json& candidates = matrix["candidates"];
  BOOST_REQUIRE(candidates.size() == 3u);
  BOOST_TEST(candidates[0]["name"] == "good");
  BOOST_TEST(candidates[0]["productName"] == "Gewerbe-Online Musterstadt");
  BOOST_TEST(candidates[0]["verdict"] == "conformant");
  BOOST_TEST(candidates[1]["name"] == "org-rules-failing");
  BOOST_TEST(candidates[1]["productName"] == "Gewerbe-Portal Beispiel");
  BOOST_TEST(candidates[1]["verdict"] == "not-conformant");
  BOOST_TEST(candidates[1]["totals"]["errors"] == 3);
  BOOST_TEST(candidates[2]["name"] == "sample-missing");  // the trailing slash is not the name
  BOOST_TEST(candidates[2]["productName"] == "Gewerbe-Online \"M\u00fcller & S\u00f6hne\" <Beta>");
  BOOST_TEST(candidates[2]["verdict"] == "not-conformant");
  // The publiccode.yml the definition references is part of it, not an input of its own.
  BOOST_TEST(candidates[0]["totals"]["inputs"] == 2);
  BOOST_TEST(candidates[2]["totals"]["inputs"] == 1);
  for (const auto& input : candidates[0]["inputs"]) {
    BOOST_TEST(input["path"].get<std::string>().find("publiccode.yml") == std::string::npos);
  }

  // Organisational rules of every level, from the Schematron rule set of each profile.
  BOOST_TEST(states(matrix, "FED-DSGVO-001") == "pass fail:error:1 pass");
  BOOST_TEST(states(matrix, "SN-EGOV-001") == "pass fail:error:1 pass");
  BOOST_TEST(states(matrix, "MUN-ORG-001") == "pass fail:error:1 pass");
  BOOST_TEST(states(matrix, "FED-OZG-002") == "pass pass pass");
  // The message rules need a message: the candidate without its sample has none.
  BOOST_TEST(states(matrix, "xdemo-nachrichtentyp") == "pass pass not-applicable");
  BOOST_TEST(states(matrix, "servicedef-sample-missing") == "pass pass fail:error:1");
  BOOST_TEST(states(matrix, "xsd-valid") == "pass pass pass");

  const Json& org = rule(matrix, "MUN-ORG-001");
  BOOST_TEST(org["level"] == "municipal");
  BOOST_TEST(org["profile"] == "de.sn.musterstadt");
  BOOST_TEST(org["topic"] == "ORG");
  BOOST_TEST(rule(matrix, "SN-EGOV-001")["level"] == "state");
  BOOST_TEST(rule(matrix, "FED-DSGVO-001")["level"] == "federal");
  BOOST_TEST(rule(matrix, "FED-DSGVO-001")["topic"] == "DSGVO");
  BOOST_TEST(rule(matrix, "xsd-valid")["level"] == "format");
  BOOST_TEST(rule(matrix, "xsd-valid")["profile"] == "");
  BOOST_TEST(rule(matrix, "xdemo-nachrichtentyp")["level"] == "municipal");
  // Rows by level: format first, municipal last.
  BOOST_TEST(matrix["rules"].front()["level"] == "format");
  BOOST_TEST(matrix["rules"].back()["level"] == "municipal");
}

BOOST_AUTO_TEST_CASE(html_and_json_in_one_run) {
  const fs::path dir = output_dir("e2e-compare-formats");
  const fs::path json = dir / "matrix.json";
  const fs::path html = dir / "matrix.html";
  const fs::path html_en = dir / "matrix-en.html";
  auto r = run_konform(compare_args({fixture("good"), fixture("org-rules-failing")},
                                    {"--format", "html", "--output", html.string(), "--format",
                                     "json", "--output", json.string()}));
  BOOST_TEST(r.exit_code == 1, r.out << r.err);
  BOOST_TEST(r.out.empty());
  require_valid(json);
  const std::string page = read_text(html);
  BOOST_TEST(page.find("<html lang=\"de\">") != std::string::npos);
  BOOST_TEST(page.find("data-verdict=\"not-conformant\"") != std::string::npos);
  BOOST_TEST(page.find("<code class=\"rule-id\">MUN-ORG-001</code>") != std::string::npos);
  // A failed cell opens to its finding: the file and the German message; its summary names the
  // rule and the candidate for screen readers.
  BOOST_TEST(page.find("</span> 1 Fehler<span class=\"visually-hidden\"> (MUN-ORG-001, "
                       "org-rules-failing)</span></summary>\n<ul>\n<li><code>" +
                       fixture("org-rules-failing") + "/konform-service.yml:") !=
             std::string::npos);
  BOOST_TEST(page.find("<span>Ein kommunaler Onlinedienst in Sachsen muss auch \u00fcber das "
                       "Serviceportal Amt24") != std::string::npos);

  r = run_konform(compare_args({fixture("good")},
                               {"--lang", "en", "--format", "html", "--output", html_en.string()}));
  BOOST_TEST(r.exit_code == 0, r.out << r.err);
  const std::string english = read_text(html_en);
  BOOST_TEST(english.find("<html lang=\"en\">") != std::string::npos);
  BOOST_TEST(english.find("data-verdict=\"conformant\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_conformant_candidate_exits_zero) {
  auto r = run_konform(compare_args({fixture("good")}));
  BOOST_TEST(r.exit_code == 0, r.out << r.err);
  const Json matrix = parse_checked(r.out, output_dir("e2e-compare-good"));
  for (const auto& row : matrix["rules"]) {
    const std::string state = row["cells"][0]["state"];
    // Rules whose context the candidate never reaches (FED-OZG-004 without OZG services) have
    // nothing to assess; none fails or is left undecided.
    BOOST_TEST((state == "pass" || state == "not-applicable" || state == "not-assessable"),
               row["id"] << ": " << state);
  }
}

BOOST_AUTO_TEST_CASE(input_limits_apply_to_every_candidate) {
  // The same limit options as `konform validate`: the conformant candidate, read no deeper than
  // two levels, fails xml-limit-exceeded in its sample and in its service definition's XML view,
  // and the rules behind the stopped read are incomplete, never passed.
  const fs::path dir = output_dir("e2e-compare-limits");
  auto r = run_konform(compare_args({fixture("good")}, {"--max-depth", "2"}));
  BOOST_TEST(r.exit_code == 1, r.out << r.err);
  const Json matrix = parse_checked(r.out, dir);
  BOOST_TEST(matrix["candidates"][0]["verdict"] == "not-conformant");
  BOOST_TEST(states(matrix, "xml-limit-exceeded") == "fail:error:2");
  BOOST_TEST(states(matrix, "xdemo-nachrichtentyp") == "incomplete");
  // XSD and code lists were checked only up to the stop: not passed either.
  BOOST_TEST(states(matrix, "xsd-valid") == "incomplete");

  r = run_konform(compare_args({fixture("good")}, {"--max-excerpt", "0"}));
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
  r = run_konform(compare_args({fixture("good")}, {"--max-excerpt", "5", "--no-excerpts"}));
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
}

BOOST_AUTO_TEST_CASE(a_single_definition_file_is_a_candidate) {
  auto r = run_konform(compare_args({fixture("good") + "/konform-service.yml"}));
  BOOST_TEST(r.exit_code == 0, r.out << r.err);
  const Json matrix = Json::parse(r.out);
  BOOST_TEST(matrix["candidates"][0]["name"] == "konform-service.yml");
  // Its sample comes with it.
  BOOST_TEST(matrix["candidates"][0]["totals"]["inputs"] == 2);
}

BOOST_AUTO_TEST_CASE(an_unreadable_sample_makes_the_candidate_incomplete) {
  const fs::path dir = output_dir("e2e-compare-incomplete");
  const fs::path candidate = dir / "unreadable";
  fs::create_directories(candidate);
  for (const char* file : {"konform-service.yml", "publiccode.yml"}) {
    fs::copy_file(fs::path(fixture("good")) / file, candidate / file,
                  fs::copy_options::overwrite_existing);
  }
  fs::remove(candidate / "gewerbe-anmeldung.xml");
  fs::create_symlink("does-not-exist.xml", candidate / "gewerbe-anmeldung.xml");
  auto r = run_konform(compare_args({fixture("good"), candidate.string()}));
  BOOST_TEST(r.exit_code == 3, r.out << r.err);
  const Json matrix = parse_checked(r.out, dir);
  BOOST_TEST(matrix["verdict"] == "incomplete");
  BOOST_TEST(matrix["candidates"][1]["verdict"] == "incomplete");
  BOOST_TEST(states(matrix, "input-unreadable") == "pass fail:error:1");
  // Nothing of an incomplete candidate is reported as passed.
  for (const auto& row : matrix["rules"]) {
    BOOST_TEST(row["cells"][1]["state"] != "pass", row["id"]);
  }
  BOOST_TEST(states(matrix, "xdemo-nachrichtentyp") == "pass incomplete");
  BOOST_TEST(states(matrix, "FED-OZG-002") == "pass incomplete");
}

BOOST_AUTO_TEST_CASE(waived_findings_make_a_waived_cell) {
  const fs::path dir = output_dir("e2e-compare-waived");
  const fs::path waivers = dir / "konform-waivers.xml";
  std::ofstream(waivers, std::ios::binary)
      << "<?xml version='1.0' encoding='UTF-8'?>\n<waivers xmlns='urn:konform:waivers:1'>\n"
         "  <waiver rule='MUN-ORG-001' input='org-rules-failing/konform-service.yml' "
         "reason='Umzug nach Sachsen beschlossen' author='A. Muster' expires='2027-06-30'/>\n"
         "</waivers>\n";
  // Relative candidates, so the waiver's input path matches the report's.
  auto r = run_konform(compare_args({"good", "org-rules-failing"}, {"--waivers", waivers.string()}),
                       "", source_dir() / "tests/e2e/fixtures/compare");
  BOOST_TEST(r.exit_code == 1, r.out << r.err);
  const Json matrix = parse_checked(r.out, dir);
  BOOST_TEST(states(matrix, "MUN-ORG-001") == "pass waived");
  BOOST_TEST(rule(matrix, "MUN-ORG-001")["cells"][1]["waived"] == 1);
  BOOST_TEST(states(matrix, "SN-EGOV-001") == "pass fail:error:1");
  BOOST_TEST(matrix["candidates"][1]["totals"]["waived"] == 1);
  BOOST_TEST(matrix["candidates"][1]["totals"]["errors"] == 2);
}

BOOST_AUTO_TEST_CASE(configuration_errors_exit_two) {
  const fs::path dir = output_dir("e2e-compare-config");
  fs::create_directories(dir / "empty");
  auto r = run_konform(compare_args({fixture("good"), fixture("no-such-candidate")}));
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
  BOOST_TEST(r.err.find("input not found") != std::string::npos, r.err);
  BOOST_TEST(r.out.empty());

  r = run_konform(compare_args({(dir / "empty").string()}));
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
  BOOST_TEST(r.err.find("no service definition") != std::string::npos, r.err);

  r = run_konform(compare_args({fixture("good")}, {"--format", "text"}));
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
  BOOST_TEST(r.err.find("unknown format 'text'; known formats: html json") != std::string::npos,
             r.err);

  r = run_konform({"compare", fixture("good")});
  BOOST_TEST(r.exit_code == 2, r.out << r.err);

  r = run_konform(compare_args({fixture("good")}, {"--lang", "fr"}));
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
}

BOOST_AUTO_TEST_SUITE_END()
