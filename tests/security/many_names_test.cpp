// Many distinct element names: one root with 80,000 children whose names the schema does not
// declare, each a finding. Reading such a document was quadratic in the number of names twice
// over, in the sibling positions of paths and in Xerces-C's pool of undeclared elements, until
// validator/xml/element_path.cpp hashed sibling names and validator/xml/undeclared_element_pool.cpp
// sized the pool to the input: 80,000 names took 785 s before, 1.6 s after. This runs the CLI end
// to end on such a document against cases/strict-any.xsd, so a regression in either (or a third
// quadratic step) shows here.
#include <boost/test/unit_test.hpp>

#include <string>

#include "tests/security/security_support.h"
#include "tests/support/files.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

BOOST_AUTO_TEST_SUITE(many_names)

BOOST_AUTO_TEST_CASE(eighty_thousand_distinct_undeclared_names) {
  constexpr int kNames = 80'000;
  const fs::path dir = output_dir("security/many-names");
  std::string text = "<doc xmlns=\"urn:konform:many-names\">\n";
  for (int i = 0; i < kNames; ++i) text += "<e" + std::to_string(i) + "/>\n";
  text += "</doc>\n";
  write_text(dir / "many-names.xml", text);

  // Measured in the release build: 0.8 s of CPU; 41 s with the sibling hash and the pool's
  // sizing both undone (11.7 s for 50,000 names: quadratic). CPU time, which the machine's load
  // hardly changes; the wall-time limit only ends a hung run.
  constexpr double kCpuSeconds = 2.5 * kMaxSeconds;
  RunResult result =
      konform_run({"validate", "--no-cache", "--schema", (cases_dir() / "strict-any.xsd").string(),
                   "--format", "json", (dir / "many-names.xml").string()},
                  {}, std::chrono::seconds(120));
  BOOST_TEST_REQUIRE(!result.timed_out, "did not finish in 120 s: " << describe(result));
  BOOST_TEST(result.cpu_seconds < kCpuSeconds,
             "took " << result.cpu_seconds << " s CPU (bound " << kCpuSeconds << " s)");
  BOOST_TEST(result.exit_code == 1, describe(result));
  auto entry = input_entry(parse_report(result.out), "many-names.xml");
  BOOST_TEST_REQUIRE(entry.is_object(), describe(result));
  BOOST_TEST(has_located_finding(entry, "xsd-valid"), rule_ids(entry));
}

BOOST_AUTO_TEST_SUITE_END()
