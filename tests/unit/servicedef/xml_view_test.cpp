#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/test_paths.h"
#include "validator/servicedef/service_definition.h"
#include "validator/servicedef/xml_view.h"

namespace fs = std::filesystem;
using namespace konform::servicedef;

namespace {

XmlView view_of(const std::string& yaml, bool publiccode_shape,
                std::vector<YamlProblem>* problems = nullptr) {
  const auto doc = read_yaml(yaml);
  BOOST_REQUIRE(doc.root);
  std::vector<YamlProblem> local;
  return write_view(*doc.root, publiccode_shape, {}, problems ? *problems : local);
}

/// The 1-based view line holding `needle`.
int line_of(const XmlView& view, const std::string& needle) {
  const auto at = view.xml.find(needle);
  BOOST_REQUIRE(at != std::string::npos);
  return 1 + static_cast<int>(std::count(view.xml.begin(), view.xml.begin() + at, '\n'));
}

fs::path scratch(const std::string& name) {
  auto dir = konform::test::output_dir("servicedef") / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xml_view)

BOOST_AUTO_TEST_CASE(mapping_entries_are_sorted_by_code_point_and_scalars_carry_their_type) {
  const auto view = view_of("zeta: 1\nalpha: 'x'\nURL: ~\n", false);
  const auto url = view.xml.find("<URL yamlType=\"null\"></URL>");
  const auto alpha = view.xml.find("<alpha yamlType=\"str\">x</alpha>");
  const auto zeta = view.xml.find("<zeta yamlType=\"int\">1</zeta>");
  BOOST_TEST(url != std::string::npos);
  BOOST_TEST(url < alpha);
  BOOST_TEST(alpha < zeta);
  BOOST_TEST(view.xml.find("<serviceDefinition xmlns=\"urn:konform:service-definition:1\">") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_view_line_maps_back_to_its_yaml_key) {
  const auto view = view_of(
      "name: a\nmaintenance:\n  type: contract\n  contractors:\n"
      "    - name: X\n      until: 2030-01-01\n",
      true);
  const auto& until = view.origin_of(line_of(view, "<until"));
  BOOST_TEST(until.position.line == 6);
  BOOST_TEST(until.position.column == 7);
  BOOST_TEST(until.yaml_path == "maintenance.contractors[0].until");
  // A closing tag maps to the element's own key (incomplete-content errors are reported there).
  const auto& closing = view.origin_of(line_of(view, "</maintenance>"));
  BOOST_TEST(closing.position.line == 2);
  BOOST_TEST(view.xml.find("  <publiccode>\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(lists_become_repeated_elements_and_empty_collections_are_marked) {
  const auto view = view_of("tags: [a, b]\nnone: []\nnothing: {}\nnested: [[1, 2]]\n", false);
  BOOST_TEST(view.xml.find("<tags yamlType=\"str\">a</tags>\n  <tags yamlType=\"str\">b</tags>") !=
             std::string::npos);
  BOOST_TEST(view.xml.find("<none yamlType=\"seq\"/>") != std::string::npos);
  BOOST_TEST(view.xml.find("<nothing yamlType=\"map\"/>") != std::string::npos);
  BOOST_TEST(view.xml.find("<nested>\n    <item yamlType=\"int\">1</item>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(keys_that_cannot_be_element_names_become_key_elements) {
  const auto view = view_of("\"a b\": 1\nxmlThing: 2\n\"x<y\": 3\n", false);
  BOOST_TEST(view.xml.find("<key name=\"a b\" yamlType=\"int\">1</key>") != std::string::npos);
  BOOST_TEST(view.xml.find("<key name=\"xmlThing\"") != std::string::npos);
  BOOST_TEST(view.xml.find("<key name=\"x&lt;y\"") != std::string::npos);
  BOOST_TEST(is_view_name("publiccodeYmlVersion"));
  BOOST_TEST(is_view_name("en-GB"));
  BOOST_TEST(!is_view_name("1st"));
  BOOST_TEST(!is_view_name("Straße"));
}

BOOST_AUTO_TEST_CASE(text_stays_on_one_line_and_markup_is_escaped) {
  const auto view = view_of("d: |\n  line one\n  <b>&\n", false);
  BOOST_TEST(view.xml.find("line one&#10;&lt;b&gt;&amp;&#10;</d>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(characters_xml_cannot_carry_are_replaced_and_reported) {
  std::vector<YamlProblem> problems;
  const auto view = view_of("a: \"x\\x01y\"\n", false, &problems);
  BOOST_TEST(view.xml.find("x\xEF\xBF\xBDy") != std::string::npos);
  BOOST_REQUIRE_EQUAL(problems.size(), 1u);
  BOOST_TEST(problems[0].position.line == 1);
}

BOOST_AUTO_TEST_CASE(a_plain_publiccode_yml_is_recognised_by_its_version_key) {
  const auto definition =
      read_service_definition("publiccodeYmlVersion: \"0.4\"\nname: x\n", "publiccode.yml");
  BOOST_REQUIRE(definition.view);
  BOOST_TEST(definition.view->xml.find("<publiccode>") != std::string::npos);
  const auto konform =
      read_service_definition("konform: \"1.0\"\npubliccode:\n  name: x\n", "a.yml");
  BOOST_REQUIRE(konform.view);
  BOOST_TEST(konform.view->xml.find("<konform yamlType=\"str\">1.0</konform>") !=
             std::string::npos);
  BOOST_TEST(konform.view->xml.find("<publiccode>\n    <name") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_referenced_publiccode_yml_is_read_and_located_in_its_own_file) {
  const auto dir = scratch("reference");
  write(dir / "publiccode.yml", "publiccodeYmlVersion: \"0.4\"\nname: Demo\n");
  const std::string yaml = "konform: \"1.0\"\npubliccode: publiccode.yml\n";
  write(dir / "konform-service.yml", yaml);
  const auto definition = read_service_definition(yaml, dir / "konform-service.yml");
  BOOST_TEST(definition.problems.empty());
  BOOST_REQUIRE(definition.view);
  const auto& view = *definition.view;
  BOOST_TEST(view.xml.find("<publiccode ref=\"publiccode.yml\">") != std::string::npos);
  const auto& name = view.origin_of(line_of(view, "<name"));
  BOOST_TEST(name.file == "publiccode.yml");
  BOOST_TEST(name.file_position.line == 2);
  BOOST_TEST(name.position.line == 2);  // the `publiccode:` key in the definition
}

BOOST_AUTO_TEST_CASE(references_and_samples_may_not_leave_the_definition_folder) {
  const auto dir = scratch("confined");
  write(dir / "inner" / "konform-service.yml", "");
  write(dir / "outside.yml", "name: secret\n");
  write(dir / "inner" / "samples" / "a.xml", "<a/>");
  const std::string yaml =
      "konform: \"1.0\"\npubliccode: ../outside.yml\nsamples:\n  - samples/a.xml\n"
      "  - ../outside.yml\n  - /etc/passwd\n";
  const auto definition = read_service_definition(yaml, dir / "inner" / "konform-service.yml");
  BOOST_REQUIRE_EQUAL(definition.problems.size(), 1u);
  BOOST_TEST(definition.problems[0].position.line == 2);
  BOOST_TEST(definition.problems[0].message.find("inside the service definition's folder") !=
             std::string::npos);
  BOOST_REQUIRE_EQUAL(definition.samples.size(), 3u);
  BOOST_TEST(!definition.samples[0].file.empty());
  BOOST_TEST(definition.samples[1].file.empty());
  BOOST_TEST(definition.samples[2].file.empty());
  BOOST_TEST(definition.samples[2].position.line == 6);
}

BOOST_AUTO_TEST_CASE(declared_standards_are_collected_with_their_lines) {
  const auto definition = read_service_definition(
      "konform: \"1.0\"\ninterfaces:\n  - name: a\n    standard: XBau\n    version: \"2.6\"\n"
      "  - name: b\n",
      "x.yml");
  BOOST_REQUIRE_EQUAL(definition.standards.size(), 1u);
  BOOST_TEST(definition.standards[0].name == "XBau");
  BOOST_TEST(definition.standards[0].version == "2.6");
  BOOST_TEST(definition.standards[0].position.line == 4);
}

BOOST_AUTO_TEST_CASE(a_definition_that_is_not_a_mapping_has_no_view) {
  const auto definition = read_service_definition("- a\n- b\n", "x.yml");
  BOOST_TEST(!definition.view);
  BOOST_REQUIRE_EQUAL(definition.problems.size(), 1u);
}

BOOST_AUTO_TEST_SUITE_END()
