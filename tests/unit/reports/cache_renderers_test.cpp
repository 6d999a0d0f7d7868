// `konform cache info|clear` as the renderers write them: singular and plural counts, and a cache
// folder not created yet.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "reports/cache_renderers.h"

namespace konform::reports {
namespace {

BOOST_AUTO_TEST_SUITE(cache_renderers)

BOOST_AUTO_TEST_CASE(info_counts_entries_and_bytes) {
  std::ostringstream out;
  render_cache_info_text({"/c/konform", true, 1, 2048}, out);
  render_cache_info_text({"/c/konform", false, 0, 0}, out);
  BOOST_TEST(out.str() ==
             "konform: cache /c/konform: 1 entry, 2048 bytes\n"
             "konform: cache /c/konform: (not created yet) 0 entries, 0 bytes\n");
}

BOOST_AUTO_TEST_CASE(clear_counts_what_it_removed) {
  std::ostringstream out;
  render_cache_cleared_text("/c/konform", 3, out);
  BOOST_TEST(out.str() == "konform: cache /c/konform: removed 3 entries\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
