// What `konform servicedef view` and `konform init service --from` say on standard error, as the
// renderers write it.
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <vector>

#include "reports/servicedef_renderers.h"

namespace konform::reports {
namespace {

BOOST_AUTO_TEST_SUITE(servicedef_renderers)

BOOST_AUTO_TEST_CASE(problems_are_located_like_a_compiler_s) {
  const std::vector<LocatedProblem> problems{{{3, 5, ""}, "unknown key 'servcies'"},
                                             {{9, 1, ""}, "no name"}};
  std::ostringstream out;
  render_located_problems_text("konform-service.yml", problems, out);
  BOOST_TEST(out.str() ==
             "konform-service.yml:3:5: unknown key 'servcies'\n"
             "konform-service.yml:9:1: no name\n");
}

BOOST_AUTO_TEST_CASE(the_takeover_counts_entries) {
  std::ostringstream out;
  render_leika_takeover_text(1, "publiccode.yml", out);
  render_leika_takeover_text(2, "p.yml", out);
  BOOST_TEST(out.str() ==
             "konform: took over 1 LeiKa entry from publiccode.yml's German section; remove that "
             "section from the publiccode.yml, which upstream parsers reject\n"
             "konform: took over 2 LeiKa entries from p.yml's German section; remove that section "
             "from the publiccode.yml, which upstream parsers reject\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
