// The profile documentation page (reports/profile_doc_renderers.h) for a chain that lists
// nothing: the sections without rows say so and still close, so the page nests as it should.
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

#include "reports/profile_doc_renderers.h"

namespace konform::reports {
namespace {

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

BOOST_AUTO_TEST_SUITE(profile_doc_html)

BOOST_AUTO_TEST_CASE(a_section_without_rows_says_so_and_closes) {
  std::ostringstream out;
  render_profile_doc_html(ProfileDoc{}, "en", out);
  const std::string page = out.str();
  BOOST_TEST(page.find("<p>None: the chain defines no document type.</p>\n</section>\n") !=
             std::string::npos);
  BOOST_TEST(page.find("<p>None: the chain carries no code list.</p>\n</section>\n") !=
             std::string::npos);
  BOOST_TEST(occurrences(page, "<section") == occurrences(page, "</section>"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
