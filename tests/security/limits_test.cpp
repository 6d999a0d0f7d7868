// Size and shape limits: extreme nesting, attribute counts and attribute lengths must neither
// crash konform (stack overflow, out of memory) nor take longer than the time budget. A finding
// (e.g. xml-limit-exceeded, xsd-valid) or a clean verdict are both acceptable outcomes; a signal,
// a timeout or an exit code other than 0/1 is a bug in konform.
#include <boost/test/unit_test.hpp>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

/// Runs one generated input and checks that konform survived it within the budget.
void expect_survives(const fs::path& input, const std::string& what) {
  // 10 s: five times the budget is enough to show a miss without stalling the suite.
  RunResult result = validate_json({input.string()}, {}, std::chrono::seconds(10));
  BOOST_TEST((result.timed_out || result.signal == 0),
             "BUG in konform: " << what << " killed konform with signal " << result.signal);
  BOOST_TEST(!result.timed_out, "BUG in konform: " << what << " did not finish in 10 s");
  BOOST_TEST(result.seconds < kMaxSeconds, "BUG in konform: " << what << " took " << result.seconds
                                                              << " s (budget " << kMaxSeconds
                                                              << " s)");
  BOOST_TEST((result.exit_code == 0 || result.exit_code == 1), what << ": " << describe(result));
  if (result.exit_code == 1) {
    auto report = parse_report(result.out);
    auto entry = input_entry(report, input.filename().string());
    BOOST_TEST((entry.is_object() && !entry["findings"].empty()),
               what << ": exit 1 without a finding for the input");
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(limits)

BOOST_AUTO_TEST_CASE(nesting_100000_levels) {
  // Inside the profile's root element, so the whole document is parsed (the root probe alone
  // would stop at the first element). Observed 2026-11-26: konform does not finish in 10 s.
  // perf: ~90 % in Xerces' ElemStack::mapPrefixToURI, which walks the whole element stack for
  // each unprefixed element (no default namespace in scope): O(depth) per element, quadratic in
  // all (10,000 levels 0.24 s, 20,000 1.0 s, 40,000 2.1 s). A nesting-depth limit in konform's
  // reader (finding xml-limit-exceeded) would bound it.
  const fs::path dir = output_dir("security/deep-nesting");
  constexpr int kDepth = 100'000;
  std::string text = profile_root_open();
  text.reserve(kDepth * 7 + 200);
  for (int i = 0; i < kDepth; ++i) text += "<a>";
  for (int i = 0; i < kDepth; ++i) text += "</a>";
  text += profile_root_close() + "\n";
  write_text(dir / "deep-nesting.xml", text);
  expect_survives(dir / "deep-nesting.xml", "100,000 nested elements");
}

BOOST_AUTO_TEST_CASE(one_element_with_100000_attributes) {
  const fs::path dir = output_dir("security/many-attributes");
  std::string text =
      "<xdg:gewerbe.anmeldung.0100 "
      "xmlns:xdg=\"urn:xoev-de:musterstadt:standard:xdemo-gewerbe:1.0\"";
  for (int i = 0; i < 100'000; ++i) text += " a" + std::to_string(i) + "=\"v\"";
  text += "/>\n";
  write_text(dir / "many-attributes.xml", text);
  expect_survives(dir / "many-attributes.xml", "100,000 attributes on one element");
}

BOOST_AUTO_TEST_CASE(attribute_value_of_10_mb) {
  const fs::path dir = output_dir("security/huge-attribute");
  std::string text =
      "<xdg:gewerbe.anmeldung.0100 "
      "xmlns:xdg=\"urn:xoev-de:musterstadt:standard:xdemo-gewerbe:1.0\" produkt=\"" +
      std::string(10 * 1024 * 1024, 'x') + "\"/>\n";
  write_text(dir / "huge-attribute.xml", text);
  expect_survives(dir / "huge-attribute.xml", "a 10 MB attribute value");
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
