// XPath match conditions and `validate --explain`: two document types on one root element told
// apart by a condition, ambiguity and no match as findings naming the candidates, a condition
// that does not compile as a configuration error with its manifest line, and the trace on
// standard error leaving standard output unchanged.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

fs::path fixture() { return source_dir() / "tests/e2e/data/auftrag-profile"; }

bool contains(const std::string& text, std::string_view needle) {
  return text.find(needle) != std::string::npos;
}

/// A profile with two document types on <r xmlns="urn:t"> and the given conditions.
fs::path two_types(const std::string& name, const std::string& first, const std::string& second) {
  const fs::path dir = output_dir(name);
  write_text(dir / "profile.xml",
             "<profile xmlns='urn:konform:profile:1' xmlns:t='urn:t' id='test.cond' "
             "version='1.0.0' level='other'>\n<title>T</title><publisher>P</publisher>\n"
             "<documentType id='one'>\n<match namespace='urn:t' localName='r' condition=\"" +
                 first +
                 "\"/></documentType>\n<documentType id='two'>\n"
                 "<match namespace='urn:t' localName='r' condition=\"" +
                 second + "\"/></documentType>\n</profile>\n");
  write_text(dir / "r.xml", "<r xmlns='urn:t' kind='a'><n>1</n></r>");
  return dir;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(match_condition)

BOOST_AUTO_TEST_CASE(a_condition_tells_two_document_types_on_one_root_apart) {
  const fs::path samples = fixture() / "tests";
  auto r =
      run_konform({"validate", "--as-of", "2026-06-01", "--profile", fixture().string(), "--format",
                   "json", (samples / "bestellung.xml").string(), (samples / "storno.xml").string(),
                   (samples / "storno-ohne-bezug.xml").string()});
  BOOST_TEST(r.exit_code == 1, r.err);
  const auto json = nlohmann::json::parse(r.out);
  BOOST_TEST(json["inputs"][0]["documentType"] == "auftrag.bestellung");
  BOOST_TEST(json["inputs"][1]["documentType"] == "auftrag.storno");
  const auto& unmatched = json["inputs"][2]["findings"][0];
  BOOST_TEST(unmatched["ruleId"] == "document-type-unmatched");
  const std::string message = unmatched["message"];
  BOOST_TEST(contains(message, "auftrag.bestellung: condition false"), message);
  BOOST_TEST(contains(message, "auftrag.storno: condition false"), message);
}

BOOST_AUTO_TEST_CASE(several_true_conditions_are_ambiguous) {
  const fs::path dir = two_types("e2e-condition-ambiguous", "/t:r/@kind = 'a'", "exists(/t:r/t:n)");
  auto r = run_konform({"validate", "--profile", dir.string(), (dir / "r.xml").string()});
  BOOST_TEST(r.exit_code == 1, r.out << r.err);
  BOOST_TEST(contains(r.out, "[document-type-ambiguous]"), r.out);
  BOOST_TEST(contains(r.out, "one (test.cond 1.0.0) two (test.cond 1.0.0)"), r.out);
}

BOOST_AUTO_TEST_CASE(the_context_item_is_the_document_node) {
  // `@kind` above is relative to the document node, so it is empty there; /t:r/@kind is not.
  const fs::path dir = two_types("e2e-condition-context", "/t:r/@kind = 'a'", "@kind = 'a'");
  auto r = run_konform(
      {"validate", "--profile", dir.string(), "--format", "json", (dir / "r.xml").string()});
  BOOST_TEST(r.exit_code == 0, r.out << r.err);
  BOOST_TEST(nlohmann::json::parse(r.out)["inputs"][0]["documentType"] == "one");
}

BOOST_AUTO_TEST_CASE(a_condition_that_does_not_compile_is_a_configuration_error) {
  const fs::path dir = two_types("e2e-condition-broken", "t:n[", "u:n");
  auto r = run_konform({"profile", "check", dir.string()});
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
  BOOST_TEST(contains(r.err, (dir / "profile.xml").string() + ":4:"), r.err);
  BOOST_TEST(contains(r.err, "match condition of document type 'one' does not compile"), r.err);
  auto validate = run_konform({"validate", "--profile", dir.string(), (dir / "r.xml").string()});
  BOOST_TEST(validate.exit_code == 2);
}

BOOST_AUTO_TEST_CASE(an_unbound_prefix_is_a_configuration_error_too) {
  const fs::path dir = two_types("e2e-condition-prefix", "true()", "exists(u:n)");
  auto r = run_konform({"profile", "check", dir.string()});
  BOOST_TEST(r.exit_code == 2, r.out << r.err);
  BOOST_TEST(contains(r.err, ":6:"), r.err);
  BOOST_TEST(contains(r.err, "XPST0081"), r.err);
}

BOOST_AUTO_TEST_CASE(explain_traces_the_choice_on_stderr_and_leaves_stdout_alone) {
  const std::string sample = (fixture() / "tests/storno.xml").string();
  const std::vector<std::string> args = {"validate",  "--as-of",          "2026-06-01",
                                         "--profile", fixture().string(), sample};
  auto plain = run_konform(args);
  auto with_explain = args;
  with_explain.insert(with_explain.begin() + 1, "--explain");
  auto explained = run_konform(with_explain);
  BOOST_TEST(explained.exit_code == plain.exit_code);
  BOOST_TEST(explained.out == plain.out);
  const std::string& trace = explained.err;
  BOOST_TEST(contains(trace, "konform: explain: " + sample + "\n"), trace);
  BOOST_TEST(contains(trace, "  root element: {urn:test:auftrag}auftrag\n"), trace);
  BOOST_TEST(contains(trace,
                      "  no      auftrag.bestellung (test.auftrag): root element matches; "
                      "condition is false: /a:auftrag/@art = 'bestellung'\n"),
             trace);
  BOOST_TEST(contains(trace,
                      "  match   auftrag.storno (test.auftrag): root element matches; "
                      "condition is true:"),
             trace);
  BOOST_TEST(contains(trace,
                      "  no      auftrag.alt (test.auftrag): does not apply on 2026-06-01 "
                      "(to 2025-12-31)\n"),
             trace);
  BOOST_TEST(contains(trace, "  chosen: auftrag.storno\n"), trace);
}

BOOST_AUTO_TEST_CASE(explain_says_why_namespaces_and_names_do_not_match) {
  const fs::path sample =
      source_dir() / "profiles/de/sn/musterstadt/tests/gewerbe-anmeldung-konform.xml";
  auto r = run_konform({"validate", "--explain", "--as-of", "2026-06-01", "--profile",
                        fixture().string(), sample.string()});
  BOOST_TEST(r.exit_code == 1);
  BOOST_TEST(contains(r.err,
                      "auftrag.bestellung (test.auftrag): namespace differs (expects "
                      "urn:test:auftrag)"),
             r.err);
  BOOST_TEST(contains(r.err, "  chosen: none (document-type-unmatched)\n"), r.err);
}

BOOST_AUTO_TEST_SUITE_END()
