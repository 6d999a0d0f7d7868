// Real data as the yardstick: every message in ../shared/corpus/VERDICTS.json with a verdict of
// valid / invalid / not-well-formed is validated in ad-hoc mode (its XSD plus the corpus catalog),
// and konform's verdict must equal the listed one. Also: every XBau 2.6 schema compiles.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

#include "tests/support/test_paths.h"
#include "validator/check/input_checker.h"
#include "validator/compile/compiled_profile.h"
#include "validator/core/config_error.h"
#include "validator/profile/adhoc_profile.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

struct ExpectedVerdict {
  std::string file;
  std::string verdict;  // valid | invalid | not-well-formed
};

bool has_rule(const InputResult& input, std::string_view rule) {
  for (const auto& finding : input.findings) {
    if (finding.rule_id == rule) return true;
  }
  return false;
}

std::string describe(const InputResult& input) {
  std::string out = std::string(to_string(input.verdict));
  for (const auto& f : input.findings) {
    out += "\n  " + f.rule_id + " " + std::to_string(f.location.line) + ": " + f.message;
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(corpus)

BOOST_AUTO_TEST_CASE(xsd_verdicts_match_the_reference) {
  const fs::path corpus = test::corpus_dir();
  std::ifstream stream(corpus / "VERDICTS.json");
  const auto verdicts = nlohmann::json::parse(stream);
  // Group by schema so each schema set is compiled once, as a profile would be.
  std::map<std::string, std::vector<ExpectedVerdict>> by_schema;
  int listed = 0;
  for (const auto& entry : verdicts) {
    const std::string verdict = entry.at("verdict");
    if (verdict != "valid" && verdict != "invalid" && verdict != "not-well-formed") continue;
    const std::string xsd = entry.at("xsd").is_null() ? "" : entry.at("xsd").get<std::string>();
    by_schema[xsd].push_back({entry.at("file"), verdict});
    ++listed;
  }
  BOOST_TEST_MESSAGE("messages with a reference verdict: " << listed);
  BOOST_REQUIRE_GE(listed, 500);

  int agreed = 0;
  for (const auto& [xsd, expected] : by_schema) {
    // Not-well-formed messages without a schema: no schema, well-formedness only.
    const std::vector<fs::path> schemas =
        xsd.empty() ? std::vector<fs::path>{} : std::vector<fs::path>{corpus / xsd};
    auto profile = adhoc_profile(schemas, {corpus / "catalog.xml"}, {});
    const CompiledProfile compiled = compile_profiles({profile});
    std::vector<InputSource> inputs;
    for (const auto& e : expected) inputs.push_back({e.file, corpus / e.file});
    const Report report = check_inputs(compiled, inputs, CheckOptions{});
    BOOST_REQUIRE_EQUAL(report.inputs.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const InputResult& got = report.inputs[i];
      const std::string& want = expected[i].verdict;
      bool ok = false;
      if (want == "valid") {
        ok = got.verdict == Verdict::kConformant;
      } else if (want == "invalid") {
        ok = got.verdict == Verdict::kNotConformant && has_rule(got, "xsd-valid") &&
             !has_rule(got, "xml-wellformed");
      } else {
        ok = got.verdict == Verdict::kNotConformant && has_rule(got, "xml-wellformed");
      }
      BOOST_CHECK_MESSAGE(
          ok, expected[i].file << ": expected " << want << ", konform says " << describe(got));
      agreed += ok;
    }
  }
  BOOST_TEST_MESSAGE("agreeing with the reference: " << agreed << " of " << listed);
  BOOST_TEST(agreed == listed);
}

BOOST_AUTO_TEST_CASE(every_xbau_schema_compiles_including_multiple_imports) {
  const fs::path corpus = test::corpus_dir();
  std::vector<fs::path> schemas;
  for (const auto& entry : fs::recursive_directory_iterator(corpus / "xbau")) {
    if (entry.path().extension() == ".xsd") schemas.push_back(entry.path());
  }
  std::sort(schemas.begin(), schemas.end());
  BOOST_REQUIRE_EQUAL(schemas.size(), 50u);
  for (const auto& schema : schemas) {
    try {
      const auto compiled =
          compile_profiles({adhoc_profile({schema}, {corpus / "catalog.xml"}, {})});
      BOOST_TEST(compiled.document_types.front().schemas != nullptr);
    } catch (const ConfigError& e) {
      BOOST_ERROR(schema.string() << " does not compile: " << e.located());
    }
  }
}

BOOST_AUTO_TEST_CASE(xbau_messages_schema_merges_the_kernmodul_imports) {
  // xbau-nachrichten-*.xsd import the Kernmodul namespace from several files; libxml2 keeps only
  // the first import. With Xerces' multiple-import handling all of them land in one grammar.
  const fs::path corpus = test::corpus_dir();
  const fs::path specs = corpus / "xbau/artifacts/xbau/2.6/specs";
  int importing = 0;
  for (const auto& entry : fs::directory_iterator(specs)) {
    if (entry.path().extension() != ".xsd") continue;
    std::ifstream in(entry.path());
    std::string text((std::istreambuf_iterator<char>(in)), {});
    if (text.find("xbau/kernmodul/1/3/0\"") == std::string::npos) continue;
    ++importing;
  }
  BOOST_TEST(importing >= 2);
  const auto compiled = compile_profiles({adhoc_profile(
      {specs / "xbau-nachrichten-baugenehmigung.xsd"}, {corpus / "catalog.xml"}, {})});
  const auto& namespaces = compiled.document_types.front().schemas->namespaces();
  BOOST_TEST(std::count(namespaces.begin(), namespaces.end(),
                        "http://www.xleitstelle.de/xbau/kernmodul/1/3/0") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
