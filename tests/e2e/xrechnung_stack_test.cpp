// The README's XRechnung command, run as printed (from the repository root; only the program is
// the built binary, ../shared/corpus is $KONFORM_CORPUS and a JSON report is asked for): the
// published artefacts as they are laid out — UBL Invoice, CreditNote and CII schemas, the CEN
// EN 16931 and the XRechnung CIUS rule sets for both syntaxes — over the XRechnung test suite.
// Each invoice's verdict is compared with the one the corpus states for it (MANIFEST.md's
// appendix: every test-suite invoice is valid).
//
// The test suite states those verdicts for KoSIT's validator configuration, whose scenarios lower
// some CEN rules for extension and CVD invoices (scenarios.xml, <customLevel>); ad-hoc mode has no
// such declarations. So an invoice agrees when it is conformant, or when every error it gets is a
// rule that its KoSIT scenario lowers below error — and those are counted and named.
#include <boost/test/unit_test.hpp>

#include <pugixml.hpp>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/support/documented_commands.h"
#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

constexpr std::string_view kMarker =
    "# konform-command: the XRechnung stack (tests/e2e/xrechnung_stack_test.cpp runs it)";
constexpr std::string_view kCorpusAsPrinted = "../shared/corpus/";
constexpr std::size_t kTestSuiteInvoices = 86;

/// The README's command as argv: the built binary, the corpus where the tests find it, JSON.
std::vector<std::string> readme_command() {
  const auto commands = marked_commands(read_text(source_dir() / "README.md"), kMarker);
  BOOST_REQUIRE_EQUAL(commands.size(), 1u);
  std::vector<std::string> words = split_words(commands.front());
  BOOST_REQUIRE_MESSAGE(
      words.size() > 2 && fs::path(words[0]).filename() == "konform" && words[1] == "validate",
      "not a `konform validate` command: " << commands.front());
  words[0] = konform_binary().string();
  for (auto& word : words) {
    if (word.starts_with(kCorpusAsPrinted))
      word = (corpus_dir() / word.substr(kCorpusAsPrinted.size())).string();
  }
  words.insert(words.end() - 1, {"--format", "json"});
  return words;
}

/// The command without the rule sets whose path contains `part`.
std::vector<std::string> without_schematron(std::vector<std::string> words,
                                            const std::string& part) {
  for (std::size_t i = 0; i + 1 < words.size();) {
    if (words[i] == "--schematron" && words[i + 1].find(part) != std::string::npos) {
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(i), words.begin() + i + 2);
    } else {
      ++i;
    }
  }
  return words;
}

/// The verdict MANIFEST.md's appendix states for each test-suite invoice ("valid", …), keyed by
/// the corpus-relative path.
std::map<std::string, std::string> stated_verdicts() {
  std::map<std::string, std::string> stated;
  std::istringstream manifest(read_text(corpus_dir() / "MANIFEST.md"));
  for (std::string line; std::getline(manifest, line);) {
    if (!line.starts_with("| xrechnung/testsuite/")) continue;
    std::vector<std::string> cells;
    std::istringstream row(line.substr(1));
    for (std::string cell; std::getline(row, cell, '|');) {
      cell.erase(0, cell.find_first_not_of(' '));
      cell.erase(cell.find_last_not_of(' ') + 1);
      cells.push_back(cell);
    }
    BOOST_REQUIRE_GE(cells.size(), 4u);
    // file | root element | xmllint verdict | expected (as stated by source) | first error
    stated[cells[0]] = cells[3].substr(0, cells[3].find(' '));
  }
  return stated;
}

/// The rules each KoSIT scenario lowers below error, by scenario name.
std::map<std::string, std::set<std::string>> lowered_rules() {
  pugi::xml_document scenarios;
  const fs::path file = corpus_dir() / "xrechnung/validator-configuration/scenarios.xml";
  BOOST_REQUIRE_MESSAGE(scenarios.load_file(file.c_str()), "cannot read " << file);
  std::map<std::string, std::set<std::string>> lowered;
  for (auto scenario : scenarios.document_element().children("scenario")) {
    auto& rules = lowered[scenario.child_value("name")];
    for (auto level : scenario.child("createReport").children("customLevel")) {
      if (std::string_view(level.attribute("level").value()) != "error")
        rules.insert(level.child_value());
    }
  }
  return lowered;
}

/// The KoSIT scenario an invoice falls under: its specification identifier (UBL CustomizationID,
/// CII guideline ID) says standard, extension or CVD; its root says the syntax.
std::string scenario_of(const fs::path& invoice) {
  const std::string text = read_text(invoice);
  std::smatch id;
  const std::regex identifier("(CustomizationID|<ram:ID)>(urn:cen\\.eu:en16931[^<]*)<");
  BOOST_REQUIRE_MESSAGE(std::regex_search(text, id, identifier),
                        "no specification id in " << invoice);
  const std::string spec = id[2];
  const std::string flavour = spec.find(":cvd_") != std::string::npos         ? " CVD"
                              : spec.find(":extension:") != std::string::npos ? " Extension"
                                                                              : "";
  const std::string syntax = text.find("CrossIndustryInvoice") != std::string::npos ? "(CII)"
                             : text.find("<CreditNote") != std::string::npos ? "(UBL CreditNote)"
                                                                             : "(UBL Invoice)";
  return "EN16931 XRechnung" + flavour + " " + syntax;
}

struct Agreement {
  std::size_t conformant = 0;
  std::size_t by_kosit_levels = 0;  ///< not conformant only through rules KoSIT lowers
  std::set<std::string> lowered_rules_seen;
};

/// Runs `argv` and compares every input's verdict with the stated one.
Agreement compare_with_stated(const std::vector<std::string>& argv) {
  const ProcessResult result = run_process(argv, "", std::chrono::seconds(600), source_dir());
  BOOST_REQUIRE_MESSAGE(!result.out.empty(), "exit " << result.exit_code << ": " << result.err);
  const auto report = nlohmann::json::parse(result.out);
  const auto stated = stated_verdicts();
  const auto lowered = lowered_rules();
  BOOST_TEST(stated.size() == kTestSuiteInvoices);
  BOOST_REQUIRE_EQUAL(report["inputs"].size(), kTestSuiteInvoices);
  Agreement agreement;
  for (const auto& input : report["inputs"]) {
    const fs::path path = input["path"].get<std::string>();
    const std::string relative = path.lexically_relative(corpus_dir()).generic_string();
    BOOST_TEST_CONTEXT(relative) {
      BOOST_TEST(stated.count(relative) == 1u);
      BOOST_TEST(stated.at(relative) == "valid");
      // Every invoice meets the schema of its syntax, never the catch-all or none.
      const std::string document_type = input["documentType"];
      BOOST_TEST((document_type == "UBL-Invoice-2.1.xsd" ||
                  document_type == "CrossIndustryInvoice_100pD16B.xsd"));
      if (input["verdict"] == "conformant") {
        ++agreement.conformant;
        continue;
      }
      const auto scenario = lowered.find(scenario_of(path));
      BOOST_REQUIRE(scenario != lowered.end());
      bool all_lowered = input["verdict"] == "not-conformant";
      for (const auto& finding : input["findings"]) {
        if (finding["severity"] != "error") continue;
        const std::string rule = finding["ruleId"];
        const bool is_lowered = scenario->second.count(rule) > 0;
        BOOST_TEST(is_lowered,
                   rule << " at " << finding["location"]["xpath"] << ": " << finding["message"]);
        all_lowered &= is_lowered;
        if (is_lowered) agreement.lowered_rules_seen.insert(rule);
      }
      agreement.by_kosit_levels += all_lowered;
    }
  }
  BOOST_TEST_MESSAGE("conformant: " << agreement.conformant << ", not conformant only by rules "
                                    << "KoSIT's scenarios lower: " << agreement.by_kosit_levels);
  return agreement;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xrechnung_stack)

BOOST_AUTO_TEST_CASE(schemas_and_cius_rules_pass_every_test_suite_invoice) {
  // The README's command without the CEN rule sets: XSD and XRechnung CIUS only.
  const Agreement agreement = compare_with_stated(without_schematron(readme_command(), "en16931/"));
  BOOST_TEST(agreement.conformant == kTestSuiteInvoices);
}

BOOST_AUTO_TEST_CASE(the_readme_command_gives_the_stated_verdicts) {
  const Agreement agreement = compare_with_stated(readme_command());
  BOOST_TEST(agreement.conformant + agreement.by_kosit_levels == kTestSuiteInvoices);
  // The CEN rules fail where KoSIT lowers them: extension and CVD invoices (the README says so).
  BOOST_TEST(agreement.by_kosit_levels == 4u);
  BOOST_TEST(agreement.lowered_rules_seen ==
             (std::set<std::string>{"BR-CL-10", "BR-CL-13", "BR-CL-21", "BR-CO-16"}));
}

BOOST_AUTO_TEST_SUITE_END()
