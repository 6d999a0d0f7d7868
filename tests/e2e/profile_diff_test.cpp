// `konform profile diff A B` on two versions of the shipped example profile de.sn, built in the
// build folder: version 1.0.0 as shipped plus version 3 of the real XÖV code list
// "erreichbarkeit" from the corpus; version 1.1.0 with a Schematron test and a German message
// changed, a severity raised and version 4 of the same list (six codes more). Checks the text,
// Markdown and JSON (valid against xsd/profile-diff-1.schema.json) and diff(1)'s exit codes.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <fstream>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using Json = nlohmann::json;

namespace {

const char* kErreichbarkeit = "xbau/artifacts/codelists/urn:de:xoev:codeliste:erreichbarkeit_";

/// Replaces the one occurrence of `old_text` in `file`; fails the test when it is not there, so a
/// change to the shipped profile cannot make this fixture silently compare equal versions.
void replace_in(const fs::path& file, const std::string& old_text, const std::string& new_text) {
  std::string text = read_text(file);
  const auto at = text.find(old_text);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, file.string() + " lacks: " + old_text);
  text.replace(at, old_text.size(), new_text);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

/// de.sn as shipped, with a codelists/ folder holding version `list_version` of erreichbarkeit.
fs::path example_profile(const fs::path& into, const std::string& list_version) {
  fs::create_directories(into);
  fs::copy_file(source_dir() / "profiles/de/sn/profile.xml", into / "profile.xml");
  fs::create_directories(into / "rules");
  fs::copy_file(source_dir() / "profiles/de/sn/rules/service-definition.sch",
                into / "rules/service-definition.sch");
  fs::create_directories(into / "codelists");
  const std::string list = kErreichbarkeit + list_version + ".xml";
  fs::copy_file(corpus_dir() / list, into / "codelists" / fs::path(list).filename());
  replace_in(into / "profile.xml", "  <rule id=", "  <codelists dir=\"codelists\"/>\n  <rule id=");
  return into;
}

struct TwoVersions {
  fs::path older;
  fs::path newer;
};

const TwoVersions& two_versions() {
  static const TwoVersions versions = [] {
    const fs::path dir = output_dir("e2e-profile-diff");
    TwoVersions out{example_profile(dir / "1.0.0", "3"), example_profile(dir / "1.1.0", "4")};
    replace_in(out.newer / "profile.xml", "version=\"1.0.0\"", "version=\"1.1.0\"");
    replace_in(out.newer / "profile.xml", "<rule id=\"codelist-unknown-list\" severity=\"error\"/>",
               "<rule id=\"codelist-unknown-list\" severity=\"error\"/>\n"
               "  <rule id=\"SN-SEC-001\" severity=\"error\"/>");
    const fs::path rules = out.newer / "rules/service-definition.sch";
    replace_in(rules, "= ('bundid', 'landeskonto')", "= ('bundid', 'landeskonto', 'eid')");
    replace_in(rules, "brauchen ggf. einen Anschluss", "brauchen einen Anschluss");
    return out;
  }();
  return versions;
}

ProcessResult diff(const std::string& format) {
  return run_konform({"profile", "diff", two_versions().older.string(),
                      two_versions().newer.string(), "--format", format});
}

bool has_line(const std::string& text, const std::string& line) {
  return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_diff)

BOOST_AUTO_TEST_CASE(text_lists_rules_code_lists_and_artefacts_and_exits_1) {
  const auto r = diff("text");
  BOOST_TEST(r.exit_code == 1, r.err);
  for (const std::string line :
       {"konform profile diff: de.sn 1.0.0 -> de.sn 1.1.0", "rules:", "  ~ SN-EGOV-002",
        "      test: assert sd:identity/sd:citizenAccount = ('bundid', 'landeskonto') -> assert "
        "sd:identity/sd:citizenAccount = ('bundid', 'landeskonto', 'eid')",
        "  ~ SN-EGOV-004", "  ~ SN-SEC-001", "      severity: warning -> error",
        "  ~ urn:de:xoev:codeliste:erreichbarkeit  version 3 -> 4, codes 9 -> 15",
        "      codes added (6): 10, 11, 12, 13, 14, 15",
        "3 rules, 1 code list, 4 artefacts changed"}) {
    BOOST_TEST(has_line(r.out, line), line << "\n--- in ---\n" << r.out);
  }
  BOOST_TEST(r.out.find("message-de: Dienste mit sächsischen Basiskomponenten brauchen ggf. "
                        "einen Anschluss") != std::string::npos);
  // Nothing else of the rules changed: SN-EGOV-004's English message and the other SN rules.
  BOOST_TEST(r.out.find("      message: ") == std::string::npos);
  BOOST_TEST(r.out.find("SN-EGOV-001") == std::string::npos);
  BOOST_TEST(r.out.find("document types:") == std::string::npos);
  for (const std::string artefact :
       {"  ~ de.sn: profile.xml  (manifest)",
        "  ~ de.sn: rules/service-definition.sch  (schematron)",
        "  - de.sn: codelists/urn:de:xoev:codeliste:erreichbarkeit_3.xml  (codelist)",
        "  + de.sn: codelists/urn:de:xoev:codeliste:erreichbarkeit_4.xml  (codelist)"}) {
    BOOST_TEST(r.out.find(artefact) != std::string::npos, artefact);
  }
}

BOOST_AUTO_TEST_CASE(json_is_valid_against_its_schema_and_names_each_change) {
  const auto r = diff("json");
  BOOST_TEST(r.exit_code == 1, r.err);
  const fs::path file = output_dir("e2e-profile-diff-json") / "diff.json";
  std::ofstream(file, std::ios::binary) << r.out;
  const auto valid =
      run_process({"/usr/bin/python3", (source_dir() / "tests/tools/validate_json.py").string(),
                   (source_dir() / "xsd/profile-diff-1.schema.json").string(), file.string()});
  BOOST_TEST(valid.exit_code == 0, "not valid against profile-diff-1: " << valid.out << valid.err);
  const Json json = Json::parse(r.out);
  BOOST_TEST(json["differences"] == true);
  BOOST_TEST(json["from"]["version"] == "1.0.0");
  BOOST_TEST(json["to"]["version"] == "1.1.0");
  BOOST_REQUIRE(json["rules"].size() == 3u);
  BOOST_TEST(json["rules"][2]["id"] == "SN-SEC-001");
  BOOST_TEST(json["rules"][2]["fields"][0] ==
             Json({{"name", "severity"}, {"before", "warning"}, {"after", "error"}}));
  BOOST_REQUIRE(json["codeLists"].size() == 1u);
  const Json& list = json["codeLists"][0];
  BOOST_TEST(list["versionBefore"] == "3");
  BOOST_TEST(list["versionAfter"] == "4");
  BOOST_TEST(list["codesAdded"] == Json({"10", "11", "12", "13", "14", "15"}));
  BOOST_TEST(list["codesRemoved"].empty());
  BOOST_TEST(json["artefacts"].size() == 4u);
}

BOOST_AUTO_TEST_CASE(markdown_is_a_table_per_section) {
  const auto r = diff("markdown");
  BOOST_TEST(r.exit_code == 1, r.err);
  for (const std::string line : {"# de.sn 1.0.0 → de.sn 1.1.0", "## Rules",
                                 "| `SN-SEC-001` | changed | severity | warning | error |",
                                 "## Code lists", "## Artefacts"}) {
    BOOST_TEST(has_line(r.out, line), line << "\n--- in ---\n" << r.out);
  }
  BOOST_TEST(r.out.find("| `10`, `11`, `12`, `13`, `14`, `15` |") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_profile_against_itself_has_no_differences_and_exits_0) {
  const auto r = run_konform({"profile", "diff", two_versions().older.string(),
                              two_versions().older.string(), "--format", "json"});
  BOOST_TEST(r.exit_code == 0, r.err);
  const Json json = Json::parse(r.out);
  BOOST_TEST(json["differences"] == false);
  BOOST_TEST(json["rules"].empty());
  const auto text = run_konform({"profile", "diff", "de.sn", "de.sn"});
  BOOST_TEST(text.exit_code == 0, text.err);
  BOOST_TEST(has_line(text.out, "no differences"), text.out);
}

BOOST_AUTO_TEST_CASE(ids_are_resolved_on_the_search_path_by_version) {
  // The shipped de.sn 1.0.0 against the newer version found through --profile-path.
  const fs::path search = output_dir("e2e-profile-diff-ids");
  fs::copy(two_versions().newer, search / "de.sn-1.1.0", fs::copy_options::recursive);
  const auto r = run_konform(
      {"profile", "diff", "de.sn@1.0.0", "de.sn@1.1.0", "--profile-path", search.string()});
  BOOST_TEST(r.exit_code == 1, r.err);
  BOOST_TEST(has_line(r.out, "konform profile diff: de.sn 1.0.0 -> de.sn 1.1.0"), r.out);
  BOOST_TEST(has_line(r.out, "  + urn:de:xoev:codeliste:erreichbarkeit  version 4, 15 codes"),
             r.out);
}

BOOST_AUTO_TEST_CASE(usage_and_configuration_errors_exit_2) {
  const auto unknown = run_konform({"profile", "diff", "de.sn", "de.nowhere"});
  BOOST_TEST(unknown.exit_code == 2);
  BOOST_TEST(unknown.err.find("de.nowhere") != std::string::npos, unknown.err);
  BOOST_TEST(unknown.out.empty());
  const auto format = run_konform({"profile", "diff", "de.sn", "de.sn", "--format", "html"});
  BOOST_TEST(format.exit_code == 2);
  const auto one = run_konform({"profile", "diff", "de.sn"});
  BOOST_TEST(one.exit_code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
