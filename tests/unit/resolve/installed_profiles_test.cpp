// Installed profiles on the search path: the stores join it after ./profiles and before the
// shipped profiles, only where they exist; a folder being installed is not looked into; an
// installed copy of a profile and the folder it was packed from are one profile.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdlib>

#include "tests/support/test_paths.h"
#include "tests/unit/resolve/resolve_test_support.h"
#include "tests/unit/xml/test_files.h"
#include "validator/resolve/profile_resolver.h"
#include "validator/store/profile_store.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

/// Sets XDG_DATA_HOME for one test case and puts the old value back.
struct DataHome {
  std::string old;
  explicit DataHome(const fs::path& dir) {
    const char* value = std::getenv("XDG_DATA_HOME");
    old = value == nullptr ? "" : value;
    setenv("XDG_DATA_HOME", dir.c_str(), 1);
  }
  ~DataHome() { setenv("XDG_DATA_HOME", old.c_str(), 1); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(installed_profiles)

BOOST_AUTO_TEST_CASE(the_user_store_joins_the_search_path_after_the_working_folder) {
  const fs::path home = test::output_dir("resolve-store-search-path");
  const DataHome data_home(home);
  const fs::path store = store::profile_store_dir(false);
  BOOST_TEST(store == home / "konform" / "profiles");
  auto path = profile_search_path({"first"});
  BOOST_TEST((std::find(path.begin(), path.end(), store) == path.end()));
  fs::create_directories(store);
  path = profile_search_path({"first"});
  const auto at = std::find(path.begin(), path.end(), store);
  BOOST_REQUIRE((at != path.end()));
  const auto working = std::find(path.begin(), path.end(), fs::path(kWorkingFolderProfiles));
  BOOST_TEST((working < at));
  BOOST_TEST((path.front() == "first"));
}

BOOST_AUTO_TEST_CASE(a_folder_being_installed_is_not_looked_into) {
  const fs::path store = test::output_dir("resolve-store-partial");
  test::write_profile(store / "de.x" / "1.0.0", "de.x", "1.0.0");
  test::write_profile(store / (std::string(store::kPartialPrefix) + "123"), "de.x", "2.0.0");
  const auto catalogue = find_profiles({store});
  BOOST_REQUIRE(catalogue.profiles.size() == 1u);
  BOOST_TEST(catalogue.profiles.front().version == "1.0.0");
}

BOOST_AUTO_TEST_CASE(an_installed_copy_and_its_source_folder_are_one_profile) {
  const fs::path dir = test::output_dir("resolve-store-copy");
  test::write_profile(dir / "project" / "x", "de.x", "1.0.0");
  test::write_profile(dir / "store" / "de.x" / "1.0.0", "de.x", "1.0.0");
  test::write_file(dir / "store" / "de.x" / "1.0.0" / "konform-bundle.json", "{}");
  test::write_file(dir / "store" / "de.x" / "1.0.0" / store::kInstallRecordName, "{}");
  const auto resolved =
      resolve_profiles({"de.x"}, {{dir / "project", dir / "store"}, "2026-06-01"});
  BOOST_TEST_REQUIRE(resolved.chain.size() == 1U);
  BOOST_TEST(resolved.chain.front().dir == dir / "project" / "x");
}

BOOST_AUTO_TEST_SUITE_END()
