// ResolveOptions::pinned (a lock file's pins): a pinned id resolves to exactly that version.
#include <boost/test/unit_test.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/resolve/resolve_test_support.h"
#include "tests/unit/xml/test_files.h"
#include "validator/core/config_error.h"
#include "validator/resolve/profile_resolver.h"

namespace fs = std::filesystem;
using namespace konform;

BOOST_AUTO_TEST_SUITE(profile_pinning)

BOOST_AUTO_TEST_CASE(a_pin_wins_over_a_higher_version_for_selected_and_parent_ids) {
  const fs::path dir = test::output_dir("resolve-pinning");
  test::write_profile(dir / "base1", "de.test.base", "1.0.0");
  test::write_profile(dir / "base2", "de.test.base", "1.2.0");
  test::write_profile(dir / "leaf1", "de.test.leaf", "2.0.0",
                      "<extends id='de.test.base' version='^1.0'/>");
  test::write_profile(dir / "leaf2", "de.test.leaf", "2.1.0",
                      "<extends id='de.test.base' version='^1.0'/>");

  auto unpinned = resolve_profiles({"de.test.leaf"}, {{dir}, "2026-06-01"}).chain;
  BOOST_REQUIRE_EQUAL(unpinned.size(), 2u);
  BOOST_TEST(unpinned[0].version == "1.2.0");
  BOOST_TEST(unpinned[1].version == "2.1.0");

  ResolveOptions options{{dir}, "2026-06-01"};
  options.pinned = {{"de.test.base", "1.0.0"}, {"de.test.leaf", "2.0.0"}};
  auto pinned = resolve_profiles({"de.test.leaf"}, options).chain;
  BOOST_REQUIRE_EQUAL(pinned.size(), 2u);
  BOOST_TEST(pinned[0].version == "1.0.0");
  BOOST_TEST(pinned[1].version == "2.0.0");
}

BOOST_AUTO_TEST_CASE(a_pinned_version_that_is_missing_or_out_of_range_is_an_error) {
  const fs::path dir = test::output_dir("resolve-pinning-missing");
  test::write_profile(dir / "a", "de.test.a", "1.0.0");
  ResolveOptions options{{dir}, "2026-06-01"};
  options.pinned = {{"de.test.a", "1.1.0"}};
  options.pinned_by = "konform.lock";
  BOOST_CHECK_EXCEPTION(
      resolve_profiles({"de.test.a"}, options), ConfigError, [](const ConfigError& e) {
        return std::string(e.what()).find(
                   "konform.lock pins profile de.test.a to version 1.1.0, which is not on the "
                   "search path (versions found: 1.0.0)") != std::string::npos;
      });
  options.pinned = {{"de.test.a", "1.0.0"}};
  BOOST_CHECK_EXCEPTION(
      resolve_profiles({"de.test.a@^2.0"}, options), ConfigError, [](const ConfigError& e) {
        const std::string message = e.what();
        return message.find(
                   "konform.lock pins profile de.test.a to version 1.0.0, but ^2.0 is "
                   "required by the command line") != std::string::npos &&
               message.find("run `konform profile lock` again") != std::string::npos &&
               message.find("--no-lock") != std::string::npos;
      });
  BOOST_TEST(resolve_profiles({"de.test.a"}, options).chain.at(0).version == "1.0.0");
}

BOOST_AUTO_TEST_SUITE_END()
