#include <boost/test/unit_test.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/xml/test_files.h"
#include "validator/core/config_error.h"
#include "validator/resolve/profile_resolver.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

void write_profile(const fs::path& dir, const std::string& id, const std::string& extra = "") {
  test::write_file(dir / "profile.xml",
                   "<profile xmlns='urn:konform:profile:1' id='" + id +
                       "' version='1.0.0' level='other'><title>T</title><publisher>P</publisher>" +
                       extra + "</profile>");
}

std::string error_of(const std::vector<std::string>& specs, const std::vector<fs::path>& path) {
  try {
    resolve_profiles(specs, path);
  } catch (const ConfigError& e) {
    return e.located();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_resolver)

BOOST_AUTO_TEST_CASE(profiles_resolve_by_folder_and_by_id) {
  const fs::path dir = test::output_dir("resolve-id");
  write_profile(dir / "one", "de.test.one");
  write_profile(dir / "nested/two", "de.test.two");
  auto by_id = resolve_profiles({"de.test.two"}, {dir});
  BOOST_REQUIRE_EQUAL(by_id.size(), 1u);
  BOOST_TEST(by_id[0].dir == fs::canonical(dir / "nested/two"));
  auto by_folder = resolve_profiles({(dir / "one").string()}, {});
  BOOST_TEST(by_folder[0].id == "de.test.one");
}

BOOST_AUTO_TEST_CASE(the_shipped_profiles_are_on_the_search_path) {
  auto path = profile_search_path({});
  auto resolved = resolve_profiles({"de.sn.musterstadt"}, path);
  BOOST_TEST(resolved[0].level == "municipal");
}

BOOST_AUTO_TEST_CASE(earlier_search_path_entries_win) {
  const fs::path dir = test::output_dir("resolve-precedence");
  write_profile(dir / "first/p", "de.test.same");
  write_profile(dir / "second/p", "de.test.same");
  auto catalogue = find_profiles({dir / "first", dir / "second"});
  BOOST_REQUIRE_EQUAL(catalogue.profiles.size(), 1u);
  BOOST_TEST(catalogue.profiles[0].dir == fs::canonical(dir / "first/p"));
  BOOST_TEST(catalogue.shadowed.size() == 1u);
}

BOOST_AUTO_TEST_CASE(unknown_duplicate_and_layered_selections_are_errors) {
  const fs::path dir = test::output_dir("resolve-errors");
  write_profile(dir / "a", "de.test.a");
  write_profile(dir / "child", "de.test.child", "<extends id='de.test.a' version='^1.0'/>");
  BOOST_TEST(error_of({"de.test.none"}, {dir}).find("neither a folder nor a profile id") !=
             std::string::npos);
  BOOST_TEST(error_of({"de.test.a", (dir / "a").string()}, {dir}).find("selected twice") !=
             std::string::npos);
  BOOST_TEST(error_of({"de.test.child"}, {dir}).find("layered profiles are not supported") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
