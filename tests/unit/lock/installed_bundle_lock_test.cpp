// A lock records, for a profile installed from a bundle, the bundle's SHA-256 and the signing
// key's id; locks without them (profiles from folders, older locks) read as before.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "tests/support/test_paths.h"
#include "tests/unit/xml/test_files.h"
#include "validator/lock/lock_file.h"
#include "validator/store/profile_store.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

const std::string kChainHash(64, 'a');
const std::string kBundleHash(64, 'b');
const std::string kKeyId = "0123456789ABCDEF";

lock::LockFile two_profiles() {
  lock::LockFile lock;
  lock.profiles.push_back({"de.parent", "1.0.0", "state", kChainHash, {}, 0});
  lock.profiles.push_back({"de.child", "2.0.0", "municipality", kChainHash, {}, 0});
  for (auto& profile : lock.profiles) profile.artefacts.push_back({{"profile.xml", kChainHash}, 0});
  return lock;
}

Profile profile_in(const fs::path& dir, const std::string& id) {
  Profile profile;
  profile.id = id;
  profile.dir = dir;
  return profile;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(installed_bundle_lock)

BOOST_AUTO_TEST_CASE(an_installed_profile_is_locked_with_its_bundle_and_key) {
  const fs::path dir = test::output_dir("lock-installed-bundle");
  const fs::path installed = dir / "store" / "de.child" / "2.0.0";
  test::write_file(installed / store::kInstallRecordName,
                   "{\"id\": \"de.child\", \"version\": \"2.0.0\", \"bundleSha256\": \"" +
                       kBundleHash + "\", \"key\": \"" + kKeyId + "\"}");
  lock::LockFile lock = two_profiles();
  lock::record_installed_bundles(
      lock, {profile_in(dir / "parent", "de.parent"), profile_in(installed, "de.child")},
      {dir / "store"});
  std::ostringstream out;
  lock::write_lock_file(lock, out);
  BOOST_TEST(out.str().find("<profile id=\"de.child\" version=\"2.0.0\" level=\"municipality\" "
                            "sha256=\"" +
                            kChainHash + "\" bundle=\"" + kBundleHash + "\" signedBy=\"" + kKeyId +
                            "\">") != std::string::npos,
             out.str());
  const auto read = lock::read_lock_file(test::write_file(dir / "konform.lock", out.str()));
  BOOST_REQUIRE_EQUAL(read.profiles.size(), 2u);
  BOOST_TEST(read.profiles[0].bundle_sha256.empty());
  BOOST_TEST(read.profiles[0].signed_by.empty());
  BOOST_TEST(read.profiles[1].bundle_sha256 == kBundleHash);
  BOOST_TEST(read.profiles[1].signed_by == kKeyId);
}

BOOST_AUTO_TEST_CASE(a_record_outside_the_stores_is_not_locked) {
  const fs::path dir = test::output_dir("lock-record-elsewhere");
  const fs::path folder = dir / "project" / "de.child" / "2.0.0";
  test::write_file(folder / store::kInstallRecordName,
                   "{\"bundleSha256\": \"" + kBundleHash + "\", \"key\": \"" + kKeyId + "\"}");
  lock::LockFile lock = two_profiles();
  lock::record_installed_bundles(lock, {profile_in(folder, "de.child")}, {dir / "store"});
  std::ostringstream out;
  lock::write_lock_file(lock, out);
  BOOST_TEST(out.str().find("bundle=") == std::string::npos, out.str());
}

BOOST_AUTO_TEST_SUITE_END()
