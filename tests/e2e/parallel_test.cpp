// Parallel batches: the report of a 500-file batch is the same, input for input and byte for
// byte (timings aside), whatever --jobs is.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

/// Writes `count` messages: mostly conformant variants of the example, with every seventh
/// invalid, every eleventh not well-formed and every thirteenth with a code not in its list.
fs::path write_batch(const std::string& name, int count) {
  const fs::path dir = output_dir(name);
  std::ifstream in(source_dir() / "profiles/de/sn/musterstadt/tests/gewerbe-anmeldung-konform.xml");
  const std::string good((std::istreambuf_iterator<char>(in)), {});
  for (int i = 0; i < count; ++i) {
    std::string text = good;
    auto replace = [&](const std::string& from, const std::string& to) {
      text.replace(text.find(from), from.size(), to);
    };
    replace("<xdg:beschaeftigte>12<", "<xdg:beschaeftigte>" + std::to_string(i) + "<");
    if (i % 7 == 3) replace("<xdg:beginn>2026-12-01<", "<xdg:beginn>2026-13-01<");
    if (i % 13 == 6) replace("<code>KG</code>", "<code>XX</code>");
    if (i % 11 == 5) text.resize(text.size() / 2);
    char file[32];
    std::snprintf(file, sizeof file, "msg-%04d.xml", i);
    std::ofstream(dir / file, std::ios::binary) << text;
  }
  return dir;
}

nlohmann::json without_timings(nlohmann::json report) {
  for (auto& input : report["inputs"]) {
    for (auto& stage : input["stages"]) stage.erase("ms");
  }
  return report;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(parallel)

BOOST_AUTO_TEST_CASE(reports_do_not_depend_on_the_number_of_jobs) {
  const fs::path batch = write_batch("e2e-parallel", 500);
  std::string text_reference;
  nlohmann::json json_reference;
  for (const char* jobs : {"1", "2", "8"}) {
    BOOST_TEST_CONTEXT("--jobs " << jobs) {
      auto text = run_konform({"validate", "--profile", "de.sn.musterstadt", "--as-of",
                               "2026-11-26", "--jobs", jobs, batch.string()});
      auto json = run_konform({"validate", "--profile", "de.sn.musterstadt", "--as-of",
                               "2026-11-26", "--jobs", jobs, "--format", "json", batch.string()});
      BOOST_TEST(text.exit_code == 1);
      BOOST_TEST(json.exit_code == 1);
      auto report = without_timings(nlohmann::json::parse(json.out));
      BOOST_REQUIRE_EQUAL(report["inputs"].size(), 500u);
      if (text_reference.empty()) {
        text_reference = text.out;
        json_reference = report;
        int conformant = 0;
        for (const auto& input : report["inputs"]) conformant += input["verdict"] == "conformant";
        BOOST_TEST(conformant > 300);
        BOOST_TEST(conformant < 500);
      } else {
        BOOST_TEST(text.out == text_reference);
        if (text.out != text_reference) {
          std::ofstream(output_dir("e2e-parallel-diff") / "reference.txt") << text_reference;
          std::ofstream(output_dir("e2e-parallel-diff-jobs") / "jobs.txt") << text.out << text.err;
        }
        BOOST_TEST(report.dump() == json_reference.dump());
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
