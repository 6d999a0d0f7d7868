// The XÖV release import proven on real standards: each XÖV standard of ../shared/corpus is
// imported with `konform profile import` (the README's commands in "Real standards", run as
// printed with the output folder moved under the build tree) into a profile, passes `konform
// profile check`, and validating its corpus messages with the imported profile gives the XSD
// verdicts of VERDICTS.json and the Schematron findings of reference/ (SchXslt on Saxon-HE).
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>

#include "tests/support/documented_commands.h"
#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

constexpr std::string_view kMarker =
    "# konform-command: an XÖV import (tests/corpus/xoev_import_test.cpp runs it)";
constexpr std::string_view kCorpusAsPrinted = "../shared/corpus/";

/// What each imported standard must give; the commands themselves come from the README.
struct Standard {
  std::string name;
  std::size_t document_types;  ///< how many messages the release declares
  /// A list the schemas fix that the corpus lacks, as `profile check` names it; empty: none.
  std::string missing_list;
};

const std::map<std::string, Standard>& standards() {
  static const std::map<std::string, Standard> by_id{
      {"xbau",
       {"XBau 2.6", 139,
        "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland  (version named by "
        "the message)"}},
      {"xbildung", {"XBildung 1.2", 0, ""}},
      {"xschule",
       {"XSchule 1.2", 5,
        "urn:xoev-de:xinneres:codeliste:geschlecht  version 1  used by "
        "{http://xschule.digital/def/xschule/1.2/xsd}geschlecht"}},
      {"xhochschule", {"XHochschule 1.2", 8, ""}},
  };
  return by_id;
}

struct Import {
  std::vector<std::string> arguments;  ///< as printed, with the corpus and output folder moved
  std::string id;
  std::string release;  ///< corpus-relative
  fs::path profile;
};

/// The README's import commands, to run where the tests keep their output.
std::vector<Import> readme_imports(const fs::path& out) {
  std::vector<Import> imports;
  for (const auto& command : marked_commands(read_text(source_dir() / "README.md"), kMarker)) {
    Import import{split_words(command), "", "", {}};
    auto& words = import.arguments;
    BOOST_REQUIRE_MESSAGE(
        words.size() > 4 && words[0] == "konform" && words[1] == "profile" && words[2] == "import",
        "not a `konform profile import` command: " << command);
    for (std::size_t i = 3; i < words.size(); ++i) {
      if (words[i - 1] == "--id") import.id = words[i];
      if (words[i - 1] == "--into") {
        import.profile = out / words[i];
        words[i] = import.profile.string();
      } else if (words[i].starts_with(kCorpusAsPrinted)) {
        if (i == 3) import.release = words[i].substr(kCorpusAsPrinted.size());
        words[i] = (corpus_dir() / words[i].substr(kCorpusAsPrinted.size())).string();
      }
    }
    words.erase(words.begin());  // run_konform runs the built binary
    imports.push_back(std::move(import));
  }
  return imports;
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
  const auto imports = readme_imports(out);
  BOOST_REQUIRE_EQUAL(imports.size(), standards().size());
  for (const auto& import : imports) {
    BOOST_REQUIRE_MESSAGE(standards().count(import.id), "no expectations for " << import.id);
    const Standard& standard = standards().at(import.id);
    const auto imported = run_konform(import.arguments);
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0,
                          standard.name << ": import failed: " << imported.err << imported.out);
    const fs::path& profile = import.profile;
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

    const auto expected = expected_for(import.release.substr(0, import.release.find('/')));
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
