// The publisher-to-user round trip on the built binary: pack, sign (with konform and with Debian's
// minisign), `trust add`, `profile install`, `profile list --installed`, `profile lock` recording
// the bundle and key, `validate --profile ID` from the store; then every refusal — tampered
// bundle, untrusted key, key outside its scope, older version, unsigned bundle — with its message
// and the store unchanged. Each konform run gets this test's own XDG folders.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "tests/e2e/install_machine.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"
#include "tests/unit/bundle/bundle_test_support.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

using Machine = InstallMachine;

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_install)

BOOST_AUTO_TEST_CASE(a_signed_bundle_installs_and_validates_with_the_lock_recording_it) {
  const Machine machine("round-trip");
  const fs::path keys = machine.keygen("publisher");
  const fs::path bundle = machine.signed_bundle("release", "1.2.0", keys);
  const auto trusted =
      machine.ok({"trust", "add", (keys / "konform.pub").string(), "--for", "test.*"});
  const std::string key_id = key_id_of(trusted);
  BOOST_TEST(
      trusted.out.find("konform: trusting key " + key_id + " for test.*") != std::string::npos,
      trusted.out);
  BOOST_TEST(machine.ok({"trust", "list"}).out.find(key_id + "  for test.*") != std::string::npos);

  const auto installed = machine.ok({"profile", "install", bundle.string()});
  BOOST_TEST(installed.out.find("konform: installed test.auftrag 1.2.0 (key " + key_id + ")") !=
                 std::string::npos,
             installed.out);
  BOOST_TEST(fs::is_regular_file(machine.store() / "test.auftrag" / "1.2.0" / "profile.xml"));
  const std::string bundle_sha = sha256_hex_of(bundle);
  const auto list = machine.ok({"profile", "list", "--installed"});
  BOOST_TEST(list.out.find("test.auftrag 1.2.0  key " + key_id + "  bundle sha256 " + bundle_sha) !=
                 std::string::npos,
             list.out);
  const auto again = machine.ok({"profile", "install", bundle.string()});
  BOOST_TEST(again.out.find("already installed: test.auftrag 1.2.0") != std::string::npos);

  machine.lock_and_validate(bundle_sha, key_id);

  const auto removed = machine.ok({"profile", "remove", "test.auftrag@1.2.0"});
  BOOST_TEST(removed.out.find("konform: removed test.auftrag 1.2.0") != std::string::npos);
  BOOST_TEST(machine.ok({"profile", "list", "--installed"}).out.empty());
  machine.ok({"trust", "remove", key_id});
  BOOST_TEST(machine.ok({"trust", "list"}).out.empty());
}

BOOST_AUTO_TEST_CASE(a_bundle_signed_with_minisign_installs_beside_another_version) {
  BOOST_REQUIRE_MESSAGE(fs::exists(kMinisign), "minisign is missing: run ci/setup.sh");
  const Machine machine("minisign");
  const fs::path pub = machine.dir / "minisign.pub";
  const fs::path key = machine.dir / "minisign.key";
  BOOST_REQUIRE(
      run_process({kMinisign.string(), "-G", "-W", "-p", pub.string(), "-s", key.string()})
          .exit_code == 0);
  machine.ok({"trust", "add", pub.string(), "--for", "test.auftrag"});
  for (const std::string version : {"1.2.0", "1.3.0"}) {
    const fs::path bundle = machine.pack("release-" + version, version);
    const auto sign =
        run_process({kMinisign.string(), "-S", "-s", key.string(), "-m", bundle.string(), "-t",
                     "konform-bundle id=test.auftrag version=" + version});
    BOOST_REQUIRE_MESSAGE(sign.exit_code == 0, sign.out + sign.err);
    machine.ok({"profile", "install", bundle.string()});
  }
  BOOST_TEST(fs::is_directory(machine.store() / "test.auftrag" / "1.2.0"));
  BOOST_TEST(fs::is_directory(machine.store() / "test.auftrag" / "1.3.0"));
  const auto shown = machine.ok({"profile", "--as-of", "2026-06-01", "show", "test.auftrag"});
  BOOST_TEST(shown.out.find("test.auftrag 1.3.0") != std::string::npos, shown.out);
}

BOOST_AUTO_TEST_CASE(every_attack_is_refused_with_its_message_and_the_store_unchanged) {
  const Machine machine("refusals");
  const fs::path trusted_keys = machine.keygen("trusted");
  const fs::path stranger_keys = machine.keygen("stranger");
  const fs::path narrow_keys = machine.keygen("narrow");
  machine.ok({"trust", "add", (trusted_keys / "konform.pub").string(), "--for", "test.*"});
  machine.ok({"trust", "add", (narrow_keys / "konform.pub").string(), "--for", "de.sn.*"});
  machine.ok(
      {"profile", "install", machine.signed_bundle("current", "1.3.0", trusted_keys).string()});

  const fs::path tampered = machine.signed_bundle("tampered", "1.4.0", trusted_keys);
  std::ofstream(tampered, std::ios::binary | std::ios::app) << "x";
  refused(machine, {"profile", "install", tampered.string()},
          "signature check failed: the file is not what key");

  refused(
      machine,
      {"profile", "install", machine.signed_bundle("stranger", "1.4.0", stranger_keys).string()},
      "which is not in the trust store");

  refused(machine,
          {"profile", "install", machine.signed_bundle("narrow", "1.4.0", narrow_keys).string()},
          "is trusted for de.sn.*, not for profile test.auftrag");

  const fs::path older = machine.signed_bundle("older", "1.2.0", trusted_keys);
  refused(machine, {"profile", "install", older.string()},
          "refused: test.auftrag 1.3.0 is installed, newer than 1.2.0");

  const fs::path changed = machine.signed_bundle("changed", "1.3.0", trusted_keys);
  std::ofstream(changed.parent_path() / "profile" / "rules" / "auftrag.sch", std::ios::app)
      << "<!-- changed -->\n";
  fs::remove(changed);
  machine.ok({"profile", "pack", (changed.parent_path() / "profile").string(), "--into",
              changed.parent_path().string()});
  machine.ok(
      {"profile", "sign", changed.string(), "--key", (trusted_keys / "konform.key").string()});
  refused(machine, {"profile", "install", changed.string()},
          "test.auftrag 1.3.0 is installed already from a different bundle");

  const fs::path unsigned_bundle = machine.pack("unsigned", "1.4.0");
  refused(machine, {"profile", "install", unsigned_bundle.string()},
          "refused: the bundle is not signed");
  machine.ok({"profile", "install", unsigned_bundle.string(), "--allow-unsigned"});
  machine.ok({"profile", "install", older.string(), "--allow-downgrade"});
  BOOST_TEST(
      machine.ok({"profile", "list", "--installed"}).out.find("test.auftrag 1.4.0  unsigned") !=
      std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
