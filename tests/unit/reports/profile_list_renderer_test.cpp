// `konform profile list` as the renderer writes it: a root profile with open validity on two
// lines, a deprecated child with its parents' ranges and validity on the first line.
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <vector>

#include "reports/profile_list_renderer.h"

namespace konform::reports {
namespace {

BOOST_AUTO_TEST_SUITE(profile_list_renderer)

BOOST_AUTO_TEST_CASE(two_lines_per_profile_with_parents_validity_and_deprecation) {
  const std::vector<ProfileListing> profiles = {
      {"de.bund", "1.0.0", "federal", {}, "", "", false, "/p/bund"},
      {"de.sn",
       "2.1.0",
       "state",
       {"de.bund ^1.0", "de.base"},
       "2026-01-01",
       "2026-12-31",
       true,
       "/p/sn"}};
  std::ostringstream out;
  render_profile_list_text(profiles, out);
  BOOST_TEST(out.str() ==
             "de.bund 1.0.0  federal\n"
             "    /p/bund\n"
             "de.sn 2.1.0  state  extends de.bund ^1.0  extends de.base  from 2026-01-01  to "
             "2026-12-31  (deprecated)\n"
             "    /p/sn\n");
}

BOOST_AUTO_TEST_CASE(no_profiles_print_nothing) {
  std::ostringstream out;
  render_profile_list_text({}, out);
  BOOST_TEST(out.str().empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
