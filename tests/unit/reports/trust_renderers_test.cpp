// `konform trust list|add` as the renderers write them: scopes joined by spaces, "nothing" for a
// key that may sign no profile.
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <vector>

#include "reports/trust_renderers.h"

namespace konform::reports {
namespace {

BOOST_AUTO_TEST_SUITE(trust_renderers)

BOOST_AUTO_TEST_CASE(keys_list_their_scope_and_file) {
  const std::vector<TrustedKeyListing> keys{
      {"0123456789ABCDEF", {"de.sn", "de.sn.*"}, "/t/0123456789ABCDEF.pub"},
      {"FEDCBA9876543210", {}, "/t/FEDCBA9876543210.pub"}};
  std::ostringstream out;
  render_trusted_keys_text(keys, out);
  BOOST_TEST(out.str() ==
             "0123456789ABCDEF  for de.sn de.sn.*\n    /t/0123456789ABCDEF.pub\n"
             "FEDCBA9876543210  for nothing\n    /t/FEDCBA9876543210.pub\n");
}

BOOST_AUTO_TEST_CASE(an_added_key_names_what_it_may_sign) {
  std::ostringstream out;
  render_trusted_key_added_text({"0123456789ABCDEF", {"de.*"}, "/t/0123456789ABCDEF.pub"}, out);
  BOOST_TEST(out.str() ==
             "konform: trusting key 0123456789ABCDEF for de.*\n  /t/0123456789ABCDEF.pub\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
