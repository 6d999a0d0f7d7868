// The machine formats validate against their schemas: json against xsd/report-1.schema.json,
// sarif against the OASIS SARIF 2.1.0 schema, junit against Jenkins' junit-10.xsd (both in
// ../shared/schemas). Each check also proves the validator rejects a broken document, so a
// validator that accepts everything cannot turn these tests green.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "reports/renderer.h"
#include "tests/support/files.h"
#include "tests/support/test_paths.h"
#include "tests/unit/reports/awkward_report.h"
#include "tests/unit/reports/external_tool.h"

namespace konform::reports {
namespace {

namespace fs = std::filesystem;

fs::path render_to_file(const Report& report, std::string_view format, const fs::path& path) {
  const Renderer* renderer = find_renderer(format);
  BOOST_REQUIRE_MESSAGE(renderer, "no renderer named " << format);
  std::ofstream out(path, std::ios::binary);
  renderer->render(report, RenderOptions{}, out);
  BOOST_REQUIRE(out.good());
  return path;
}

fs::path report_schema() { return test::source_dir() / "xsd" / "report-1.schema.json"; }

BOOST_AUTO_TEST_SUITE(schema_validation)

BOOST_AUTO_TEST_CASE(json_report_matches_report_schema) {
  const fs::path dir = test::output_dir("reports-schema-json");
  for (const auto& [name, report] :
       {std::pair{"awkward", test::awkward_report()}, std::pair{"empty", test::empty_report()},
        std::pair{"hostile", test::hostile_report()}}) {
    const fs::path file = render_to_file(report, "json", dir / (std::string(name) + ".json"));
    const auto result = test::validate_json(report_schema(), file);
    BOOST_TEST(result.exit_code == 0, name << ": " << result.output);
  }
}

BOOST_AUTO_TEST_CASE(report_schema_rejects_unknown_and_missing_keys) {
  const fs::path dir = test::output_dir("reports-schema-json-negative");
  const fs::path unknown_key = dir / "unknown-key.json";
  test::write_text(
      unknown_key,
      R"({"tool":{"name":"konform","version":"0"},"profiles":[],"verdict":"incomplete",)"
      R"("summary":{"inputs":0,"errors":0,"warnings":0,"infos":0},"rules":[],"inputs":[],)"
      R"("surprise":true})");
  BOOST_TEST(test::validate_json(report_schema(), unknown_key).exit_code == 1);

  const fs::path bad_verdict = dir / "bad-verdict.json";
  test::write_text(
      bad_verdict,
      R"({"tool":{"name":"konform","version":"0"},"profiles":[],"verdict":"fine",)"
      R"("summary":{"inputs":0,"errors":0,"warnings":0,"infos":0},"rules":[],"inputs":[]})");
  BOOST_TEST(test::validate_json(report_schema(), bad_verdict).exit_code == 1);
}

fs::path sarif_schema() {
  return test::shared_dir() / "schemas" / "sarif" / "sarif-schema-2.1.0.json";
}

BOOST_AUTO_TEST_CASE(sarif_report_matches_sarif_2_1_0_schema) {
  const fs::path dir = test::output_dir("reports-schema-sarif");
  for (const auto& [name, report] :
       {std::pair{"awkward", test::awkward_report()}, std::pair{"empty", test::empty_report()},
        std::pair{"hostile", test::hostile_report()}}) {
    const fs::path file = render_to_file(report, "sarif", dir / (std::string(name) + ".sarif"));
    const auto result = test::validate_json(sarif_schema(), file);
    BOOST_TEST(result.exit_code == 0, name << ": " << result.output);
  }
}

BOOST_AUTO_TEST_CASE(sarif_schema_rejects_an_unknown_level) {
  const fs::path dir = test::output_dir("reports-schema-sarif-negative");
  const fs::path bad_level = dir / "bad-level.sarif";
  test::write_text(bad_level,
                   R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"konform"}},)"
                   R"("results":[{"ruleId":"r","level":"info","message":{"text":"m"}}]}]})");
  BOOST_TEST(test::validate_json(sarif_schema(), bad_level).exit_code == 1);
}

fs::path junit_schema() { return test::shared_dir() / "schemas" / "junit" / "junit-10.xsd"; }

BOOST_AUTO_TEST_CASE(junit_report_matches_junit_10_xsd) {
  const fs::path dir = test::output_dir("reports-schema-junit");
  for (const auto& [name, report] :
       {std::pair{"awkward", test::awkward_report()}, std::pair{"empty", test::empty_report()},
        std::pair{"hostile", test::hostile_report()}}) {
    const fs::path file = render_to_file(report, "junit", dir / (std::string(name) + ".xml"));
    const auto result = test::validate_xml(junit_schema(), file);
    BOOST_TEST(result.exit_code == 0, name << ": " << result.output);
  }
}

BOOST_AUTO_TEST_CASE(junit_xsd_rejects_a_testsuite_without_counts) {
  const fs::path dir = test::output_dir("reports-schema-junit-negative");
  const fs::path no_counts = dir / "no-counts.xml";
  test::write_text(no_counts, "<testsuites><testsuite name=\"x\"/></testsuites>\n");
  const auto result = test::validate_xml(junit_schema(), no_counts);
  BOOST_TEST(result.exit_code != 0);
  BOOST_TEST(result.output.find("fails to validate") != std::string::npos, result.output);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
