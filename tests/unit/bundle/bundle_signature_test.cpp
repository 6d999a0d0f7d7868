// Signatures in minisign's format: konform's own round trip, the key files, and every way a
// signature must fail — another key, a changed bundle, a changed trusted comment, a signature
// moved to another bundle or version.
#include "validator/bundle/bundle_signature.h"

#include <boost/test/unit_test.hpp>

#include <fstream>

#include "tests/support/test_paths.h"
#include "tests/unit/bundle/bundle_test_support.h"
#include "validator/bundle/pack_bundle.h"
#include "validator/core/base64.h"
#include "validator/core/config_error.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::bundle;

namespace {

struct Signed {
  fs::path bundle;
  fs::path signature;
  SecretKey key;
};

Signed signed_bundle(const std::string& name) {
  const fs::path dir = test::copy_of_small_profile("bundle-sign-" + name);
  Signed out{pack_profile(dir, dir.parent_path()).file, {}, generate_secret_key()};
  out.signature = default_signature_path(out.bundle);
  sign_bundle(out.bundle, out.key, out.signature);
  return out;
}

std::string verify_refusal(const fs::path& bundle, const fs::path& signature,
                           const PublicKey& key) {
  return test::config_error_of([&] { verify_bundle(bundle, read_signature(signature), key); });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bundle_signature)

BOOST_AUTO_TEST_CASE(a_signed_bundle_verifies_with_its_key_and_names_it) {
  const Signed s = signed_bundle("round-trip");
  const auto verified = verify_bundle(s.bundle, read_signature(s.signature), public_key_of(s.key));
  BOOST_TEST(verified.key_id == key_id_hex(s.key.id));
  BOOST_TEST(verified.contents.manifest.id == "test.auftrag");
  const std::string text = test::file_bytes(s.signature);
  BOOST_TEST(text.find("\ntrusted comment: konform-bundle id=test.auftrag version=1.2.0\n") !=
                 std::string::npos,
             text);
}

BOOST_AUTO_TEST_CASE(key_files_read_back_as_written) {
  const SecretKey key = generate_secret_key();
  const fs::path dir = test::output_dir("bundle-keys");
  std::ofstream(dir / "k.key") << format_secret_key(key);
  std::ofstream(dir / "k.pub") << format_public_key(public_key_of(key));
  BOOST_TEST((read_secret_key(dir / "k.key").seed == key.seed));
  BOOST_TEST((read_public_key(dir / "k.pub").key == public_key_of(key).key));
  BOOST_TEST(key_id_hex(key.id).size() == 16u);
}

BOOST_AUTO_TEST_CASE(another_key_is_refused) {
  const Signed s = signed_bundle("wrong-key");
  SecretKey other = generate_secret_key();
  const std::string by_id = verify_refusal(s.bundle, s.signature, public_key_of(other));
  BOOST_TEST(by_id.find("signed with key " + key_id_hex(s.key.id) + ", not with key " +
                        key_id_hex(other.id)) != std::string::npos,
             by_id);
  other.id = s.key.id;  // same id, other key: only the signature itself can tell
  const std::string by_key = verify_refusal(s.bundle, s.signature, public_key_of(other));
  BOOST_TEST(by_key.find("the file is not what key") != std::string::npos, by_key);
}

BOOST_AUTO_TEST_CASE(a_changed_bundle_is_refused) {
  const Signed s = signed_bundle("tampered");
  std::ofstream(s.bundle, std::ios::app) << '\0';
  const std::string message = verify_refusal(s.bundle, s.signature, public_key_of(s.key));
  BOOST_TEST(message.find("signature check failed: the file is not what key") != std::string::npos,
             message);
}

BOOST_AUTO_TEST_CASE(a_changed_trusted_comment_is_refused) {
  const Signed s = signed_bundle("comment");
  std::string text = test::file_bytes(s.signature);
  text.replace(text.find("version=1.2.0"), 13, "version=9.9.9");
  std::ofstream(s.signature, std::ios::trunc) << text;
  const std::string message = verify_refusal(s.bundle, s.signature, public_key_of(s.key));
  BOOST_TEST(message.find("the trusted comment was changed after signing") != std::string::npos,
             message);
}

BOOST_AUTO_TEST_CASE(a_signature_over_another_id_or_version_is_refused) {
  const Signed s = signed_bundle("moved");
  // A validly signed comment naming another version, as minisign -t would write it.
  const auto moved =
      sign_file(s.bundle, s.key, "konform-bundle id=test.auftrag version=1.1.0", "moved");
  const fs::path file = s.bundle.parent_path() / "moved.minisig";
  std::ofstream(file) << format_signature(moved);
  const std::string message = verify_refusal(s.bundle, file, public_key_of(s.key));
  BOOST_TEST(
      message.find("the signature is for 'konform-bundle id=test.auftrag version=1.1.0', "
                   "not for konform-bundle id=test.auftrag version=1.2.0") != std::string::npos,
      message);
}

BOOST_AUTO_TEST_CASE(an_encrypted_minisign_key_is_refused_with_the_way_out) {
  // minisign -G without -W: kdf "Sc"; the rest does not matter for the refusal.
  std::string key = std::string("EdScB2") + std::string(152, '\x01');
  const fs::path file = test::output_dir("bundle-encrypted-key") / "minisign.key";
  std::ofstream(file) << "untrusted comment: minisign encrypted secret key\n"
                      << base64_encode(key) << "\n";
  BOOST_CHECK_EXCEPTION(read_secret_key(file), ConfigError, [](const ConfigError& e) {
    return e.located().find("konform reads only unencrypted ones (minisign -G -W)") !=
           std::string::npos;
  });
}

BOOST_AUTO_TEST_SUITE_END()
