// `konform profile list|show|check`, and every shipped profile passing `profile check`.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

BOOST_AUTO_TEST_SUITE(profile_command)

BOOST_AUTO_TEST_CASE(every_shipped_profile_passes_profile_check) {
  int checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(source_dir() / "profiles")) {
    if (entry.path().filename() != "profile.xml") continue;
    auto r = run_konform({"profile", "check", entry.path().parent_path().string()});
    BOOST_TEST(r.exit_code == 0, entry.path() << ": " << r.out << r.err);
    BOOST_TEST(r.out.find("is valid") != std::string::npos);
    // Every shipped rule declares its title in English and German.
    BOOST_TEST(r.out.find("warning: rule") == std::string::npos, entry.path() << ": " << r.out);
    ++checked;
  }
  BOOST_TEST(checked >= 3);
}

BOOST_AUTO_TEST_CASE(check_warns_about_rules_without_a_title_in_both_languages) {
  const fs::path dir = output_dir("e2e-profile-check-titles") / "auftrag";
  fs::copy(source_dir() / "tests/e2e/data/auftrag-profile", dir, fs::copy_options::recursive);
  const fs::path rules = dir / "rules/auftrag.sch";
  const std::string original = read_text(rules);
  auto with_titles = [&](const std::string& attributes) {
    std::string text = original;
    const std::string schema = "<sch:schema ";
    const std::string id = "id=\"auftrag-menge\"";
    text.replace(text.find(schema), schema.size(),
                 schema + "xmlns:konform=\"urn:konform:schematron:1\" ");
    text.replace(text.find(id), id.size(), id + " " + attributes);
    std::ofstream(rules, std::ios::binary) << text;
  };
  const std::string warning =
      "konform: warning: rule auftrag-menge (rules/auftrag.sch:7) declares no ";

  auto r = run_konform({"profile", "check", dir.string()});
  BOOST_TEST(r.exit_code == 0, r.err);  // a warning, the profile still works
  BOOST_TEST(r.out.find(warning + "title in English or German") != std::string::npos, r.out);

  with_titles("konform:title=\"An order line's quantity is a positive whole number.\"");
  r = run_konform({"profile", "check", dir.string()});
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find(warning + "German title") != std::string::npos, r.out);

  with_titles(
      "konform:title=\"An order line's quantity is a positive whole number.\" "
      "konform:title-de=\"Die Menge einer Position ist eine positive ganze Zahl.\"");
  r = run_konform({"profile", "check", dir.string()});
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("warning: rule") == std::string::npos, r.out);
  // The declared titles are what the catalogue shows, not the message's words.
  r = run_konform({"profile", "doc", dir.string(), "--as-of", "2026-06-01"});
  BOOST_TEST(r.out.find("| auftrag-menge | warning | An order line's quantity is a positive whole "
                        "number. | Die Menge einer Position ist eine positive ganze Zahl. |") !=
                 std::string::npos,
             r.out);
}

BOOST_AUTO_TEST_CASE(show_lists_the_chain_parents_first_with_effective_rules) {
  auto r = run_konform({"profile", "show", "de.sn.musterstadt", "--format", "json"});
  BOOST_REQUIRE_EQUAL(r.exit_code, 0);
  auto json = nlohmann::json::parse(r.out);
  BOOST_REQUIRE_EQUAL(json["chain"].size(), 3u);
  BOOST_TEST(json["chain"][0]["id"] == "de.bund");
  BOOST_TEST(json["chain"][2]["level"] == "municipal");
  bool found = false;
  for (const auto& rule : json["rules"]) {
    if (rule["id"] == "codelist-unknown-list") {
      found = true;
      BOOST_TEST(rule["severity"] == "error");
      BOOST_TEST(rule["declaredBy"] == "de.sn");
    }
  }
  BOOST_TEST(found);
}

BOOST_AUTO_TEST_CASE(list_and_check_report_problems_with_exit_two) {
  auto list = run_konform({"profile", "list"});
  BOOST_TEST(list.exit_code == 0);
  BOOST_TEST(list.out.find("de.sn.musterstadt 1.0.0") != std::string::npos);

  const fs::path dir = output_dir("e2e-profile-check");
  std::ofstream(dir / "profile.xml")
      << "<profile xmlns='urn:konform:profile:1' id='de.test.weak' version='1.0.0' "
         "level='municipal'>"
         "<title>T</title><publisher>P</publisher><extends id='de.sn'/>"
         "<rule id='codelist-unknown-list' severity='warning' reason='we do not like "
         "it'/></profile>";
  auto r = run_konform({"profile", "check", dir.string()});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("weakens rule 'codelist-unknown-list'") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
