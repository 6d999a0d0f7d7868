// What `konform profile pack|keygen|sign|verify` and `profile lock` say, as the renderers write it
// from hand-built values.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "reports/bundle_renderers.h"
#include "reports/lock_summary_renderer.h"

namespace konform::reports {
namespace {

const BundleSummary kBundle{"out/de.sn-1.0.0.kpkg", "de.sn", "1.0.0", 1, "dd44",
                            "0123456789ABCDEF"};

BOOST_AUTO_TEST_SUITE(bundle_renderers)

BOOST_AUTO_TEST_CASE(pack_sign_and_verify_name_the_bundle) {
  std::ostringstream out;
  render_packed_bundle_text(kBundle, out);
  render_verified_bundle_text(kBundle, out);
  BundleSummary signature = kBundle;
  signature.file = "out/de.sn-1.0.0.kpkg.minisig";
  render_signed_bundle_text(signature, out);
  BOOST_TEST(out.str() ==
             "konform: packed de.sn 1.0.0 (1 file) into out/de.sn-1.0.0.kpkg\n  sha256 dd44\n"
             "konform: out/de.sn-1.0.0.kpkg: de.sn 1.0.0 signed with key 0123456789ABCDEF; 1 file "
             "match the manifest\n  sha256 dd44\n"
             "konform: signed de.sn 1.0.0 with key 0123456789ABCDEF into "
             "out/de.sn-1.0.0.kpkg.minisig\n");
}

BOOST_AUTO_TEST_CASE(keygen_names_both_files) {
  std::ostringstream out;
  render_key_pair_text({"0123456789ABCDEF", "k/konform.key", "k/konform.pub"}, out);
  BOOST_TEST(out.str() ==
             "konform: key 0123456789ABCDEF\n  secret key k/konform.key (keep it private)\n"
             "  public key k/konform.pub (give it to those who install your bundles)\n");
}

BOOST_AUTO_TEST_CASE(a_lock_counts_profiles_and_artefacts) {
  std::ostringstream out;
  render_lock_summary_text({"konform.lock", 2, 1, ""}, out);
  render_lock_summary_text({"konform.lock", 1, 14, "konform-waivers.xml"}, out);
  BOOST_TEST(out.str() ==
             "konform: wrote konform.lock: 2 profiles, 1 artefact\n"
             "konform: wrote konform.lock: 1 profile, 14 artefacts, waiver file "
             "konform-waivers.xml\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
