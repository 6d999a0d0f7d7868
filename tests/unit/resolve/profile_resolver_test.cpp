#include <boost/test/unit_test.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/resolve/resolve_test_support.h"
#include "tests/unit/xml/test_files.h"
#include "validator/core/config_error.h"
#include "validator/resolve/profile_resolver.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

/// Writes a manifest; `attributes` go on <profile>, `body` after <publisher>.
std::string extends(const std::string& id, const std::string& range = "") {
  return "<extends id='" + id + "'" + (range.empty() ? "" : " version='" + range + "'") + "/>";
}

std::vector<std::string> chain_of(const std::vector<std::string>& specs, const fs::path& dir,
                                  const std::string& as_of = "2026-06-01") {
  std::vector<std::string> out;
  for (const auto& p : resolve_profiles(specs, {{dir}, as_of}).chain)
    out.push_back(p.id + "@" + p.version);
  return out;
}

std::string error_of(const std::vector<std::string>& specs, const fs::path& dir,
                     const std::string& as_of = "2026-06-01") {
  try {
    resolve_profiles(specs, {{dir}, as_of});
  } catch (const ConfigError& e) {
    return e.located();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_resolver)

BOOST_AUTO_TEST_CASE(profiles_resolve_by_folder_and_by_id) {
  const fs::path dir = test::output_dir("resolve-id");
  test::write_profile(dir / "one", "de.test.one", "1.0.0");
  test::write_profile(dir / "nested/two", "de.test.two", "1.0.0");
  BOOST_TEST(chain_of({"de.test.two"}, dir) == std::vector<std::string>{"de.test.two@1.0.0"});
  auto by_folder = resolve_profiles({(dir / "one").string()}, {});
  BOOST_TEST(by_folder.chain.at(0).id == "de.test.one");
}

BOOST_AUTO_TEST_CASE(a_chain_lists_parents_first_each_once) {
  const fs::path dir = test::output_dir("resolve-chain");
  test::write_profile(dir / "bund", "de.bund", "1.0.0");
  test::write_profile(dir / "sn", "de.sn", "1.0.0", extends("de.bund", "^1.0"));
  test::write_profile(dir / "xbau", "de.xbau", "2.6.0", extends("de.bund"));
  test::write_profile(dir / "stadt", "de.sn.stadt", "1.0.0",
                      extends("de.sn") + extends("de.xbau", "^2.1"));
  BOOST_TEST(chain_of({"de.sn.stadt"}, dir) ==
             (std::vector<std::string>{"de.bund@1.0.0", "de.sn@1.0.0", "de.xbau@2.6.0",
                                       "de.sn.stadt@1.0.0"}));
}

BOOST_AUTO_TEST_CASE(the_highest_fitting_version_that_applies_is_chosen) {
  const fs::path dir = test::output_dir("resolve-versions");
  test::write_profile(dir / "b100", "de.b", "1.0.0");
  test::write_profile(dir / "b120", "de.b", "1.2.0");
  test::write_profile(dir / "b200", "de.b", "2.0.0");
  test::write_profile(dir / "b130", "de.b", "1.3.0", "", " validFrom='2027-01-01'");
  test::write_profile(dir / "child", "de.child", "1.0.0", extends("de.b", "^1.0"));
  BOOST_TEST(chain_of({"de.child"}, dir).front() == "de.b@1.2.0");
  BOOST_TEST(chain_of({"de.child"}, dir, "2027-01-01").front() == "de.b@1.3.0");
  BOOST_TEST(chain_of({"de.b"}, dir).front() == "de.b@2.0.0");
  BOOST_TEST(chain_of({"de.b@~1.0"}, dir).front() == "de.b@1.0.0");
  BOOST_TEST(error_of({"de.b@^3"}, dir).find("not on the search path") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(cycles_are_configuration_errors_that_name_the_chain) {
  const fs::path dir = test::output_dir("resolve-cycle");
  test::write_profile(dir / "a", "de.a", "1.0.0", extends("de.c"));
  test::write_profile(dir / "b", "de.b", "1.0.0", extends("de.a"));
  test::write_profile(dir / "c", "de.c", "1.0.0", extends("de.b"));
  const std::string error = error_of({"de.a"}, dir);
  BOOST_TEST(error.find("cycle in 'extends'") != std::string::npos, error);
  BOOST_TEST(error.find("de.a -> de.c -> de.b -> de.a") != std::string::npos, error);
}

BOOST_AUTO_TEST_CASE(missing_parents_name_who_needs_them) {
  const fs::path dir = test::output_dir("resolve-missing");
  test::write_profile(dir / "child", "de.child", "1.0.0", extends("de.gone", "^2.0"));
  const std::string error = error_of({"de.child"}, dir);
  BOOST_TEST(
      error.find("profile de.gone (version ^2.0), required by de.child 1.0.0") != std::string::npos,
      error);
}

BOOST_AUTO_TEST_CASE(incompatible_version_requirements_are_a_conflict) {
  const fs::path dir = test::output_dir("resolve-conflict");
  test::write_profile(dir / "b1", "de.b", "1.0.0");
  test::write_profile(dir / "b2", "de.b", "2.0.0");
  test::write_profile(dir / "x", "de.x", "1.0.0", extends("de.b", "^1.0"));
  test::write_profile(dir / "y", "de.y", "1.0.0", extends("de.b", "^2.0"));
  test::write_profile(dir / "top", "de.top", "1.0.0", extends("de.x") + extends("de.y"));
  const std::string error = error_of({"de.top"}, dir);
  BOOST_TEST(error.find("version conflict for profile de.b") != std::string::npos, error);
  BOOST_TEST(error.find("^2.0 by de.y") != std::string::npos, error);
}

BOOST_AUTO_TEST_CASE(an_id_named_again_with_another_range_selects_that_version_side_by_side) {
  const fs::path dir = test::output_dir("resolve-side-by-side");
  test::write_profile(dir / "base", "de.base", "1.0.0");
  test::write_profile(dir / "r2", "de.rechnung", "2.3.0", extends("de.base"));
  test::write_profile(dir / "r3", "de.rechnung", "3.0.1", extends("de.base"));
  // Both versions, each once, after their shared parent; the same version twice is one.
  BOOST_TEST(
      chain_of({"de.rechnung@^2", "de.rechnung@^3", "de.rechnung@3.0.1"}, dir) ==
          (std::vector<std::string>{"de.base@1.0.0", "de.rechnung@2.3.0", "de.rechnung@3.0.1"}),
      boost::test_tools::per_element());
  // Two folders of one id in two versions too.
  BOOST_TEST(chain_of({(dir / "r3").string(), (dir / "r2").string()}, dir).size() == 3u);
  // A range no version meets names the search path, as for the first selection.
  BOOST_TEST(
      error_of({"de.rechnung@^2", "de.rechnung@^4"}, dir).find("is not on the search path") !=
      std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_same_id_and_version_twice_with_different_files_is_an_error) {
  const fs::path dir = test::output_dir("resolve-duplicate");
  test::write_profile(dir / "first", "de.same", "1.0.0");
  test::write_profile(dir / "second", "de.same", "1.0.0", "<description>changed</description>");
  const std::string error = error_of({"de.same"}, dir);
  BOOST_TEST(error.find("is defined twice") != std::string::npos, error);
}

BOOST_AUTO_TEST_CASE(identical_copies_of_a_profile_are_one_profile_from_the_first_folder) {
  // An installed konform run inside a checkout sees the shipped profiles twice.
  const fs::path dir = test::output_dir("resolve-identical-copies");
  test::write_profile(dir / "checkout" / "same", "de.same", "1.0.0");
  test::write_profile(dir / "installed" / "same", "de.same", "1.0.0");
  const auto resolved =
      resolve_profiles({"de.same"}, {{dir / "checkout", dir / "installed"}, "2026-06-01"});
  BOOST_TEST_REQUIRE(resolved.chain.size() == 1U);
  BOOST_TEST(resolved.chain.front().dir == dir / "checkout" / "same");
}

BOOST_AUTO_TEST_CASE(a_selected_profile_must_apply_at_the_validation_date) {
  const fs::path dir = test::output_dir("resolve-dates");
  test::write_profile(dir / "future", "de.future", "1.0.0", "", " validFrom='2027-01-01'");
  test::write_profile(dir / "past", "de.past", "1.0.0", "", " validTo='2025-12-31'");
  BOOST_TEST(error_of({"de.future"}, dir).find("does not apply on 2026-06-01") !=
             std::string::npos);
  BOOST_TEST(chain_of({"de.future"}, dir, "2027-01-01").size() == 1u);
  BOOST_TEST(error_of({(dir / "past").string()}, dir).find("not on 2026-06-01") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(deprecated_profiles_resolve_with_a_notice) {
  const fs::path dir = test::output_dir("resolve-deprecated");
  test::write_profile(dir / "old", "de.old", "1.0.0", "<deprecated replacedBy='de.new'/>");
  auto resolved = resolve_profiles({"de.old"}, {{dir}, "2026-06-01"});
  BOOST_REQUIRE_EQUAL(resolved.notices.size(), 1u);
  BOOST_TEST(resolved.notices[0].find("use de.new") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_shipped_chain_resolves) {
  auto resolved = resolve_profiles({"de.sn.musterstadt"}, {profile_search_path({}), "2026-06-01"});
  BOOST_REQUIRE_EQUAL(resolved.chain.size(), 3u);
  BOOST_TEST(resolved.chain[0].level == "federal");
  BOOST_TEST(resolved.chain[1].level == "state");
  BOOST_TEST(resolved.chain[2].level == "municipal");
}

BOOST_AUTO_TEST_CASE(unknown_ids_and_bad_ranges_are_errors) {
  const fs::path dir = test::output_dir("resolve-errors");
  test::write_profile(dir / "a", "de.test.a", "1.0.0");
  BOOST_TEST(error_of({"de.test.none"}, dir).find("not on the search path") != std::string::npos);
  BOOST_TEST(error_of({"de.test.a@banana"}, dir).find("is not a version range") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
