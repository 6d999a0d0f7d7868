// InputResult::assessed_rules is sorted and lists each rule once (compare looks rules up in it by
// binary search), also when several rule sets each add their matched assertions.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "tests/support/test_paths.h"
#include "tests/unit/xml/test_files.h"
#include "validator/check/input_checker.h"
#include "validator/profile/manifest_loader.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

/// Two rule sets whose assertion ids interleave; one rule's context never matches.
CompiledProfile profile_with_two_rule_sets(const fs::path& dir) {
  test::write_file(dir / "profile.xml", R"xml(<profile xmlns="urn:konform:profile:1" id="t.assessed"
      version="1.0.0" level="other" validFrom="2020-01-01">
  <title>assessed rules</title><publisher>konform tests</publisher>
  <documentType id="a"><match namespace="urn:t" localName="a"/>
    <schematron href="first.sch"/><schematron href="second.sch"/></documentType>
</profile>)xml");
  test::write_file(dir / "first.sch", R"xml(<schema xmlns="http://purl.oclc.org/dsdl/schematron"
      queryBinding="xslt2"><ns prefix="t" uri="urn:t"/><pattern>
  <rule context="/t:a"><assert id="D-4" test="true()">d</assert><assert id="B-2" test="true()">b</assert></rule>
  <rule context="t:missing"><assert id="A-0" test="true()">never assessed</assert></rule>
</pattern></schema>)xml");
  test::write_file(dir / "second.sch", R"xml(<schema xmlns="http://purl.oclc.org/dsdl/schematron"
      queryBinding="xslt2"><ns prefix="t" uri="urn:t"/><pattern>
  <rule context="t:b"><assert id="C-3" test="true()">c</assert><assert id="A-1" test="true()">a</assert></rule>
</pattern></schema>)xml");
  return compile_profiles({load_profile(dir)});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(assessed_rules)

BOOST_AUTO_TEST_CASE(rule_sets_merge_into_one_sorted_list) {
  const fs::path dir = test::output_dir("assessed-rules");
  const CompiledProfile profile = profile_with_two_rule_sets(dir / "profile");
  test::write_file(dir / "a.xml", "<a xmlns='urn:t'><b/><b/></a>");
  const Report report = check_inputs(profile, {{"a.xml", dir / "a.xml"}}, CheckOptions{});
  BOOST_REQUIRE_EQUAL(report.inputs.size(), 1u);
  const std::vector<std::string> expected{"A-1", "B-2", "C-3", "D-4", "xml-wellformed"};
  BOOST_TEST(report.inputs[0].assessed_rules == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
