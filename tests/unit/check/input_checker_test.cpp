#include <boost/test/unit_test.hpp>
#include <pugixml.hpp>

#include <algorithm>

#include "tests/support/test_paths.h"
#include "tests/unit/check/example_profile.h"
#include "tests/unit/check/find_rule.h"
#include "tests/unit/xml/test_files.h"
#include "validator/check/document_matcher.h"
#include "validator/check/input_checker.h"
#include "validator/profile/manifest_loader.h"

namespace fs = std::filesystem;
using namespace konform;
using konform::test::example_profile;
using konform::test::find_rule;
using konform::test::kExample;

namespace {

CompiledDocumentType type(std::string id, std::string ns, std::string local, bool any = false) {
  CompiledDocumentType t;
  t.id = std::move(id);
  t.match.namespace_uri = std::move(ns);
  t.match.local_name = std::move(local);
  t.match.any_root = any;
  return t;
}

/// The lines of the findings a sample's expectation file (X.expect.xml, what `profile test` checks)
/// lists, sorted: the shipped profile's data says what to expect, not a count written here.
std::vector<int> expected_lines(const fs::path& sample) {
  pugi::xml_document expect;
  const fs::path file = sample.string() + ".expect.xml";
  BOOST_REQUIRE_MESSAGE(expect.load_file(file.c_str()), file);
  std::vector<int> lines;
  for (const auto& f : expect.document_element().children("finding")) {
    lines.push_back(f.attribute("line").as_int());
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(check_inputs_suite)

BOOST_AUTO_TEST_CASE(matching_prefers_specific_types_over_the_catch_all) {
  CompiledProfile profile;
  profile.document_types = {type("any", "", "", true), type("a", "urn:x", "a"),
                            type("a2", "urn:x", "a"), type("b", "urn:x", "b")};
  BOOST_TEST(match_document_types(profile, "urn:x", "b").size() == 1u);
  BOOST_TEST(match_document_types(profile, "urn:x", "a").size() == 2u);
  auto fallback = match_document_types(profile, "urn:y", "c");
  BOOST_REQUIRE_EQUAL(fallback.size(), 1u);
  BOOST_TEST(fallback[0]->id == "any");
}

BOOST_AUTO_TEST_CASE(the_example_samples_get_their_verdicts) {
  const CompiledProfile profile = example_profile();
  const fs::path samples = test::source_dir() / kExample / "tests";
  auto report = check_inputs(profile,
                             {{"good", samples / "gewerbe-anmeldung-konform.xml"},
                              {"bad", samples / "gewerbe-anmeldung-fehlerhaft.xml"}},
                             CheckOptions{});
  BOOST_TEST(to_string(report.inputs[0].verdict) == "conformant");
  BOOST_TEST(report.inputs[0].document_type == "xdemo.gewerbe.anmeldung.0100");
  BOOST_TEST(to_string(report.inputs[1].verdict) == "not-conformant");
  std::vector<int> lines;
  for (const auto& f : report.inputs[1].findings) {
    BOOST_TEST(f.rule_id == "xsd-valid");
    BOOST_TEST(f.origin.profile == "de.sn.musterstadt");
    lines.push_back(f.location.line);
  }
  std::sort(lines.begin(), lines.end());
  const auto expected = expected_lines(samples / "gewerbe-anmeldung-fehlerhaft.xml");
  BOOST_TEST(!expected.empty());
  BOOST_TEST(lines == expected, boost::test_tools::per_element());
  BOOST_TEST(report.profiles.at(0).sha256.size() == 64u);
  BOOST_TEST(to_string(report.verdict) == "not-conformant");
}

BOOST_AUTO_TEST_CASE(unmatched_and_ambiguous_roots_are_findings) {
  CompiledProfile profile;
  profile.document_types = {type("a", "urn:x", "a"), type("a2", "urn:x", "a")};
  const fs::path dir = test::output_dir("check-match");
  test::write_file(dir / "a.xml", "<a xmlns='urn:x'/>");
  test::write_file(dir / "c.xml", "<c/>");
  auto report = check_inputs(profile, {{"a", dir / "a.xml"}, {"c", dir / "c.xml"}}, CheckOptions{});
  BOOST_TEST(find_rule(report.inputs[0], "document-type-ambiguous") != nullptr);
  BOOST_TEST(find_rule(report.inputs[1], "document-type-unmatched") != nullptr);
  BOOST_TEST(to_string(report.inputs[1].verdict) == "not-conformant");
}

BOOST_AUTO_TEST_CASE(unreadable_and_oversized_inputs_are_incomplete_never_conformant) {
  const CompiledProfile profile = example_profile();
  const fs::path dir = test::output_dir("check-unreadable");
  fs::create_directories(dir / "folder.xml");
  test::write_file(dir / "big.xml", std::string(2048, ' ') + "<a/>");
  CheckOptions options;
  options.max_input_bytes = 1024;
  auto report = check_inputs(
      profile, {{"folder.xml", dir / "folder.xml"}, {"big.xml", dir / "big.xml"}}, options);
  BOOST_TEST(find_rule(report.inputs[0], "input-unreadable") != nullptr);
  BOOST_TEST(to_string(report.inputs[0].verdict) == "incomplete");
  BOOST_TEST(find_rule(report.inputs[1], "input-too-large") != nullptr);
  BOOST_TEST(to_string(report.inputs[1].verdict) == "incomplete");
  BOOST_TEST(to_string(report.verdict) == "incomplete");
}

BOOST_AUTO_TEST_CASE(one_broken_input_does_not_lose_the_others) {
  const CompiledProfile profile = example_profile();
  const fs::path dir = test::output_dir("check-isolation");
  const fs::path good = test::source_dir() / kExample / "tests/gewerbe-anmeldung-konform.xml";
  test::write_file(dir / "broken.xml", "<a><b></a>");
  auto report =
      check_inputs(profile, {{"1", good}, {"2", dir / "broken.xml"}, {"3", good}}, CheckOptions{});
  BOOST_REQUIRE_EQUAL(report.inputs.size(), 3u);
  BOOST_TEST(to_string(report.inputs[0].verdict) == "conformant");
  BOOST_TEST(to_string(report.inputs[1].verdict) == "not-conformant");
  BOOST_TEST(to_string(report.inputs[2].verdict) == "conformant");
}

BOOST_AUTO_TEST_CASE(the_result_says_how_reading_each_input_ended) {
  const CompiledProfile profile = example_profile();
  const fs::path dir = test::output_dir("check-read-end");
  const fs::path good = test::source_dir() / kExample / "tests/gewerbe-anmeldung-konform.xml";
  test::write_file(dir / "broken.xml", "<a><b></a>");
  test::write_file(dir / "unmatched.xml", "<c/>");
  test::write_file(dir / "unmatched-broken.xml", "<c><d></c>");
  fs::create_directories(dir / "folder.xml");
  auto report = check_inputs(profile,
                             {{"good", good},
                              {"broken", dir / "broken.xml"},
                              {"unmatched", dir / "unmatched.xml"},
                              {"unmatched-broken", dir / "unmatched-broken.xml"},
                              {"folder", dir / "folder.xml"}},
                             CheckOptions{});
  BOOST_REQUIRE_EQUAL(report.inputs.size(), 5u);
  BOOST_TEST((report.inputs[0].read_end == ReadEnd::kCompleted));
  BOOST_TEST((report.inputs[1].read_end == ReadEnd::kRejected));
  // Matching nothing, the input is still read whole for what a reader would say of it.
  BOOST_TEST((report.inputs[2].read_end == ReadEnd::kCompleted));
  BOOST_TEST((report.inputs[3].read_end == ReadEnd::kRejected));
  BOOST_TEST(!report.inputs[4].read_end.has_value());  // never read as XML
}

BOOST_AUTO_TEST_CASE(discovery_walks_folders_in_sorted_order_and_refuses_missing_paths) {
  const fs::path dir = test::output_dir("check-discovery");
  test::write_file(dir / "b.xml", "<b/>");
  test::write_file(dir / "a/z.XML", "<z/>");
  test::write_file(dir / "notes.txt", "x");
  auto inputs = discover_inputs({dir.string()});
  BOOST_REQUIRE_EQUAL(inputs.size(), 2u);
  BOOST_TEST(inputs[0].file.filename() == "z.XML");
  BOOST_TEST(inputs[1].file.filename() == "b.xml");
  BOOST_CHECK_THROW(discover_inputs({(dir / "missing.xml").string()}), std::exception);
}

BOOST_AUTO_TEST_SUITE_END()
