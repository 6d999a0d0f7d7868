// Two versions of one standard selected side by side (`validate --profile ID@^2 --profile ID@^3`):
// the corpus has one XRechnung, so the second version is built in the test as the README says —
// one KoSIT configuration imported twice with different --version and --define values, so its
// match names a different CustomizationID. Each invoice goes to the version whose match accepts
// it, the JSON report names that version per input, and an invoice both accept is ambiguous,
// naming both, never given to one.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

constexpr std::string_view kCorpusCustomization =
    "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";

/// One UBL invoice scenario whose match names the @spec.id@ placeholder, as KoSIT's XRechnung
/// configuration does, with CEN's UBL rules (compiled XSLT, mapped to its .sch source).
fs::path write_configuration(const fs::path& folder) {
  fs::create_directories(folder);
  const fs::path file = folder / "scenarios.xml";
  std::ofstream(file) << R"(<?xml version="1.0" encoding="UTF-8"?>
<scenarios xmlns="http://www.xoev.de/de/validator/framework/1/scenarios" frameworkVersion="1.0.0">
  <name>Invoice</name>
  <scenario>
    <name>UBL Invoice</name>
    <namespace prefix="invoice">urn:oasis:names:specification:ubl:schema:xsd:Invoice-2</namespace>
    <namespace prefix="cbc">urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2</namespace>
    <match>exists(/invoice:Invoice/cbc:CustomizationID[contains(., '@spec.id@')])</match>
    <validateWithXmlSchema>
      <resource><name>UBL</name><location>xsd/UBL-Invoice-2.1.xsd</location></resource>
    </validateWithXmlSchema>
    <validateWithSchematron>
      <resource><name>CEN</name><location>xsl/EN16931-UBL-validation.xsl</location></resource>
    </validateWithSchematron>
  </scenario>
</scenarios>
)";
  return file;
}

void import_version(const fs::path& scenarios, const fs::path& into, const std::string& version,
                    const std::string& spec_id) {
  const ProcessResult result =
      run_konform({"profile", "import", scenarios.string(), "--into", into.string(), "--id",
                   "test.invoice", "--version", version, "--define", "spec.id=" + spec_id,
                   "--schema-source", (corpus_dir() / "xrechnung/ubl-2.1").string(),
                   "--schematron-source", (corpus_dir() / "en16931/ubl").string()});
  BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.out << result.err);
}

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

BOOST_AUTO_TEST_SUITE(side_by_side_versions)

BOOST_AUTO_TEST_CASE(each_invoice_goes_to_the_version_that_accepts_it) {
  const fs::path work = output_dir("side-by-side-versions");
  const fs::path scenarios = write_configuration(work / "config");
  import_version(scenarios, work / "profiles/invoice-2", "2.3.0", "urn:test:xrechnung_2");
  import_version(scenarios, work / "profiles/invoice-3", "3.0.1", "urn:test:xrechnung_3");
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
