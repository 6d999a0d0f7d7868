#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

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

BOOST_AUTO_TEST_CASE(folders_and_links_to_folders_are_not_inputs_but_a_dangling_link_is) {
  const fs::path dir = test::output_dir("unit-input-discovery-links");
  fs::create_directories(dir / "named.xml");  // a folder named like an input: searched, not read
  std::ofstream(dir / "named.xml" / "inner.xml") << "<x/>";
  fs::create_directories(dir / "elsewhere");
  std::ofstream(dir / "elsewhere" / "behind-link.xml") << "<x/>";
  fs::create_directory_symlink(dir / "elsewhere", dir / "linked");       // not walked into
  fs::create_directory_symlink(dir / "elsewhere", dir / "linked.xml");   // not an input
  fs::create_symlink(dir / "missing-target.xml", dir / "dangling.xml");  // reported later
  std::ofstream(dir / "UPPER.XML") << "<x/>";
  std::ofstream(dir / ".xml") << "<x/>";  // no extension, only a name starting with a dot
  std::ofstream(dir / "publiccode.yml") << "name: x";
  std::ofstream(dir / "ci.yml") << "x: 1";

  std::vector<std::string> shown;
  for (const auto& input : discover_inputs({dir.string()})) {
    shown.push_back(fs::path(input.display_path).lexically_relative(dir).string());
  }
  const std::vector<std::string> expected = {"UPPER.XML", "dangling.xml",
                                             "elsewhere/behind-link.xml", "named.xml/inner.xml",
                                             "publiccode.yml"};
  BOOST_TEST(shown == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_folder_given_with_a_trailing_slash_gets_no_second_one) {
  const fs::path dir = test::output_dir("unit-input-discovery-slash");
  std::ofstream(dir / "a.xml") << "<x/>";
  const auto inputs = discover_inputs({dir.string() + "/"});
  BOOST_REQUIRE_EQUAL(inputs.size(), 1u);
  BOOST_TEST(inputs[0].display_path == dir.string() + "/a.xml");
  BOOST_TEST(inputs[0].file == dir / "a.xml");
}

BOOST_AUTO_TEST_CASE(reading_gives_the_bytes_or_says_why_not_without_blocking) {
  const fs::path dir = test::output_dir("unit-input-read");
  std::ofstream(dir / "a.xml") << "<x/>";
  const auto good = read_input({"a.xml", dir / "a.xml"}, 100);
  BOOST_TEST(!good.error.has_value());
  BOOST_TEST(good.bytes.view() == "<x/>");
  BOOST_TEST(read_input({"a.xml", dir / "a.xml"}, 3).too_large);
  BOOST_TEST(read_input({"missing.xml", dir / "missing.xml"}, 100).error.has_value());
  fs::create_directory(dir / "folder.xml");
  const auto folder = read_input({"folder.xml", dir / "folder.xml"}, 100);
  BOOST_REQUIRE(folder.error.has_value());
  BOOST_TEST(*folder.error == "Is a directory");
  // A FIFO with no writer: opening it for reading must not wait for one.
  BOOST_REQUIRE(::mkfifo((dir / "pipe.xml").c_str(), 0600) == 0);
  const auto pipe = read_input({"pipe.xml", dir / "pipe.xml"}, 100);
  BOOST_REQUIRE(pipe.error.has_value());
  BOOST_TEST(*pipe.error == "not a regular file");
}

BOOST_AUTO_TEST_CASE(a_named_yaml_file_is_a_service_definition_by_its_extension) {
  // As fs::path::extension(), ignoring case: a name that only starts with a dot has none.
  for (const char* name : {"a.yml", "dir/B.YAML", "..yml", "x.Yml"}) {
    BOOST_TEST(is_service_definition_file(name), name);
  }
  for (const char* name : {".yml", "dir/.yaml", "a.yml.xml", "a.ymlx", "yml"}) {
    BOOST_TEST(!is_service_definition_file(name), name);
  }
}

BOOST_AUTO_TEST_SUITE_END()
