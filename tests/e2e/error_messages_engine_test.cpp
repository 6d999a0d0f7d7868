// Issue #18, item 4 (the engine's side): each message a user met that hid the fix is run on the
// built binary and compared, as a transcript (command, exit code, standard output and error), with
// tests/golden/errors/engine-*. Inputs: tests/e2e/data/engine-errors (its README lists them).
// After an intended change, regenerate with KONFORM_UPDATE_GOLDEN=1 and review the diff.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/files.h"
#include "tests/support/golden.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

fs::path data_dir() { return fs::canonical(source_dir() / "tests/e2e/data/engine-errors"); }

/// `text` with every occurrence of `from` replaced by `to`.
/// Runs konform in the data folder, so that paths in its output are relative; absolute paths the
/// engine makes canonical are shown relative too.
ProcessResult run_in_data(const std::vector<std::string>& arguments) {
  ProcessResult r = run_konform(arguments, "", data_dir());
  const std::string absolute = data_dir().string() + "/";
  r.out = replace_all(r.out, absolute, "");
  r.err = replace_all(r.err, absolute, "");
  return r;
}

/// The command, its exit code, `shown` (its standard output, or the part of it that matters)
/// and its standard error.
std::string transcript(const std::vector<std::string>& arguments, const ProcessResult& r,
                       const std::string& shown) {
  std::string command = "$ konform";
  for (const auto& argument : arguments) command += " " + argument;
  return command + "\nexit " + std::to_string(r.exit_code) + "\n--- stdout\n" + shown +
         "--- stderr\n" + r.err;
}

/// What a mistake's run must end with, and what its output (standard output and error
/// together) must and must not say, beyond matching its golden transcript.
struct Expected {
  int exit_code;
  std::vector<std::string> said;
  std::vector<std::string> not_said;
};

/// Runs `arguments`, compares the transcript with tests/golden/errors/`golden` and checks it.
void check_mistake(const std::vector<std::string>& arguments, const std::string& golden,
                   const Expected& expected) {
  const ProcessResult r = run_in_data(arguments);
  check_golden(transcript(arguments, r, r.out), "errors", golden);
  BOOST_TEST(r.exit_code == expected.exit_code, golden);
  const std::string output = r.out + r.err;
  for (const auto& part : expected.said) BOOST_TEST(output.find(part) != std::string::npos, part);
  for (const auto& part : expected.not_said) {
    BOOST_TEST(output.find(part) == std::string::npos, part);
  }
}

/// The rules of rule-id-prefix.sch (ids BR-…) of a report's rule list.
nlohmann::json rule_set_rules(const nlohmann::json& rules) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& rule : rules) {
    if (rule.value("id", "").starts_with("BR-")) out.push_back(rule);
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(error_messages_engine)

BOOST_AUTO_TEST_CASE(a_document_that_is_not_well_formed_says_so_even_when_no_type_matches) {
  // Several document types in the chain: the root is probed before the document is read.
  check_mistake({"validate", "--profile", "de.sn.musterstadt", "not-well-formed.xml"},
                "engine-not-well-formed.expected",
                {1, {"not-well-formed.xml:1:15: error: [xml-wellformed]"}, {}});
}

BOOST_AUTO_TEST_CASE(a_schema_that_does_not_compile_lists_every_error_with_its_location) {
  // The include's error is named with its own file and position.
  check_mistake({"validate", "--schema", "broken-schema.xsd", "doc.xml"},
                "engine-schema-errors.expected",
                {2, {"broken-part.xsd:4:", "broken-schema.xsd:6:"}, {"more schema error"}});
}

BOOST_AUTO_TEST_CASE(a_schema_with_many_errors_lists_twenty_one_and_counts_the_rest) {
  check_mistake(
      {"validate", "--schema", "many-errors.xsd", "doc.xml"}, "engine-schema-many-errors.expected",
      {2, {"many-errors.xsd:24:", "(and 4 more schema errors)"}, {"many-errors.xsd:25:"}});
}

BOOST_AUTO_TEST_CASE(an_unresolved_import_is_located_and_names_the_catalog_as_the_fix) {
  // Xerces' own words about the empty stand-in ("invalid document structure") are not repeated.
  check_mistake({"validate", "--schema", "import-remote.xsd", "doc.xml"},
                "engine-import-unresolved.expected",
                {2, {"import-remote.xsd:4:", "--catalog"}, {"invalid document structure"}});
}

BOOST_AUTO_TEST_CASE(an_idref_naming_no_id_is_located_at_the_reference) {
  check_mistake({"validate", "--schema", "idref.xsd", "idref-dangling.xml"},
                "engine-idref.expected", {1, {"idref-dangling.xml:4:"}, {}});
  const auto json =
      run_in_data({"validate", "--schema", "idref.xsd", "--format", "json", "idref-dangling.xml"});
  const auto report = nlohmann::json::parse(json.out);
  const auto& finding = report["inputs"][0]["findings"][0];
  BOOST_TEST(finding["location"]["xpath"].get<std::string>() ==
             "/Q{urn:test:idref}doc[1]/Q{urn:test:idref}item[3]/@ref");
}

BOOST_AUTO_TEST_CASE(messages_do_not_repeat_the_rule_id) {
  check_mistake({"validate", "--schematron", "rule-id-prefix.sch", "doc.xml"},
                "engine-rule-id-once.expected",
                {1, {"[BR-DE-15] Das Element", "[BR-01] An Invoice"}, {"[BR-DE-15] [BR-DE-15]"}});
}

BOOST_AUTO_TEST_CASE(empty_titles_are_left_out_of_json_and_sarif) {
  const std::vector<std::string> json_run{"validate", "--schematron", "rule-id-prefix.sch",
                                          "--format", "json",         "doc.xml"};
  const std::vector<std::string> sarif_run{"validate", "--schematron", "rule-id-prefix.sch",
                                           "--format", "sarif",        "doc.xml"};
  const ProcessResult json = run_in_data(json_run);
  const ProcessResult sarif = run_in_data(sarif_run);
  BOOST_TEST(json.exit_code == 1, json.err);
  BOOST_TEST(sarif.exit_code == 1, sarif.err);
  // The rule set's rules (no German title), the part of each report this is about.
  const auto json_rules = rule_set_rules(nlohmann::json::parse(json.out)["rules"]);
  const auto sarif_rules =
      rule_set_rules(nlohmann::json::parse(sarif.out)["runs"][0]["tool"]["driver"]["rules"]);
  check_golden(transcript(json_run, json, "(rules BR-*) " + json_rules.dump(2) + "\n") +
                   transcript(sarif_run, sarif,
                              "(runs[0].tool.driver.rules BR-*) " + sarif_rules.dump(2) + "\n"),
               "errors", "engine-empty-titles.expected");
  for (const std::string& text : {json.out, sarif.out}) {
    BOOST_TEST(text.find("\"titleDe\":\"\"") == std::string::npos);
    BOOST_TEST(text.find("\"titleDe\": \"\"") == std::string::npos);
    BOOST_TEST(text.find("\"title\": \"\"") == std::string::npos);
  }
}

BOOST_AUTO_TEST_SUITE_END()
