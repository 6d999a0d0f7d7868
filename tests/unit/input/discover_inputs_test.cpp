#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/test_paths.h"
#include "validator/input/input_source.h"

namespace fs = std::filesystem;
using namespace konform;

BOOST_AUTO_TEST_SUITE(input_discovery)

BOOST_AUTO_TEST_CASE(a_folder_is_listed_in_path_order_component_by_component) {
  // Names around '/' in byte order ('-' and '.' sort below it, 'B' and '_' above) and nesting:
  // the order must be that of std::filesystem::path, which compares component by component.
  const fs::path dir = test::output_dir("unit-input-discovery");
  const std::vector<std::string> names = {
      "a.xml",     "a-b.xml",     "a/b.xml",        "a/a-b/x.xml", "a/a.b/x.xml",
      "a/a/x.xml", "B.xml",       "_.xml",          "a b.xml",     "ab/c.xml",
      "a!/c.xml",  "z/y/x/w.xml", "a/\xc3\xa4.xml", "a/\x7e.xml",  "skipped.txt"};
  for (const auto& name : names) {
    fs::create_directories((dir / name).parent_path());
    std::ofstream(dir / name) << "<x/>";
  }
  const auto inputs = discover_inputs({dir.string()});
  std::vector<fs::path> expected;
  for (const auto& name : names) {
    if (name.ends_with(".xml")) expected.push_back(dir / name);
  }
  std::sort(expected.begin(), expected.end());  // fs::path's own order
  BOOST_REQUIRE_EQUAL(inputs.size(), expected.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    BOOST_TEST(inputs[i].display_path == expected[i].string());
  }
}

BOOST_AUTO_TEST_SUITE_END()
