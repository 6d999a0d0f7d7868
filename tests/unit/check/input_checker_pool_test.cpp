// A chain's checkers kept from run to run (input_checker_pool.h): a run borrows them, gives them
// back, and the next run gets the same reports as with fresh ones; concurrent runs never share a
// checker (also run under ThreadSanitizer as threads_input_checker_pool_threads).
#include <boost/test/unit_test.hpp>

#include <thread>

#include "tests/support/test_paths.h"
#include "tests/unit/check/example_profile.h"
#include "tests/unit/check/find_rule.h"
#include "tests/unit/xml/test_files.h"
#include "validator/check/input_checker_pool.h"
#include "validator/profile/manifest_loader.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

using test::example_profile;

/// The example's two samples, the conformant one first.
std::vector<InputSource> samples() {
  const fs::path folder = test::source_dir() / test::kExample / "tests";
  return {{"good", folder / "gewerbe-anmeldung-konform.xml"},
          {"bad", folder / "gewerbe-anmeldung-fehlerhaft.xml"}};
}

/// What a run found, input by input: verdict, then each finding's rule and line.
std::vector<std::string> outcome(const Report& report) {
  std::vector<std::string> out;
  for (const auto& input : report.inputs) {
    out.push_back(input.path + ": " + std::string(to_string(input.verdict)));
    for (const auto& f : input.findings) {
      out.push_back(f.rule_id + "@" + std::to_string(f.location.line));
    }
  }
  return out;
}

/// A profile whose one rule reads the input's neighbour b.xml with doc().
CompiledProfile profile_reading_a_neighbour(const fs::path& dir) {
  test::write_file(dir / "profile.xml", R"xml(<profile xmlns="urn:konform:profile:1" id="t.pool"
      version="1.0.0" level="other" validFrom="2020-01-01">
  <title>pool</title><publisher>konform tests</publisher>
  <documentType id="a"><match namespace="urn:t" localName="a"/><schematron href="rules.sch"/></documentType>
</profile>)xml");
  test::write_file(dir / "rules.sch", R"xml(<schema xmlns="http://purl.oclc.org/dsdl/schematron"
      queryBinding="xslt2"><ns prefix="t" uri="urn:t"/><pattern><rule context="/t:a">
  <assert id="NEIGHBOUR" test="doc-available('b.xml')">the neighbour is an input</assert>
</rule></pattern></schema>)xml");
  return compile_profiles({load_profile(dir)});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(input_checker_pool)

BOOST_AUTO_TEST_CASE(runs_one_after_another_reuse_one_checker_and_report_alike) {
  const CompiledProfile profile = example_profile();
  const Report fresh = check_inputs(profile, samples(), CheckOptions{});
  InputCheckerPool pool(profile, CheckOptions{});
  BOOST_TEST(pool.idle() == 0u);
  for (int run = 0; run < 3; ++run) {
    BOOST_TEST_CONTEXT("run " << run) {
      const Report report = check_inputs(pool, samples(), 1);
      BOOST_TEST(outcome(report) == outcome(fresh), boost::test_tools::per_element());
      BOOST_TEST(to_string(report.verdict) == "not-conformant");
      // The run gave its checker back, and the next takes the same one instead of a new one.
      BOOST_TEST(pool.idle() == 1u);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_run_with_jobs_keeps_at_most_a_checker_per_worker) {
  const CompiledProfile profile = example_profile();
  const auto expected = outcome(check_inputs(profile, samples(), CheckOptions{}));
  InputCheckerPool pool(profile, CheckOptions{});
  for (int run = 0; run < 3; ++run) {
    BOOST_TEST(outcome(check_inputs(pool, samples(), 2)) == expected,
               boost::test_tools::per_element());
    // Two when both workers held one at once, one when the first gave its back before the
    // second began; never more, however many runs.
    BOOST_TEST(pool.idle() >= 1u);
    BOOST_TEST(pool.idle() <= 2u);
  }
}

BOOST_AUTO_TEST_CASE(a_reused_checker_reads_only_its_own_runs_inputs_with_doc) {
  const fs::path dir = test::output_dir("input-checker-pool");
  const CompiledProfile profile = profile_reading_a_neighbour(dir / "profile");
  test::write_file(dir / "run/a.xml", "<a xmlns='urn:t'/>");
  test::write_file(dir / "run/b.xml", "<b xmlns='urn:t'/>");
  InputCheckerPool pool(profile, CheckOptions{});
  const Report with_b =
      check_inputs(pool, {{"run/a.xml", dir / "run/a.xml"}, {"run/b.xml", dir / "run/b.xml"}}, 1);
  BOOST_TEST(test::find_rule(with_b.inputs[0], "NEIGHBOUR") == nullptr);
  // The same checker, a run without b.xml: the last run's documents are not this run's.
  const Report without_b = check_inputs(pool, {{"run/a.xml", dir / "run/a.xml"}}, 1);
  BOOST_TEST(pool.idle() == 1u);
  BOOST_TEST(test::find_rule(without_b.inputs[0], "NEIGHBOUR") != nullptr);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(input_checker_pool_threads)

BOOST_AUTO_TEST_CASE(concurrent_runs_never_share_a_checker) {
  const CompiledProfile profile = example_profile();
  const auto expected = outcome(check_inputs(profile, samples(), CheckOptions{}));
  InputCheckerPool pool(profile, CheckOptions{});
  constexpr int kThreads = 4;
  constexpr int kRuns = 3;
  std::vector<std::vector<std::string>> seen(kThreads * kRuns);
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        for (int run = 0; run < kRuns; ++run) {
          seen[t * kRuns + run] = outcome(check_inputs(pool, samples(), 1));
        }
      });
    }
  }
  for (const auto& each : seen) BOOST_TEST(each == expected, boost::test_tools::per_element());
  // At most one checker per thread that ever ran at once; every one of them back in the pool.
  BOOST_TEST(pool.idle() >= 1u);
  BOOST_TEST(pool.idle() <= std::size_t{kThreads});
}

BOOST_AUTO_TEST_SUITE_END()
