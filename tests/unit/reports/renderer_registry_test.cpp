// The registry: the CLI's --format names, sorted, each findable, each with a description.
#include <boost/test/unit_test.hpp>

#include "reports/renderer.h"

namespace konform::reports {
namespace {

BOOST_AUTO_TEST_SUITE(renderer_registry)

BOOST_AUTO_TEST_CASE(names_are_sorted_and_findable) {
  std::vector<std::string_view> names;
  for (const Renderer& renderer : renderers()) {
    names.push_back(renderer.name);
    BOOST_TEST(find_renderer(renderer.name) == &renderer);
    BOOST_TEST(!renderer.description.empty());
    BOOST_TEST(renderer.render != nullptr);
  }
  const std::vector<std::string_view> expected = {"github", "html", "json", "junit", "markdown",
                                                  "sarif",  "svrl", "text", "xml"};
  BOOST_TEST(names == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unknown_names_are_not_found) {
  BOOST_TEST(find_renderer("xm") == nullptr);
  BOOST_TEST(find_renderer("htmlx") == nullptr);
  BOOST_TEST(find_renderer("jso") == nullptr);
  BOOST_TEST(find_renderer("zzz") == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
