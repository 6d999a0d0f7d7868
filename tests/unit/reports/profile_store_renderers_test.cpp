// What `konform profile install|remove|list --installed|search` print, as the renderers write it
// from hand-built store records: signed and unsigned versions, installs repeated, releases.
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <vector>

#include "reports/profile_store_renderers.h"

namespace konform::reports {
namespace {

std::vector<store::InstalledProfile> two_installed() {
  return {{"de.sn", "2.0.0", "aa11", "0123456789ABCDEF", "/s/de.sn/2.0.0"},
          {"de.sn", "1.0.0", "bb22", "", "/s/de.sn/1.0.0"}};
}

BOOST_AUTO_TEST_SUITE(profile_store_renderers)

BOOST_AUTO_TEST_CASE(installed_versions_name_their_signer) {
  std::ostringstream out;
  render_installed_profiles_text(two_installed(), out);
  BOOST_TEST(out.str() ==
             "de.sn 2.0.0  key 0123456789ABCDEF  bundle sha256 aa11\n    /s/de.sn/2.0.0\n"
             "de.sn 1.0.0  unsigned  bundle sha256 bb22\n    /s/de.sn/1.0.0\n");
}

BOOST_AUTO_TEST_CASE(an_install_says_whether_anything_changed) {
  std::ostringstream out;
  render_install_outcome_text({two_installed()[0], false}, out);
  render_install_outcome_text({two_installed()[1], true}, out);
  BOOST_TEST(out.str() ==
             "konform: installed de.sn 2.0.0 (key 0123456789ABCDEF)\n  into /s/de.sn/2.0.0\n"
             "  bundle sha256 aa11\n"
             "konform: already installed: de.sn 1.0.0 (unsigned)\n  into /s/de.sn/1.0.0\n"
             "  bundle sha256 bb22\n");
}

BOOST_AUTO_TEST_CASE(each_removed_version_is_a_line) {
  std::ostringstream out;
  render_removed_profiles_text(two_installed(), out);
  BOOST_TEST(out.str() ==
             "konform: removed de.sn 2.0.0 from /s/de.sn/2.0.0\n"
             "konform: removed de.sn 1.0.0 from /s/de.sn/1.0.0\n");
}

BOOST_AUTO_TEST_CASE(releases_show_bundle_and_hash) {
  const std::vector<RegistryReleaseListing> releases{
      {"de.sn", "1.2.0", "https://r.example/de.sn-1.2.0.kpkg", "cc33"}};
  std::ostringstream out;
  render_registry_releases_text(releases, out);
  BOOST_TEST(out.str() == "de.sn 1.2.0  https://r.example/de.sn-1.2.0.kpkg\n    sha256 cc33\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
