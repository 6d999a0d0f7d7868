// `konform profile show` as the renderers write it from a hand-built ChainOverview: text lists the
// files each chain hash covers in sha256sum's format and only the rules a profile changed (off,
// binding floor, reason); JSON lists every rule with every key, empty strings where unset.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "reports/chain_overview_renderers.h"

namespace konform::reports {
namespace {

ChainOverview two_profile_chain() {
  ChainOverview overview;
  overview.chain = {
      {"de.bund", "1.0.0", "federal", "Bund", "/p/bund", "aa", {{"profile.xml", "11"}}},
      {"de.sn",
       "2.1.0",
       "state",
       "Sachsen",
       "/p/sn",
       "bb",
       {{"profile.xml", "22"}, {"rules/sn.sch", "33"}}}};
  overview.document_types = {
      {"gewerbe.anmeldung", "urn:xoev-de:gewerbe", "anmeldung", "xsd/gewerbe.xsd", 2, "de.sn"}};
  overview.rules = {
      {"SN-1", Severity::kWarning, true, Severity::kWarning, "de.sn", "Übergangsfrist"},
      {"SN-2", Severity::kError, false, std::nullopt, "de.sn", ""},
      {"xsd-valid", Severity::kError, true, std::nullopt, "", ""}};
  overview.notices = {"de.bund 1.0.0 is deprecated"};
  return overview;
}

BOOST_AUTO_TEST_SUITE(chain_overview_renderers)

BOOST_AUTO_TEST_CASE(text_shows_hashed_files_and_changed_rules_only) {
  std::ostringstream out;
  render_chain_overview_text(two_profile_chain(), out);
  BOOST_TEST(out.str() ==
             "chain (parents first):\n"
             "  de.bund 1.0.0  federal  sha256 aa\n"
             "    files the chain hash covers (relative to /p/bund):\n"
             "      11  profile.xml\n"
             "  de.sn 2.1.0  state  sha256 bb\n"
             "    files the chain hash covers (relative to /p/sn):\n"
             "      22  profile.xml\n"
             "      33  rules/sn.sch\n"
             "document types:\n"
             "  gewerbe.anmeldung  {urn:xoev-de:gewerbe}anmeldung  (de.sn)\n"
             "rules changed by the chain:\n"
             "  SN-1  warning  by de.sn  binding at warning  reason: Übergangsfrist\n"
             "  SN-2  off  by de.sn\n"
             "note: de.bund 1.0.0 is deprecated\n");
}

BOOST_AUTO_TEST_CASE(json_lists_every_rule_with_every_key) {
  std::ostringstream out;
  render_chain_overview_json(two_profile_chain(), out);
  const auto json = nlohmann::ordered_json::parse(out.str());
  BOOST_TEST(json["chain"][1]["artefacts"][1].dump() == R"({"path":"rules/sn.sch","sha256":"33"})");
  BOOST_TEST(json["chain"][0]["publisher"] == "Bund");
  BOOST_TEST(json["documentTypes"][0].dump() ==
             R"({"id":"gewerbe.anmeldung","namespace":"urn:xoev-de:gewerbe","localName":)"
             R"("anmeldung","schema":"xsd/gewerbe.xsd","schematron":2,"origin":"de.sn"})");
  BOOST_TEST_REQUIRE(json["rules"].size() == 3u);
  BOOST_TEST(json["rules"][1].dump() ==
             R"({"id":"SN-2","severity":"error","enabled":false,"binding":"","declaredBy":)"
             R"("de.sn","reason":""})");
  BOOST_TEST(json["rules"][0]["reason"] == "Übergangsfrist");
  BOOST_TEST(json["rules"][2]["declaredBy"] == "");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
