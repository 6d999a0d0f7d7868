// The trust store: keys scoped to profile ids, added, listed, found and removed; a key whose scope
// file is missing is trusted for nothing.
#include "validator/store/trust_store.h"

#include <boost/test/unit_test.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/bundle/bundle_test_support.h"
#include "validator/store/trust_scope.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::store;

BOOST_AUTO_TEST_SUITE(trust_store)

BOOST_AUTO_TEST_CASE(a_scope_covers_the_ids_its_globs_match) {
  const std::vector<std::string> scope{"de.sn.*", "de.bund.xbau"};
  BOOST_TEST(scope_covers(scope, "de.sn.bau"));
  BOOST_TEST(scope_covers(scope, "de.sn.bau.leipzig"));
  BOOST_TEST(scope_covers(scope, "de.bund.xbau"));
  BOOST_TEST(!scope_covers(scope, "de.sn"));
  BOOST_TEST(!scope_covers(scope, "de.bund"));
  BOOST_TEST(!scope_covers(scope, "de.bund.xbau.extra"));
  BOOST_TEST(!scope_covers({}, "de.sn.bau"));
}

BOOST_AUTO_TEST_CASE(a_scope_that_is_not_a_glob_over_ids_is_refused) {
  for (const std::string pattern : {"", "de/sn", "de.[sn]", "de sn"}) {
    BOOST_TEST(test::config_error_of([&] {
                 check_scope_pattern(pattern);
               }).find("is not a scope") != std::string::npos,
               pattern);
  }
  BOOST_TEST(test::config_error_of([] { check_scope_pattern("de.sn-2_x.*?"); }).empty());
}

BOOST_AUTO_TEST_CASE(keys_are_added_found_listed_and_removed) {
  const fs::path dir = test::output_dir("trust-store-round-trip") / "trust";
  const auto first = bundle::public_key_of(bundle::generate_secret_key());
  const auto second = bundle::public_key_of(bundle::generate_secret_key());
  add_trusted_key(dir, first, {"de.sn.*"});
  add_trusted_key(dir, second, {"de.bund.*", "de.bb.*"});
  BOOST_TEST(trusted_keys({dir}).size() == 2u);
  const auto found = find_trusted_key({dir}, second.id);
  BOOST_REQUIRE(found.has_value());
  BOOST_TEST(found->scope == (std::vector<std::string>{"de.bund.*", "de.bb.*"}));
  BOOST_TEST((found->key.key == second.key));
  // Adding a key again replaces its scope.
  add_trusted_key(dir, second, {"de.bb.*"});
  BOOST_TEST(find_trusted_key({dir}, second.id)->scope == std::vector<std::string>{"de.bb.*"});
  remove_trusted_key(dir, bundle::key_id_hex(first.id));
  BOOST_TEST(!find_trusted_key({dir}, first.id).has_value());
  BOOST_TEST(trusted_keys({dir}).size() == 1u);
  BOOST_TEST(test::config_error_of([&] {
               remove_trusted_key(dir, bundle::key_id_hex(first.id));
             }).find("no key " + bundle::key_id_hex(first.id) + " in the trust store") !=
             std::string::npos);
  BOOST_TEST(test::config_error_of([&] {
               remove_trusted_key(dir, "../../etc/passwd");
             }).find("no key") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_key_without_its_scope_file_is_trusted_for_nothing) {
  const fs::path dir = test::output_dir("trust-store-no-scope") / "trust";
  const auto key = bundle::public_key_of(bundle::generate_secret_key());
  add_trusted_key(dir, key, {"de.sn.*"});
  fs::remove(dir / (bundle::key_id_hex(key.id) + ".for"));
  const auto found = find_trusted_key({dir}, key.id);
  BOOST_REQUIRE(found.has_value());
  BOOST_TEST(!scope_covers(found->scope, "de.sn.bau"));
}

BOOST_AUTO_TEST_SUITE_END()
