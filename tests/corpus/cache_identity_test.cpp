// The compiled-profile cache changes nothing but speed: every schema set of the corpus verdict set
// (XRechnung UBL and CII, XSchule, XHochschule) and the XBau 2.6 message schemas, read back from
// the cache, gives reports byte-identical (JSON, per-stage timings aside) to freshly compiled ones,
// and the XBau code-list bindings read from the schema component model survive the round trip.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "reports/renderer.h"
#include "tests/support/test_paths.h"
#include "validator/cache/cache_store.h"
#include "validator/check/input_checker.h"
#include "validator/compile/compiled_profile.h"
#include "validator/profile/adhoc_profile.h"
#include "validator/xml/schema_code_lists.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

/// The JSON report without the per-stage timings ("ms"), the only bytes that differ between runs.
std::string json_of(const Report& report) {
  std::ostringstream out;
  reports::find_renderer("json")->render(report, {}, out);
  static const std::regex kTiming("\"ms\": [0-9.e+-]+");
  return std::regex_replace(out.str(), kTiming, "\"ms\": 0");
}

/// The JSON report of `inputs` against `schema` compiled without cache, and read from `store`
/// (the first cached compile stores, the second must read the entry back).
std::pair<std::string, std::string> both_ways(const fs::path& schema,
                                              const std::vector<InputSource>& inputs,
                                              const cache::Store& store) {
  const fs::path corpus = test::corpus_dir();
  const auto profile = adhoc_profile({schema}, {corpus / "catalog.xml"}, {});
  const CompiledProfile fresh = compile_profiles({profile});
  compile_profiles({profile}, "", &store);  // stores
  const CompiledProfile cached = compile_profiles({profile}, "", &store);
  BOOST_TEST(cached.document_types.front().schemas != fresh.document_types.front().schemas);
  BOOST_TEST(cached.profiles.front().sha256 == fresh.profiles.front().sha256);
  return {json_of(check_inputs(fresh, inputs, CheckOptions{})),
          json_of(check_inputs(cached, inputs, CheckOptions{}))};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(corpus_cache)

BOOST_AUTO_TEST_CASE(verdict_set_reports_are_identical_with_and_without_cache) {
  const fs::path corpus = test::corpus_dir();
  const auto store = cache::Store::open(test::output_dir("cache-identity") / "cache");
  BOOST_REQUIRE(store);
  std::ifstream stream(corpus / "VERDICTS.json");
  std::map<std::string, std::vector<InputSource>> by_schema;
  for (const auto& entry : nlohmann::json::parse(stream)) {
    if (entry.at("xsd").is_null()) continue;
    const std::string file = entry.at("file");
    by_schema[entry.at("xsd").get<std::string>()].push_back({file, corpus / file});
  }
  BOOST_REQUIRE_GE(by_schema.size(), 4u);
  std::size_t inputs = 0;
  for (const auto& [xsd, sources] : by_schema) {
    const auto [fresh, cached] = both_ways(corpus / xsd, sources, *store);
    BOOST_TEST(fresh == cached, xsd << ": reports differ with the cache");
    inputs += sources.size();
  }
  BOOST_TEST_MESSAGE("inputs compared: " << inputs);
  BOOST_TEST(inputs >= 500u);
}

BOOST_AUTO_TEST_CASE(xbau_reports_and_code_list_bindings_survive_the_cache) {
  const fs::path corpus = test::corpus_dir();
  const fs::path specs = corpus / "xbau/artifacts/xbau/2.6/specs";
  const auto store = cache::Store::open(test::output_dir("cache-identity-xbau") / "cache");
  BOOST_REQUIRE(store);
  const fs::path probe = test::source_dir() / "tests/bench/data/xbau-startup.xml";
  const fs::path schema = specs / "xbau-nachrichten-baugenehmigung.xsd";
  const auto [fresh, cached] = both_ways(schema, {{"xbau-startup.xml", probe}}, *store);
  BOOST_TEST(fresh == cached);
  BOOST_TEST(fresh.find("xsd-valid") != std::string::npos);

  const auto profile = adhoc_profile({schema}, {corpus / "catalog.xml"}, {});
  const auto from_source = compile_profiles({profile}).document_types.front().schemas;
  const auto from_cache =
      compile_profiles({profile}, "", store.get()).document_types.front().schemas;
  BOOST_TEST(from_cache->files() == from_source->files(), boost::test_tools::per_element());
  BOOST_TEST(from_cache->namespaces() == from_source->namespaces(),
             boost::test_tools::per_element());
  const auto want = xml::code_lists_named_by_schema(*from_source);
  const auto got = xml::code_lists_named_by_schema(*from_cache);
  BOOST_TEST(!want.bindings.empty());
  BOOST_REQUIRE_EQUAL(got.bindings.size(), want.bindings.size());
  for (std::size_t i = 0; i < want.bindings.size(); ++i) {
    BOOST_TEST(got.bindings[i].local_name == want.bindings[i].local_name);
    BOOST_TEST(got.bindings[i].list_uri == want.bindings[i].list_uri);
    BOOST_TEST(got.bindings[i].list_version == want.bindings[i].list_version);
    BOOST_TEST(got.bindings[i].code_column == want.bindings[i].code_column);
  }
  BOOST_TEST(got.ambiguous == want.ambiguous, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
