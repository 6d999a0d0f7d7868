// The renderers of `konform profile diff` on an awkward diff (every kind of change in every
// section, text with Markdown syntax, markup, a terminal escape and umlauts): byte-for-byte golden
// files in tests/golden/profile-diff/ (KONFORM_UPDATE_GOLDEN=1 rewrites them), the JSON valid
// against xsd/profile-diff-1.schema.json, and an empty diff saying so in every format.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "reports/profile_diff_renderers.h"
#include "tests/support/golden.h"
#include "tests/support/test_paths.h"
#include "tests/unit/reports/external_tool.h"

namespace konform::reports {
namespace {

namespace fs = std::filesystem;
using Change = ProfileDiff::Change;

ProfileDiff awkward_diff() {
  ProfileDiff diff;
  diff.from = {"de.sn", "1.0.0", std::string(64, '1')};
  diff.to = {"de.sn", "1.1.0", std::string(64, '2')};
  diff.document_types.push_back(
      {"gewerbe.anmeldung",
       Change::kAdded,
       {{"root", "", "{urn:xoev-de:gewerbe}anmeldung"}, {"schema", "", "xsd/gewerbe.xsd"}}});
  diff.document_types.push_back(
      {"service-definition",
       Change::kChanged,
       {{"schematron", "rules/a.sch", "rules/a.sch, rules/b.sch (added by de.sn)"}}});
  diff.rules.push_back({"SN-A|B",
                        Change::kChanged,
                        {{"severity", "warning", "error"},
                         {"test", "assert x < 1", "assert x <= 1 and *y*"},
                         {"message-de", "Größe \x1b[31m", "Größe | <b>neu</b>"}}});
  diff.rules.push_back(
      {"SN-NEW", Change::kAdded, {{"severity", "", "info"}, {"message", "", "_new_"}}});
  diff.rules.push_back({"SN-OLD", Change::kRemoved, {{"severity", "error", ""}}});
  diff.codelists.push_back({"urn:added", Change::kAdded, "", "7", 0, 2, {}, {}});
  diff.codelists.push_back({"urn:de:xoev:codeliste:erreichbarkeit",
                            Change::kChanged,
                            "3",
                            "4",
                            9,
                            15,
                            {"10", "11"},
                            {"09"}});
  diff.codelists.push_back({"urn:removed", Change::kRemoved, "1", "", 5, 0, {}, {}});
  diff.artefacts.push_back(
      {"de.sn", "codelists/new.xml", "codelist", Change::kAdded, "", std::string(64, 'c')});
  diff.artefacts.push_back({"de.sn", "profile.xml", "manifest", Change::kChanged,
                            std::string(64, 'a'), std::string(64, 'b')});
  diff.artefacts.push_back(
      {"de.sn", "xsd/old.xsd", "schema", Change::kRemoved, std::string(64, 'd'), ""});
  return diff;
}

std::string render(const ProfileDiff& diff, std::string_view format) {
  std::ostringstream out;
  render_profile_diff(diff, format, out);
  return out.str();
}

BOOST_AUTO_TEST_SUITE(profile_diff_formats)

BOOST_AUTO_TEST_CASE(text_matches_its_golden_file) {
  test::check_golden(render(awkward_diff(), "text"), "profile-diff", "awkward.text.expected");
}

BOOST_AUTO_TEST_CASE(markdown_matches_its_golden_file) {
  test::check_golden(render(awkward_diff(), "markdown"), "profile-diff", "awkward.md.expected");
}

BOOST_AUTO_TEST_CASE(json_matches_its_golden_file) {
  test::check_golden(render(awkward_diff(), "json"), "profile-diff", "awkward.json.expected");
}

BOOST_AUTO_TEST_CASE(json_is_valid_against_its_schema) {
  const fs::path dir = test::output_dir("profile-diff-json-schema");
  ProfileDiff empty;
  empty.from = empty.to = {"de.sn", "1.0.0", std::string(64, '1')};
  for (const auto& [name, diff] :
       {std::pair{"awkward", awkward_diff()}, std::pair{"empty", empty}}) {
    const fs::path instance = dir / (std::string(name) + ".json");
    std::ofstream(instance, std::ios::binary) << render(diff, "json");
    const auto result =
        test::validate_json(test::source_dir() / "xsd" / "profile-diff-1.schema.json", instance);
    BOOST_TEST(result.exit_code == 0, name << ": " << result.output);
  }
}

BOOST_AUTO_TEST_CASE(an_empty_diff_says_so_in_every_format) {
  ProfileDiff empty;
  empty.from = empty.to = {"de.sn", "1.0.0", std::string(64, '1')};
  BOOST_TEST(render(empty, "text") ==
             "konform profile diff: de.sn 1.0.0 -> de.sn 1.0.0\nno differences\n");
  BOOST_TEST(render(empty, "markdown") == "# de.sn 1.0.0 → de.sn 1.0.0\n\nNo differences.\n\n");
  const auto json = nlohmann::json::parse(render(empty, "json"));
  BOOST_TEST(json["differences"] == false);
  BOOST_TEST(json["rules"].empty());
  BOOST_TEST(json["artefacts"].empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
