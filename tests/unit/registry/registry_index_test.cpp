// index.json as konform reads it: releases sorted highest first, URLs resolved against the index,
// every URL kept on the index's origin, malformed entries refused with the entry named.
#include <boost/test/unit_test.hpp>

#include "tests/unit/bundle/bundle_test_support.h"
#include "validator/core/config_error.h"
#include "validator/registry/registry_index.h"

using namespace konform;
using namespace konform::registry;
using konform::test::config_error_of;

namespace {

const std::string kHash(64, 'a');

std::string index_with(const std::string& releases) {
  return R"({"format": "konform-registry-1", "profiles": [{"id": "de.sn.muster", "releases": [)" +
         releases + "]}]}";
}

std::string release(const std::string& version, const std::string& bundle,
                    const std::string& sha256 = kHash) {
  return R"({"version": ")" + version + R"(", "bundle": ")" + bundle + R"(", "sha256": ")" +
         sha256 + R"(", "signature": ")" + bundle + R"(.minisig"})";
}

const net::Url kIndex = net::parse_url("https://registry.example/konform/index.json");

}  // namespace

BOOST_AUTO_TEST_SUITE(registry_index)

BOOST_AUTO_TEST_CASE(releases_resolve_against_the_index_and_sort_highest_first) {
  const auto index =
      parse_index(index_with(release("1.2.0", "b/m-1.2.0.kpkg") + "," +
                             release("1.10.0", "https://registry.example/konform/b/m-1.10.0.kpkg") +
                             "," + release("2.0.0", "/other/m-2.0.0.kpkg")),
                  kIndex);
  BOOST_REQUIRE(index.releases.size() == 3u);
  BOOST_TEST(index.releases[0].version == "2.0.0");
  BOOST_TEST(index.releases[0].bundle.text == "https://registry.example/other/m-2.0.0.kpkg");
  BOOST_TEST(index.releases[1].version == "1.10.0");
  BOOST_TEST(index.releases[2].bundle.text == "https://registry.example/konform/b/m-1.2.0.kpkg");
  BOOST_TEST(index.releases[2].signature.text ==
             "https://registry.example/konform/b/m-1.2.0.kpkg.minisig");
  const auto in_range = releases_in(index, "de.sn.muster", *VersionRange::parse("^1.2"));
  BOOST_REQUIRE(in_range.size() == 2u);
  BOOST_TEST(in_range.front().version == "1.10.0");
  BOOST_TEST(releases_in(index, "de.sn", *VersionRange::parse("*")).empty());
}

BOOST_AUTO_TEST_CASE(an_entry_off_the_index_origin_is_refused) {
  for (const std::string bundle :
       {"https://evil.example/m.kpkg", "http://registry.example/konform/m.kpkg",
        "https://registry.example:8443/m.kpkg", "//evil.example/m.kpkg"}) {
    const std::string error =
        config_error_of([&] { parse_index(index_with(release("1.0.0", bundle)), kIndex); });
    BOOST_TEST(error.find("refused: the index points outside its host: the bundle of "
                          "de.sn.muster 1.0.0 is ") != std::string::npos,
               error);
  }
}

BOOST_AUTO_TEST_CASE(malformed_indexes_are_refused_naming_the_entry) {
  const auto error_of = [](const std::string& text) {
    return config_error_of([&] { parse_index(text, kIndex); });
  };
  BOOST_TEST(error_of("[]").find("not a konform registry index: not a JSON object") !=
             std::string::npos);
  BOOST_TEST(error_of(R"({"format": "other", "profiles": []})").find("\"format\" is not") !=
             std::string::npos);
  BOOST_TEST(error_of(index_with(release("1.0", "m.kpkg")))
                 .find("de.sn.muster 1.0: the version is no semantic version") !=
             std::string::npos);
  BOOST_TEST(error_of(index_with(release("1.0.0", "m.kpkg", "ABC")))
                 .find("sha256 is not 64 lower-case hex digits") != std::string::npos);
  BOOST_TEST(error_of(index_with(R"({"version": "1.0.0"})"))
                 .find("de.sn.muster 1.0.0 lacks the text field \"sha256\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_registry_argument_names_its_index) {
  BOOST_TEST(index_url("https://r.example/konform").text == "https://r.example/konform/index.json");
  BOOST_TEST(index_url("https://r.example/konform/").text ==
             "https://r.example/konform/index.json");
  BOOST_TEST(index_url("https://r.example/a/list.json").text == "https://r.example/a/list.json");
  BOOST_TEST(parse_wanted("de.sn.muster@^1.2").range.text() == "^1.2");
  BOOST_TEST(parse_wanted("de.sn.muster", "^2.0.0").range.text() == "^2.0.0");
  BOOST_TEST(config_error_of([] { parse_wanted("x@not a range"); }).find("is no version range") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
