// `konform profile pack|keygen|sign|verify` on the built binary, with Debian's minisign in both
// directions: konform's signatures verify with `minisign -V`, minisign's with `konform profile
// verify`, and konform signs with minisign's unencrypted keys. minisign must be installed
// (ci/setup.sh); the test fails without it.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "tests/e2e/install_machine.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

const std::string kBundleName = "test.auftrag-1.2.0.kpkg";

/// A fresh folder with a bundle of the small test profile packed into it.
fs::path packed(const std::string& name) {
  const fs::path dir = output_dir("profile-bundle-" + name);
  const auto r =
      run_konform({"profile", "pack", (source_dir() / "tests/e2e/data/auftrag-profile").string(),
                   "--into", dir.string()});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.out + r.err);
  BOOST_TEST(r.out.find("konform: packed test.auftrag 1.2.0") != std::string::npos, r.out);
  return dir;
}

ProcessResult minisign(const std::vector<std::string>& arguments) {
  BOOST_REQUIRE_MESSAGE(fs::exists(kMinisign), "minisign is missing: run ci/setup.sh");
  std::vector<std::string> argv{kMinisign.string()};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  return run_process(argv);
}

/// A key pair made by `minisign -G -W` (unencrypted) in `dir`.
struct MinisignKeys {
  std::string pub;
  std::string key;
};
MinisignKeys minisign_keys(const fs::path& dir) {
  MinisignKeys keys{(dir / "minisign.pub").string(), (dir / "minisign.key").string()};
  const auto keygen = minisign({"-G", "-W", "-p", keys.pub, "-s", keys.key});
  BOOST_REQUIRE_MESSAGE(keygen.exit_code == 0, keygen.out + keygen.err);
  return keys;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_bundle)

BOOST_AUTO_TEST_CASE(konform_signs_and_minisign_verifies) {
  const fs::path dir = packed("konform-signs");
  const auto keygen = run_konform({"profile", "keygen", "--into", dir.string()});
  BOOST_REQUIRE_MESSAGE(keygen.exit_code == 0, keygen.out + keygen.err);
  const auto key_permissions = fs::status(dir / "konform.key").permissions();
  BOOST_TEST(
      ((key_permissions & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none));
  const std::string bundle = (dir / kBundleName).string();
  const auto sign =
      run_konform({"profile", "sign", bundle, "--key", (dir / "konform.key").string()});
  BOOST_REQUIRE_MESSAGE(sign.exit_code == 0, sign.out + sign.err);
  const auto verify = minisign({"-V", "-p", (dir / "konform.pub").string(), "-m", bundle});
  BOOST_TEST(verify.exit_code == 0, verify.out + verify.err);
  BOOST_TEST(verify.out.find("Trusted comment: konform-bundle id=test.auftrag version=1.2.0") !=
                 std::string::npos,
             verify.out);
  const auto own =
      run_konform({"profile", "verify", bundle, "--key", (dir / "konform.pub").string()});
  BOOST_TEST(own.exit_code == 0, own.out + own.err);
  BOOST_TEST(own.out.find("test.auftrag 1.2.0 signed with key") != std::string::npos, own.out);
}

BOOST_AUTO_TEST_CASE(minisign_signs_and_konform_verifies) {
  const fs::path dir = packed("minisign-signs");
  const auto [pub, key] = minisign_keys(dir);
  const std::string bundle = (dir / kBundleName).string();
  const auto sign = minisign(
      {"-S", "-s", key, "-m", bundle, "-t", "konform-bundle id=test.auftrag version=1.2.0"});
  BOOST_REQUIRE_MESSAGE(sign.exit_code == 0, sign.out + sign.err);
  const auto verify = run_konform({"profile", "verify", bundle, "--key", pub});
  BOOST_TEST(verify.exit_code == 0, verify.out + verify.err);
}

BOOST_AUTO_TEST_CASE(konform_signs_with_a_minisign_key) {
  const fs::path dir = packed("minisign-key");
  const auto [pub, key] = minisign_keys(dir);
  const std::string bundle = (dir / kBundleName).string();
  const auto sign = run_konform({"profile", "sign", bundle, "--key", key});
  BOOST_REQUIRE_MESSAGE(sign.exit_code == 0, sign.out + sign.err);
  const auto verify = minisign({"-V", "-p", pub, "-m", bundle});
  BOOST_TEST(verify.exit_code == 0, verify.out + verify.err);
}

BOOST_AUTO_TEST_CASE(a_minisign_signature_without_id_and_version_is_refused) {
  const fs::path dir = packed("minisign-plain");
  const auto [pub, key] = minisign_keys(dir);
  const std::string bundle = (dir / kBundleName).string();
  BOOST_REQUIRE(minisign({"-S", "-s", key, "-m", bundle}).exit_code == 0);
  const auto verify = run_konform({"profile", "verify", bundle, "--key", pub});
  BOOST_TEST(verify.exit_code == 2, verify.out + verify.err);
  BOOST_TEST(
      verify.err.find("not for konform-bundle id=test.auftrag version=1.2.0") != std::string::npos,
      verify.err);
}

BOOST_AUTO_TEST_CASE(a_changed_bundle_fails_verification_with_exit_code_2) {
  const fs::path dir = packed("changed");
  BOOST_REQUIRE(run_konform({"profile", "keygen", "--into", dir.string()}).exit_code == 0);
  const std::string bundle = (dir / kBundleName).string();
  BOOST_REQUIRE(
      run_konform({"profile", "sign", bundle, "--key", (dir / "konform.key").string()}).exit_code ==
      0);
  std::ofstream(bundle, std::ios::app) << "x";
  const auto verify =
      run_konform({"profile", "verify", bundle, "--key", (dir / "konform.pub").string()});
  BOOST_TEST(verify.exit_code == 2);
  BOOST_TEST(
      verify.err.find("signature check failed: the file is not what key") != std::string::npos,
      verify.err);
}

BOOST_AUTO_TEST_CASE(keygen_never_overwrites_a_key) {
  const fs::path dir = output_dir("profile-bundle-keygen-twice");
  BOOST_REQUIRE(run_konform({"profile", "keygen", "--into", dir.string()}).exit_code == 0);
  const auto again = run_konform({"profile", "keygen", "--into", dir.string()});
  BOOST_TEST(again.exit_code == 2);
  BOOST_TEST(again.err.find("exists already; konform does not overwrite keys") != std::string::npos,
             again.err);
}

BOOST_AUTO_TEST_SUITE_END()
