// `konform profile import` of a KoSIT validator configuration. The README's XRechnung commands
// ("Real standards"), run as printed (the program is the built binary, ../shared/corpus is
// $KONFORM_CORPUS, the working folder is under the build tree): the import must pass its own
// `profile check`, and validating the XRechnung test suite with the imported profile must give
// the XSD verdicts of VERDICTS.json and, per invoice, exactly the Schematron results of the
// reference engine (reference/xrechnung/ for the CIUS, reference/en16931/xrechnung/ for CEN's
// rules) as a multiset of (rule id, location).
// KoSIT accepts every invoice of the suite, and so does konform: each scenario's <customLevel>
// becomes a rule declaration of its document type.
// Import errors: an XSLT with no Schematron source, a build placeholder without its value.
// Two imports of one configuration as two versions of a standard, selected side by side.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "tests/support/documented_commands.h"
#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

constexpr std::string_view kImportMarker =
    "# konform-command: import XRechnung (tests/e2e/kosit_import_test.cpp runs it)";
constexpr std::string_view kValidateMarker =
    "# konform-command: validate with imported XRechnung (tests/e2e/kosit_import_test.cpp runs "
    "it)";
constexpr std::string_view kCorpusAsPrinted = "../shared/corpus/";
constexpr std::size_t kTestSuiteInvoices = 86;

/// The README command after `marker` as argv: the built binary, the corpus where tests find it.
std::vector<std::string> readme_command(std::string_view marker) {
  const auto commands = marked_commands(read_text(source_dir() / "README.md"), marker);
  BOOST_REQUIRE_EQUAL(commands.size(), 1u);
  std::vector<std::string> words = split_words(commands.front());
  BOOST_REQUIRE(words.size() > 2 && fs::path(words[0]).filename() == "konform");
  words[0] = konform_binary().string();
  for (auto& word : words) {
    if (word.starts_with(kCorpusAsPrinted))
      word = (corpus_dir() / word.substr(kCorpusAsPrinted.size())).string();
  }
  return words;
}

using Results = std::multiset<std::pair<std::string, std::string>>;  // rule id, location

/// The reference engine's failed asserts and successful reports for a corpus instance, from
/// every rule set that has a reference for it.
Results reference_results(const std::string& instance) {
  Results results;
  int found = 0;
  for (const fs::path& folder : {corpus_dir() / "reference", corpus_dir() / "reference/en16931"}) {
    const fs::path file = folder / (instance + ".json");
    if (!fs::exists(file)) continue;
    ++found;
    const auto reference = nlohmann::json::parse(read_text(file));
    BOOST_TEST_REQUIRE(reference["error"].is_null(), file);
    for (const auto& failed : reference["failed"])
      results.emplace(failed["id"].get<std::string>(), failed["location"].get<std::string>());
  }
  BOOST_TEST(found == 2, instance << ": " << found << " reference files, expected CIUS and CEN");
  return results;
}

std::map<std::string, std::string> xmllint_verdicts() {
  std::map<std::string, std::string> verdicts;
  for (const auto& entry : nlohmann::json::parse(read_text(corpus_dir() / "VERDICTS.json")))
    verdicts[entry["file"].get<std::string>()] = entry["verdict"].get<std::string>();
  return verdicts;
}

/// A minimal KoSIT configuration naming `xslt` as its Schematron, with the UBL schema.
fs::path write_configuration(const fs::path& folder, const std::string& match,
                             const std::string& xslt,
                             const std::string& schema = "xsd/UBL-Invoice-2.1.xsd") {
  fs::create_directories(folder);
  const fs::path file = folder / "scenarios.xml";
  std::ofstream(file) << R"(<?xml version="1.0" encoding="UTF-8"?>
<scenarios xmlns="http://www.xoev.de/de/validator/framework/1/scenarios" frameworkVersion="1.0.0">
  <name>Test</name>
  <scenario>
    <name>UBL Invoice</name>
    <namespace prefix="invoice">urn:oasis:names:specification:ubl:schema:xsd:Invoice-2</namespace><namespace prefix="cbc">urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2</namespace>
    <match>)" << match << R"(</match>
    <validateWithXmlSchema>
      <resource><name>UBL</name><location>)"
                      << schema << R"(</location></resource>
    </validateWithXmlSchema>
    <validateWithSchematron>
      <resource><name>Rules</name><location>xsl/)"
                      << xslt << R"(</location></resource>
    </validateWithSchematron>
  </scenario>
</scenarios>
)";
  return file;
}

ProcessResult import_configuration(const fs::path& scenarios, const fs::path& into,
                                   const std::vector<std::string>& more = {}) {
  std::vector<std::string> arguments{"profile",
                                     "import",
                                     scenarios.string(),
                                     "--into",
                                     into.string(),
                                     "--schema-source",
                                     (corpus_dir() / "xrechnung/ubl-2.1").string(),
                                     "--schematron-source",
                                     (corpus_dir() / "en16931/ubl").string()};
  arguments.insert(arguments.end(), more.begin(), more.end());
  return run_konform(arguments);
}

constexpr std::string_view kCorpusCustomization =
    "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";

/// The corpus's minimal UBL invoice (valid, no CEN finding) with another CustomizationID.
fs::path invoice(const fs::path& folder, const std::string& name,
                 const std::string& customization) {
  std::string text = read_text(corpus_dir() /
                               "xrechnung/testsuite/src/test/technical-cases/cius/"
                               "01.05_minimal_test_ubl.xml");
  const auto at = text.find(kCorpusCustomization);
  BOOST_REQUIRE(at != std::string::npos);
  text.replace(at, kCorpusCustomization.size(), customization);
  write_text(folder / name, text);
  return folder / name;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(kosit_import)

BOOST_AUTO_TEST_CASE(imported_xrechnung_agrees_with_the_references) {
  const fs::path work = output_dir("kosit-import-xrechnung");
  const ProcessResult imported =
      run_process(readme_command(kImportMarker), "", std::chrono::seconds(300), work);
  BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.out << imported.err);
  // The import's own `profile check` passed: 11 scenarios, each with its rule sets.
  BOOST_TEST(imported.out.find("is valid: 1 profile in the chain, 11 document types, "
                               "19 Schematron rule sets") != std::string::npos,
             imported.out);
  BOOST_TEST(imported.out.find("EN16931-UBL-validation.xsl -> ") != std::string::npos);
  // Nothing in the profile refers outside it: every artefact was copied in.
  BOOST_TEST(fs::is_regular_file(work / "imported/xrechnung/profile.xml"));

  std::vector<std::string> validate = readme_command(kValidateMarker);
  validate.insert(validate.end() - 1, {"--format", "json"});
  const ProcessResult checked = run_process(validate, "", std::chrono::seconds(600), work);
  BOOST_REQUIRE_MESSAGE(!checked.out.empty(), "exit " << checked.exit_code << ": " << checked.err);
  // KoSIT accepts every test-suite invoice: the scenarios' <customLevel>s lower the CEN rules
  // that four of them fail, and the import applies them per document type.
  BOOST_TEST(checked.exit_code == 0, checked.err);
  const auto report = nlohmann::json::parse(checked.out);
  BOOST_REQUIRE_EQUAL(report["inputs"].size(), kTestSuiteInvoices);
  const auto verdicts = xmllint_verdicts();
  std::size_t agreeing = 0, reference_results_total = 0, lowered = 0;
  // The CEN rules the four invoices fail, each lowered by their scenario's customLevel.
  const std::set<std::string> lowered_by_kosit = {"BR-CL-10", "BR-CL-13", "BR-CL-21", "BR-CO-16"};
  for (const auto& input : report["inputs"]) {
    const std::string instance = fs::path(input["path"].get<std::string>())
                                     .lexically_relative(corpus_dir())
                                     .generic_string();
    BOOST_TEST_CONTEXT(instance) {
      BOOST_TEST(input["verdict"] == "conformant");
      BOOST_TEST(verdicts.at(instance) == "valid");
      // Every test-suite invoice is an XRechnung one (standard, extension or CVD): never one of
      // the plain EN 16931 scenarios, nor unmatched.
      BOOST_TEST(input["documentType"].get<std::string>().starts_with("en16931.xrechnung."));
      Results ours;
      bool schema_valid = true;
      for (const auto& finding : input["findings"]) {
        const std::string rule = finding["ruleId"];
        if (rule.starts_with("xsd-") || rule.starts_with("document-type-")) {
          schema_valid = false;
          BOOST_TEST_MESSAGE(rule << ": " << finding["message"]);
          continue;
        }
        ours.emplace(rule, finding["location"]["xpath"].get<std::string>());
        lowered += finding["severity"] != "error" && lowered_by_kosit.count(rule) > 0;
      }
      BOOST_TEST(schema_valid);
      const Results expected = reference_results(instance);
      reference_results_total += expected.size();
      BOOST_TEST((ours == expected));
      agreeing += schema_valid && ours == expected;
    }
  }
  BOOST_TEST_MESSAGE("kosit import round trip: " << agreeing << " of " << kTestSuiteInvoices
                                                 << " invoices agree (" << reference_results_total
                                                 << " reference results)");
  BOOST_TEST(agreeing == kTestSuiteInvoices);
  BOOST_TEST(lowered >= 4u, lowered << " findings of rules KoSIT lowers were not errors");
}

BOOST_AUTO_TEST_CASE(an_xslt_without_its_schematron_source_is_a_located_error) {
  const fs::path work = output_dir("kosit-import-no-source");
  const fs::path scenarios = write_configuration(work / "config", "exists(/invoice:Invoice)",
                                                 "Unknown-Rules-validation.xsl");
  const ProcessResult result = import_configuration(scenarios, work / "profile");
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.err.find(scenarios.string() + ":12:") != std::string::npos, result.err);
  BOOST_TEST(result.err.find("konform runs no XSLT") != std::string::npos, result.err);
  BOOST_TEST(result.err.find("'Unknown-Rules-validation.sch'") != std::string::npos, result.err);
  BOOST_TEST(!fs::exists(work / "profile"), "nothing written before every source is found");
}

BOOST_AUTO_TEST_CASE(an_undefined_build_placeholder_in_a_match_names_define) {
  const fs::path work = output_dir("kosit-import-placeholder");
  const fs::path scenarios = write_configuration(
      work / "config", "exists(/invoice:Invoice[. = '@spec.id@'])", "EN16931-UBL-validation.xsl");
  const ProcessResult result = import_configuration(scenarios, work / "profile");
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.err.find(scenarios.string() + ":7:") != std::string::npos, result.err);
  BOOST_TEST(result.err.find("--define spec.id=VALUE") != std::string::npos, result.err);
}

BOOST_AUTO_TEST_CASE(a_location_out_of_the_configuration_folder_is_refused) {
  const fs::path work = output_dir("kosit-import-escape");
  fs::create_directories(work);
  std::ofstream(work / "private.xsd")
      << R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>)";
  const fs::path scenarios = write_configuration(work / "config", "exists(/invoice:Invoice)",
                                                 "EN16931-UBL-validation.xsl", "../private.xsd");
  const ProcessResult result = import_configuration(scenarios, work / "profile");
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.err.find(scenarios.string() + ":9:") != std::string::npos, result.err);
  BOOST_TEST(result.err.find("leads outside the configuration's folder") != std::string::npos,
             result.err);
  BOOST_TEST(!fs::exists(work / "profile"));
}

BOOST_AUTO_TEST_CASE(an_include_out_of_the_source_folder_is_refused) {
  const fs::path work = output_dir("kosit-import-include-escape");
  fs::create_directories(work / "sources");
  const std::string schema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">)";
  std::ofstream(work / "outside.xsd") << schema << "</xs:schema>";
  std::ofstream(work / "sources/main.xsd")
      << schema << "\n  <xs:include schemaLocation=\"../outside.xsd\"/>\n</xs:schema>";
  const fs::path scenarios = write_configuration(work / "config", "exists(/invoice:Invoice)",
                                                 "EN16931-UBL-validation.xsl", "main.xsd");
  const ProcessResult result =
      run_konform({"profile", "import", scenarios.string(), "--into", (work / "profile").string(),
                   "--schema-source", (work / "sources").string(), "--schematron-source",
                   (corpus_dir() / "en16931/ubl").string()});
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.err.find((work / "sources/main.xsd").string() + ":2:") != std::string::npos,
             result.err);
  BOOST_TEST(result.err.find("'../outside.xsd' leads outside") != std::string::npos, result.err);
}

BOOST_AUTO_TEST_CASE(a_source_of_another_kind_is_named_as_such) {
  // An XML file that is no scenarios.xml is neither kind of bundle (a folder or a .zip would be
  // read as an XÖV release).
  const fs::path work = output_dir("kosit-import-other");
  const ProcessResult result =
      run_konform({"profile", "import", (corpus_dir() / "xschule/xsd/xschule.xsd").string(),
                   "--into", (work / "profile").string()});
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.err.find("neither a KoSIT validator configuration") != std::string::npos,
             result.err);
  BOOST_TEST(!fs::exists(work / "profile"));
}

BOOST_AUTO_TEST_CASE(options_of_the_other_importer_are_refused_not_ignored) {
  const fs::path work = output_dir("kosit-import-other-options");
  const fs::path scenarios = write_configuration(work / "config", "exists(/invoice:Invoice)",
                                                 "EN16931-UBL-validation.xsl");
  const ProcessResult result = run_konform({"profile", "import", scenarios.string(), "--into",
                                            (work / "profile").string(), "--with", work.string()});
  BOOST_TEST(result.exit_code == 2);
  BOOST_TEST(result.err.find("--with does not apply to a KoSIT validator configuration") !=
                 std::string::npos,
             result.err);
}

BOOST_AUTO_TEST_CASE(a_mapped_import_is_checked_and_self_contained) {
  const fs::path work = output_dir("kosit-import-small");
  const fs::path scenarios = write_configuration(work / "config", "exists(/invoice:Invoice)",
                                                 "EN16931-UBL-validation.xsl");
  const ProcessResult result = import_configuration(scenarios, work / "profile");
  BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.out << result.err);
  BOOST_TEST(result.out.find("is valid: 1 profile in the chain, 1 document type, 1 Schematron "
                             "rule set") != std::string::npos,
             result.out);
  // A copy of the folder elsewhere still checks: nothing it names lies outside it.
  fs::copy(work / "profile", work / "moved", fs::copy_options::recursive);
  const ProcessResult moved = run_konform({"profile", "check", (work / "moved").string()});
  BOOST_TEST(moved.exit_code == 0, moved.out << moved.err);
  // An existing non-empty folder is never overwritten.
  const ProcessResult again = import_configuration(scenarios, work / "profile");
  BOOST_TEST(again.exit_code == 2);
  BOOST_TEST(again.err.find("never overwrites") != std::string::npos, again.err);
}

// Two versions of one standard side by side (`validate --profile ID@^2 --profile ID@^3`): each
// invoice goes to the version whose match accepts it, the JSON report names that version per
// input, and an invoice both accept is ambiguous, naming both, never given to one.
BOOST_AUTO_TEST_CASE(two_versions_side_by_side_each_take_their_own_invoices) {
  const fs::path work = output_dir("side-by-side-versions");
  // The corpus has one XRechnung: the second version is the same configuration imported again,
  // with another --version and a --define that changes the CustomizationID its match names.
  const fs::path scenarios = write_configuration(
      work / "config", "exists(/invoice:Invoice/cbc:CustomizationID[contains(., '@spec.id@')])",
      "EN16931-UBL-validation.xsl");
  for (const auto& [version, spec] :
       {std::pair{"2.3.0", "urn:test:xrechnung_2"}, std::pair{"3.0.1", "urn:test:xrechnung_3"}}) {
    const ProcessResult imported = import_configuration(
        scenarios, work / "profiles" / version,
        {"--id", "test.invoice", "--version", version, "--define", std::string("spec.id=") + spec});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.out << imported.err);
  }
  const fs::path inputs = work / "inputs";
  const fs::path v2 = invoice(inputs, "a-v2.xml", "urn:test:xrechnung_2.3");
  const fs::path v3 = invoice(inputs, "b-v3.xml", "urn:test:xrechnung_3.0");
  const fs::path both =
      invoice(inputs, "c-both.xml", "urn:test:xrechnung_2.3#urn:test:xrechnung_3.0");

  const ProcessResult result =
      run_konform({"validate", "--profile-path", (work / "profiles").string(), "--profile",
                   "test.invoice@^2", "--profile", "test.invoice@^3", "--format", "json",
                   v2.string(), v3.string(), both.string()});
  BOOST_TEST(result.exit_code == 1, result.err);  // the ambiguous invoice
  const auto report = nlohmann::json::parse(result.out);
  BOOST_REQUIRE_EQUAL(report["profiles"].size(), 2u);
  BOOST_TEST(report["profiles"][0]["version"] == "2.3.0");
  BOOST_TEST(report["profiles"][1]["version"] == "3.0.1");
  const auto& inputs_json = report["inputs"];
  BOOST_REQUIRE_EQUAL(inputs_json.size(), 3u);
  for (int i : {0, 1}) {
    BOOST_TEST_CONTEXT(inputs_json[i]["path"]) {
      BOOST_TEST(inputs_json[i]["verdict"] == "conformant", inputs_json[i].dump());
      BOOST_TEST(inputs_json[i]["documentType"] == "ubl.invoice");
      BOOST_TEST(inputs_json[i]["profile"]["id"] == "test.invoice");
    }
  }
  BOOST_TEST(inputs_json[0]["profile"]["version"] == "2.3.0");
  BOOST_TEST(inputs_json[1]["profile"]["version"] == "3.0.1");
  const auto& ambiguous = inputs_json[2];
  BOOST_TEST(ambiguous["verdict"] == "not-conformant");
  BOOST_TEST(!ambiguous.contains("profile"));
  BOOST_REQUIRE(!ambiguous["findings"].empty());
  BOOST_TEST(ambiguous["findings"][0]["ruleId"] == "document-type-ambiguous");
  const std::string message = ambiguous["findings"][0]["message"];
  BOOST_TEST(message.find("ubl.invoice (test.invoice 2.3.0)") != std::string::npos, message);
  BOOST_TEST(message.find("ubl.invoice (test.invoice 3.0.1)") != std::string::npos, message);

  // One selection alone takes only its own invoices: the other version's is unmatched.
  const ProcessResult one =
      run_konform({"validate", "--profile-path", (work / "profiles").string(), "--profile",
                   "test.invoice@^3", "--format", "json", v2.string()});
  BOOST_TEST(one.exit_code == 1);
  BOOST_TEST(one.out.find("document-type-unmatched") != std::string::npos, one.out);
}

BOOST_AUTO_TEST_SUITE_END()
