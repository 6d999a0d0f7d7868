// Size and shape limits: extreme nesting, attribute counts and attribute lengths (the issue's
// sizes: a million levels, ten million attributes, a 100 MB value) must neither crash konform
// (stack overflow, out of memory) nor exceed the time and memory budgets; each ends the read with
// a located xml-limit-exceeded that names its option. A signal, a timeout, or any other outcome
// is a bug in konform.
#include <boost/test/unit_test.hpp>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

/// konform ended by itself, without a signal, within the time and memory budgets.
void expect_survived(const RunResult& result, const std::string& what) {
  BOOST_TEST((result.timed_out || result.signal == 0),
             "BUG in konform: " << what << " killed konform with signal " << result.signal);
  BOOST_TEST(!result.timed_out, "BUG in konform: " << what << " did not finish in 10 s");
  BOOST_TEST(within_budget(result),
             "BUG in konform: " << what << " took " << result.cpu_seconds << " s CPU and was idle "
                                << result.idle_seconds << " s (budget " << kMaxSeconds << " s CPU, "
                                << kMaxIdleSeconds << " s idle)");
  if (kMaxRssKib > 0) {
    BOOST_TEST(result.peak_rss_kib < kMaxRssKib,
               "BUG in konform: " << what << " peaked at " << result.peak_rss_kib << " KiB (budget "
                                  << kMaxRssKib << " KiB)");
  }
}

/// Runs one generated input: konform survives it, and the limit named by `option` ends the read
/// with a located finding (exit 1, never "conformant").
void expect_stopped_by_limit(const fs::path& input, const std::string& what,
                             const std::string& option) {
  // 10 s: five times the budget is enough to show a miss without stalling the suite.
  RunResult result = validate_json({input.string()}, {}, std::chrono::seconds(10));
  expect_survived(result, what);
  BOOST_TEST(result.exit_code == 1, what << ": " << describe(result));
  auto report = parse_report(result.out);
  auto entry = input_entry(report, input.filename().string());
  BOOST_TEST_REQUIRE(entry.is_object(), what << ": input missing from the report");
  BOOST_TEST(has_located_finding(entry, "xml-limit-exceeded"), what << ": " << rule_ids(entry));
  BOOST_TEST(result.out.find(option) != std::string::npos, what << ": no finding names " << option);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(limits)

BOOST_AUTO_TEST_CASE(nesting_1000000_levels) {
  // Inside the profile's root element, so the whole document is parsed (the root probe alone
  // would stop at the first element). Observed 2026-11-26 before the depth limit: 100,000 levels
  // did not finish in 10 s — perf: ~90 % in Xerces' ElemStack::mapPrefixToURI, which walks the
  // whole element stack for each unprefixed element, quadratic in depth. The MarkupGuard now
  // stops at level 1,001 before Xerces sees it.
  const fs::path dir = output_dir("security/deep-nesting");
  constexpr int kDepth = 1'000'000;
  std::string text = profile_root_open();
  text.reserve(kDepth * 7 + 200);
  for (int i = 0; i < kDepth; ++i) text += "<a>";
  for (int i = 0; i < kDepth; ++i) text += "</a>";
  text += profile_root_close() + "\n";
  write_text(dir / "deep-nesting.xml", text);
  expect_stopped_by_limit(dir / "deep-nesting.xml", "1,000,000 nested elements", "--max-depth");
}

BOOST_AUTO_TEST_CASE(one_element_with_10000000_attributes) {
  // Observed 2026-11-27 before the MarkupGuard: 318 s and 5.7 GB — Xerces buffers every
  // attribute of a start tag before any callback could count them.
  const fs::path dir = output_dir("security/many-attributes");
  std::string text =
      "<xdg:gewerbe.anmeldung.0100 "
      "xmlns:xdg=\"urn:xoev-de:musterstadt:standard:xdemo-gewerbe:1.0\"";
  text.reserve(130'000'000);
  for (int i = 0; i < 10'000'000; ++i) text += " a" + std::to_string(i) + "=\"v\"";
  text += "/>\n";
  write_text(dir / "many-attributes.xml", text);
  expect_stopped_by_limit(dir / "many-attributes.xml", "10,000,000 attributes on one element",
                          "--max-attributes");
}

BOOST_AUTO_TEST_CASE(attribute_value_of_100_mb) {
  // Observed 2026-11-27 before the MarkupGuard: 1 GB peak memory (Xerces' UTF-16 buffers).
  const fs::path dir = output_dir("security/huge-attribute");
  std::string text =
      "<xdg:gewerbe.anmeldung.0100 "
      "xmlns:xdg=\"urn:xoev-de:musterstadt:standard:xdemo-gewerbe:1.0\" produkt=\"" +
      std::string(100 * 1024 * 1024, 'x') + "\"/>\n";
  write_text(dir / "huge-attribute.xml", text);
  expect_stopped_by_limit(dir / "huge-attribute.xml", "a 100 MB attribute value",
                          "--max-attribute-size");
}

BOOST_AUTO_TEST_CASE(attribute_limits_end_the_read_with_a_located_finding) {
  // Defaults: at most 1000 attributes per element and 1 MiB per attribute value; each limit is
  // an option, and raising it lets the same input through to the schema.
  const fs::path dir = output_dir("security/attribute-limits");
  std::string many = profile_root_open();
  many.insert(many.size() - 1, [] {
    std::string attributes;
    for (int i = 0; i < 1001; ++i) attributes += " a" + std::to_string(i) + "=\"v\"";
    return attributes;
  }());
  write_text(dir / "many.xml", many + profile_root_close() + "\n");
  std::string large = profile_root_open();
  large.insert(large.size() - 1, " produkt=\"" + std::string(2 << 20, 'x') + "\"");
  write_text(dir / "large.xml", large + profile_root_close() + "\n");

  for (const auto& [file, what] : {std::pair{"many.xml", "1,001 attributes"},
                                   std::pair{"large.xml", "a 2 MiB attribute value"}}) {
    RunResult result = expect_message_finding(dir / file, "xml-limit-exceeded");
    BOOST_TEST(result.out.find(file == std::string("many.xml")
                                   ? "--max-attributes"
                                   : "--max-attribute-size") != std::string::npos,
               what);
  }
  RunResult raised = validate_json({"--max-attributes", "2000", "--max-attribute-size", "4000000",
                                    (dir / "many.xml").string(), (dir / "large.xml").string()});
  BOOST_TEST(raised.exit_code == 1, describe(raised));
  auto report = parse_report(raised.out);
  for (const std::string file : {"many.xml", "large.xml"}) {
    auto entry = input_entry(report, file);
    BOOST_TEST(!has_located_finding(entry, "xml-limit-exceeded"), file << ": " << rule_ids(entry));
    BOOST_TEST(has_located_finding(entry, "xsd-valid"), file << ": " << rule_ids(entry));
  }
}

BOOST_AUTO_TEST_CASE(limit_options_refuse_nonsense_values) {
  for (const std::string option : {"--max-attributes", "--max-attribute-size", "--max-xpath-steps",
                                   "--max-xpath-time", "--max-excerpt"}) {
    RunResult result = validate_json(
        {option, "0", (example_profile() / "tests/gewerbe-anmeldung-konform.xml").string()});
    BOOST_TEST(result.exit_code == 2, option << ": " << describe(result));
  }
}

BOOST_AUTO_TEST_SUITE_END()
