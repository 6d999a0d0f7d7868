// Installing bundles into a profile store: a signed bundle from a key whose scope covers its id
// installs beside other versions; every refusal (unsigned, unknown key, key outside its scope,
// tampered bundle, older version, another bundle of an installed version) leaves the store as it
// was; remove takes one version or all of an id.
#include "validator/store/profile_store.h"

#include <boost/test/unit_test.hpp>

#include <fstream>

#include "tests/support/test_archives.h"
#include "tests/support/test_paths.h"
#include "tests/unit/bundle/bundle_test_support.h"
#include "validator/bundle/bundle_signature.h"
#include "validator/bundle/pack_bundle.h"
#include "validator/store/trust_store.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::store;

namespace {

/// A folder with a trust store, a profile store and a key; bundles of test.auftrag packed there.
struct Publisher {
  fs::path dir;
  bundle::SecretKey key = bundle::generate_secret_key();
  mutable int bundles_made = 0;

  explicit Publisher(const std::string& name, const std::vector<std::string>& scope = {"test.*"})
      : dir(test::output_dir("store-install-" + name)) {
    add_trusted_key(trust(), bundle::public_key_of(key), scope);
  }
  fs::path trust() const { return dir / "trust"; }
  fs::path store() const { return dir / "store"; }

  /// test.auftrag at `version` (with `extra` appended to its rule set), packed and signed.
  fs::path bundle(const std::string& version, const std::string& extra = "",
                  bool sign = true) const {
    const fs::path source = test::copy_of_small_profile(
        dir.filename().string() + "/src-" + std::to_string(++bundles_made), version);
    std::ofstream(source / "rules/auftrag.sch", std::ios::app) << extra;
    const fs::path out = source.parent_path();
    const auto packed = bundle::pack_profile(source, out);
    if (sign) {
      bundle::sign_bundle(packed.file, key, bundle::default_signature_path(packed.file));
    }
    return packed.file;
  }

  InstallOptions options() const {
    InstallOptions options;
    options.trust = {trust()};
    return options;
  }
};

std::string refusal(const Publisher& publisher, const fs::path& bundle,
                    const InstallOptions& options) {
  const auto before = test::listing(publisher.store());
  const std::string error =
      test::config_error_of([&] { install_bundle(publisher.store(), bundle, options); });
  BOOST_TEST(test::listing(publisher.store()) == before, "the store changed: " + error);
  return error;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(install_bundle_into_store)

BOOST_AUTO_TEST_CASE(signed_versions_install_side_by_side_with_their_record) {
  const Publisher publisher("side-by-side");
  const auto first =
      install_bundle(publisher.store(), publisher.bundle("1.2.0"), publisher.options());
  const auto second =
      install_bundle(publisher.store(), publisher.bundle("1.3.0"), publisher.options());
  BOOST_TEST(!first.already_there);
  BOOST_TEST(first.installed.dir == publisher.store() / "test.auftrag" / "1.2.0");
  BOOST_TEST(fs::is_regular_file(second.installed.dir / "profile.xml"));
  BOOST_TEST(fs::is_regular_file(second.installed.dir / "konform-bundle.json"));
  const auto installed = installed_profiles(publisher.store());
  BOOST_REQUIRE(installed.size() == 2u);
  BOOST_TEST(installed[0].version == "1.3.0");
  BOOST_TEST(installed[1].version == "1.2.0");
  BOOST_TEST(installed[1].key_id == bundle::key_id_hex(publisher.key.id));
  BOOST_TEST(installed[1].bundle_sha256 == first.installed.bundle_sha256);
  BOOST_TEST(installed[1].bundle_sha256.size() == 64u);
  const auto again =
      install_bundle(publisher.store(), publisher.bundle("1.2.0"), publisher.options());
  BOOST_TEST(again.already_there);
}

BOOST_AUTO_TEST_CASE(an_unsigned_bundle_is_refused_unless_allowed) {
  const Publisher publisher("unsigned");
  const fs::path bundle = publisher.bundle("1.2.0", "", false);
  const std::string error = refusal(publisher, bundle, publisher.options());
  BOOST_TEST(error.find("refused: the bundle is not signed") != std::string::npos, error);
  auto options = publisher.options();
  options.allow_unsigned = true;
  const auto outcome = install_bundle(publisher.store(), bundle, options);
  BOOST_TEST(outcome.installed.key_id.empty());
  BOOST_TEST(installed_profiles(publisher.store()).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_key_not_in_the_trust_store_is_refused) {
  const Publisher publisher("unknown-key");
  const Publisher stranger("unknown-key-stranger");
  const std::string error = refusal(publisher, stranger.bundle("1.2.0"), publisher.options());
  BOOST_TEST(error.find("refused: signed with key " + bundle::key_id_hex(stranger.key.id) +
                        ", which is not in the trust store") != std::string::npos,
             error);
}

BOOST_AUTO_TEST_CASE(a_key_outside_its_scope_is_refused) {
  const Publisher publisher("out-of-scope", {"de.sn.*", "test"});
  const std::string error = refusal(publisher, publisher.bundle("1.2.0"), publisher.options());
  BOOST_TEST(
      error.find("is trusted for de.sn.*, test, not for profile test.auftrag") != std::string::npos,
      error);
}

BOOST_AUTO_TEST_CASE(a_bundle_other_than_the_registry_lists_is_refused) {
  const Publisher publisher("expected");
  auto options = publisher.options();
  options.expected_id = "test.auftrag";
  options.expected_version = "1.4.0";
  const std::string error = refusal(publisher, publisher.bundle("1.2.0"), options);
  BOOST_TEST(error.find("refused: the registry lists this bundle as test.auftrag 1.4.0, but it is "
                        "test.auftrag 1.2.0 (a replayed or misfiled release)") != std::string::npos,
             error);
  options.expected_version = "1.2.0";
  BOOST_TEST(!install_bundle(publisher.store(), publisher.bundle("1.2.0"), options).already_there);
}

BOOST_AUTO_TEST_CASE(a_tampered_bundle_is_refused) {
  const Publisher publisher("tampered");
  const fs::path bundle = publisher.bundle("1.2.0");
  std::ofstream(bundle, std::ios::binary | std::ios::app) << "x";
  const std::string error = refusal(publisher, bundle, publisher.options());
  BOOST_TEST(error.find("signature check failed") != std::string::npos, error);
}

BOOST_AUTO_TEST_CASE(an_older_version_is_refused_unless_allowed) {
  const Publisher publisher("downgrade");
  install_bundle(publisher.store(), publisher.bundle("1.3.0"), publisher.options());
  const fs::path older = publisher.bundle("1.2.0");
  const std::string error = refusal(publisher, older, publisher.options());
  BOOST_TEST(
      error.find("refused: test.auftrag 1.3.0 is installed, newer than 1.2.0") != std::string::npos,
      error);
  auto options = publisher.options();
  options.allow_downgrade = true;
  install_bundle(publisher.store(), older, options);
  BOOST_TEST(installed_profiles(publisher.store()).size() == 2u);
}

BOOST_AUTO_TEST_CASE(another_bundle_of_an_installed_version_is_refused) {
  const Publisher publisher("same-version");
  install_bundle(publisher.store(), publisher.bundle("1.2.0"), publisher.options());
  const std::string error =
      refusal(publisher, publisher.bundle("1.2.0", "<!-- changed -->\n"), publisher.options());
  BOOST_TEST(error.find("is installed already from a different bundle") != std::string::npos,
             error);
}

BOOST_AUTO_TEST_CASE(a_manifest_naming_another_profile_than_its_profile_xml_is_refused) {
  // The signature and the key's scope cover the manifest's id; the profile.xml inside claims
  // another one, which the resolver would then find under a name no key vouched for.
  const Publisher publisher("mismatch");
  auto contents = bundle::read_bundle(publisher.bundle("1.2.0", "", false));
  contents.manifest.id = "test.other";
  std::vector<test::ArchiveEntry> entries{
      {bundle::kBundleManifestName, bundle::manifest_json(contents.manifest), ""}};
  for (const auto& [name, bytes] : contents.files) entries.push_back({name, bytes, ""});
  const fs::path forged = publisher.dir / "test.other-1.2.0.kpkg";
  test::write_archive(forged, test::ArchiveKind::tar_gz, entries);
  bundle::sign_bundle(forged, publisher.key, bundle::default_signature_path(forged));
  const std::string error = refusal(publisher, forged, publisher.options());
  BOOST_TEST(error.find("refused: the bundle's manifest names test.other 1.2.0 but its "
                        "profile.xml is test.auftrag 1.2.0") != std::string::npos,
             error);
  BOOST_TEST(!fs::exists(publisher.store() / "test.other"));
}

BOOST_AUTO_TEST_CASE(remove_takes_one_version_or_all) {
  const Publisher publisher("remove");
  install_bundle(publisher.store(), publisher.bundle("1.2.0"), publisher.options());
  install_bundle(publisher.store(), publisher.bundle("1.3.0"), publisher.options());
  install_bundle(publisher.store(), publisher.bundle("1.4.0"), publisher.options());
  BOOST_TEST(remove_installed(publisher.store(), "test.auftrag", "1.3.0").size() == 1u);
  BOOST_TEST(installed_profiles(publisher.store()).size() == 2u);
  BOOST_TEST(remove_installed(publisher.store(), "test.auftrag", "").size() == 2u);
  BOOST_TEST(!fs::exists(publisher.store() / "test.auftrag"));
  BOOST_TEST(test::config_error_of([&] {
               remove_installed(publisher.store(), "test.auftrag", "");
             }).find("profile test.auftrag is not installed") != std::string::npos);
  BOOST_TEST(test::listing(publisher.store()).empty());
}

BOOST_AUTO_TEST_CASE(an_install_record_counts_only_inside_a_store) {
  const Publisher publisher("record");
  const auto outcome =
      install_bundle(publisher.store(), publisher.bundle("1.2.0"), publisher.options());
  BOOST_TEST(installed_profile_in(outcome.installed.dir, {publisher.store()}).has_value());
  BOOST_TEST(!installed_profile_in(outcome.installed.dir, {publisher.dir}).has_value());
  const fs::path copy = publisher.dir / "elsewhere" / "test.auftrag" / "1.2.0";
  fs::create_directories(copy.parent_path());
  fs::copy(outcome.installed.dir, copy, fs::copy_options::recursive);
  BOOST_TEST(!installed_profile_in(copy, {publisher.store()}).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
