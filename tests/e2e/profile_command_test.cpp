// `konform profile list|show|check`, and every shipped profile passing `profile check`.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

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
    ++checked;
  }
  BOOST_TEST(checked >= 3);
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
