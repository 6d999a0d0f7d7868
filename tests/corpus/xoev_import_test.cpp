// The XÖV release import proven on real standards: each XÖV standard of ../shared/corpus is
// imported with `konform profile import` (the commands of README "Real standards") into a profile
// under the build folder, passes `konform profile check`, and validating its corpus messages with
// the imported profile gives the XSD verdicts of VERDICTS.json and the Schematron findings of
// reference/ (SchXslt on Saxon-HE).
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>

#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

struct Standard {
  std::string name;
  std::string release;            ///< corpus-relative
  std::vector<std::string> with;  ///< corpus-relative --with folders
  std::string id;
  std::size_t document_types;  ///< how many messages the release declares
  /// A list the schemas fix that the corpus lacks, as `profile check` names it; empty: none.
  std::string missing_list;
};

const std::vector<Standard>& standards() {
  static const std::vector<Standard> all{
      {"XBau 2.6",
       "xbau/artifacts/xbau/2.6",
       {"xbau/artifacts/xbau_kern/1.3.0", "xbau/artifacts/codelists"},
       "xbau",
       139,
       "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland  (version named by the "
       "message)"},
      {"XBildung 1.2", "xbildung", {"w3c", "xbau/artifacts/xbau/2.6/specs"}, "xbildung", 0, ""},
      {"XSchule 1.2",
       "xschule",
       {"xbildung", "w3c", "xbau/artifacts/xbau/2.6/specs", "xbau/artifacts/codelists"},
       "xschule",
       5,
       "urn:xoev-de:xinneres:codeliste:geschlecht  version 1  used by "
       "{http://xschule.digital/def/xschule/1.2/xsd}geschlecht"},
      {"XHochschule 1.2",
       "xhochschule",
       {"xbildung", "w3c", "xbau/artifacts/xbau/2.6/specs", "xbau/artifacts/codelists"},
       "xhochschule",
       8,
       ""},
  };
  return all;
}

fs::path import(const Standard& standard, const fs::path& into) {
  const fs::path corpus = corpus_dir();
  std::vector<std::string> arguments{
      "profile", "import",   (corpus / standard.release).string(), "--into", into.string(),
      "--id",    standard.id};
  for (const auto& with : standard.with) {
    arguments.push_back("--with");
    arguments.push_back((corpus / with).string());
  }
  const auto imported = run_konform(arguments);
  BOOST_REQUIRE_MESSAGE(imported.exit_code == 0,
                        standard.name << ": import failed: " << imported.err << imported.out);
  return into;
}

struct Expected {
  std::string verdict;                    ///< VERDICTS.json: valid | invalid | not-well-formed
  std::multiset<std::string> schematron;  ///< reference/: ids of failed asserts and reports
  bool has_reference = false;
};

std::map<std::string, Expected> expected_for(const std::string& folder) {
  const fs::path corpus = corpus_dir();
  std::ifstream stream(corpus / "VERDICTS.json");
  std::map<std::string, Expected> out;
  for (const auto& entry : nlohmann::json::parse(stream)) {
    const std::string file = entry.at("file");
    if (file.rfind(folder + "/", 0) != 0) continue;
    Expected expected{entry.at("verdict"), {}, false};
    std::ifstream reference(corpus / "reference" / (file + ".json"));
    if (reference) {
      const auto json = nlohmann::json::parse(reference);
      BOOST_REQUIRE(json.at("error").is_null());
      for (const auto& failed : json.at("failed")) expected.schematron.insert(failed.at("id"));
      expected.has_reference = true;
    }
    out.emplace(file, std::move(expected));
  }
  return out;
}

/// Findings of konform's own rules (XML, XSD, code lists, matching); the rest are the rule
/// sets' asserts and reports.
bool is_builtin(const std::string& rule) {
  for (const char* prefix : {"xml-", "xsd-", "codelist-", "document-type-"}) {
    if (rule.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(corpus)

BOOST_AUTO_TEST_CASE(xoev_releases_import_check_and_agree_with_the_references) {
  const fs::path corpus = corpus_dir();
  const fs::path out = output_dir("xoev-import");
  std::string table = "\n| standard | document types | messages | XSD agree | Schematron agree |";
  for (const auto& standard : standards()) {
    const fs::path profile = import(standard, out / standard.id);
    const auto checked = run_konform({"profile", "check", profile.string()});
    BOOST_REQUIRE_MESSAGE(checked.exit_code == 0,
                          standard.name << ": profile check failed: " << checked.err);
    BOOST_TEST(checked.out.find(std::to_string(standard.document_types) + " document type") !=
               std::string::npos);
    if (!standard.missing_list.empty()) {
      BOOST_TEST(checked.out.find("code lists the schemas use but the chain does not carry") !=
                 std::string::npos);
      BOOST_TEST(checked.out.find(standard.missing_list) != std::string::npos, checked.out);
    }

    const auto expected = expected_for(standard.release.substr(0, standard.release.find('/')));
    int xsd_agree = 0, schematron_agree = 0, with_reference = 0;
    if (!expected.empty()) {
      std::vector<std::string> arguments{"validate", "--profile", profile.string(),
                                         "--format", "json",      "--no-cache"};
      for (const auto& [file, want] : expected) arguments.push_back((corpus / file).string());
      const auto validated = run_konform(arguments);
      BOOST_REQUIRE_MESSAGE(validated.exit_code == 0 || validated.exit_code == 1, validated.err);
      const auto report = nlohmann::json::parse(validated.out);
      BOOST_REQUIRE_EQUAL(report.at("inputs").size(), expected.size());
      auto want = expected.begin();
      for (const auto& input : report.at("inputs")) {
        const std::string& file = want->first;
        bool xsd_error = false, wellformed_error = false, matched = true;
        std::multiset<std::string> schematron;
        for (const auto& finding : input.at("findings")) {
          const std::string rule = finding.at("ruleId");
          xsd_error |= rule == "xsd-valid";
          wellformed_error |= rule == "xml-wellformed";
          matched &= rule.rfind("document-type-", 0) != 0;
          if (!is_builtin(rule)) schematron.insert(rule);
          if (rule == "codelist-unknown-list") {
            BOOST_TEST(finding.at("message").get<std::string>().find("add its genericode file") !=
                       std::string::npos);
          }
        }
        const std::string got = !matched           ? "unmatched"
                                : wellformed_error ? "not-well-formed"
                                : xsd_error        ? "invalid"
                                                   : "valid";
        BOOST_CHECK_MESSAGE(got == want->second.verdict, file << ": VERDICTS.json says "
                                                              << want->second.verdict
                                                              << ", the imported profile " << got);
        xsd_agree += got == want->second.verdict;
        if (want->second.has_reference) {
          ++with_reference;
          BOOST_CHECK_MESSAGE(schematron == want->second.schematron,
                              file << ": " << schematron.size() << " Schematron findings, the "
                                   << "reference " << want->second.schematron.size());
          schematron_agree += schematron == want->second.schematron;
        }
        ++want;
      }
    }
    table += "\n| " + standard.name + " | " + std::to_string(standard.document_types) + " | " +
             std::to_string(expected.size()) + " | " + std::to_string(xsd_agree) + "/" +
             std::to_string(expected.size()) + " | " + std::to_string(schematron_agree) + "/" +
             std::to_string(with_reference) + " |";
  }
  BOOST_TEST_MESSAGE(table);
}

BOOST_AUTO_TEST_SUITE_END()
