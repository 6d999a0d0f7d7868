// A chain's rule catalogue written once and spliced into each json, xml or sarif report must give
// exactly the bytes the format's renderer writes, whatever the report holds, and must not be used
// for a report whose rules differ from it (a waiver adds one).
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "reports/formats.h"
#include "reports/sarif_rule_catalogue.h"
#include "reports/text_rule_catalogues.h"
#include "tests/unit/reports/awkward_report.h"

namespace konform::reports {
namespace {

/// One format: its catalogue, its renderer, and the renderer with a catalogue.
template <typename Catalogue>
struct Format {
  std::string_view name;
  void (*render)(const Report&, const RenderOptions&, std::ostream&);
  RenderedPieces (*render_with)(const Report&, const Catalogue&);
};

const Format<JsonRuleCatalogue> kJson{"json", render_json, render_json_with};
const Format<XmlRuleCatalogue> kXml{"xml", render_xml, render_xml_with};
const Format<SarifRuleCatalogue> kSarif{"sarif", render_sarif, render_sarif_with};

template <typename Catalogue>
std::string rendered(const Format<Catalogue>& format, const Report& report) {
  std::ostringstream out;
  format.render(report, {}, out);
  return out.str();
}

template <typename Catalogue>
void check_same_bytes(const Format<Catalogue>& format, const Report& report) {
  const Catalogue catalogue(report.rules);
  BOOST_TEST(catalogue.lists(report.rules));
  BOOST_TEST(joined(format.render_with(report, catalogue)) == rendered(format, report),
             format.name);
}

template <typename Catalogue>
void check_every_fixture(const Format<Catalogue>& format) {
  check_same_bytes(format, test::awkward_report());
  check_same_bytes(format, test::empty_report());
  check_same_bytes(format, test::hostile_report());
}

template <typename Catalogue>
void check_other_rules_rendered_afresh(const Format<Catalogue>& format) {
  Report report = test::awkward_report();
  BOOST_REQUIRE(!report.rules.empty());
  const Catalogue catalogue(report.rules);
  report.rules.push_back({"waiver-expired", Severity::kWarning, "A waiver expired",
                          "Eine Ausnahme ist abgelaufen", "konform"});
  BOOST_TEST(!catalogue.lists(report.rules));
  const std::string text = joined(format.render_with(report, catalogue));
  BOOST_TEST(text == rendered(format, report), format.name);
  BOOST_TEST(text.find("waiver-expired") != std::string::npos, format.name);
}

BOOST_AUTO_TEST_SUITE(rule_catalogue_text)

BOOST_AUTO_TEST_CASE(spliced_reports_are_the_renderers_bytes) {
  check_every_fixture(kJson);
  check_every_fixture(kXml);
  check_every_fixture(kSarif);
}

BOOST_AUTO_TEST_CASE(a_report_with_other_rules_is_rendered_with_its_own) {
  check_other_rules_rendered_afresh(kJson);
  check_other_rules_rendered_afresh(kXml);
  check_other_rules_rendered_afresh(kSarif);
}

BOOST_AUTO_TEST_CASE(each_catalogue_is_written_where_its_format_lists_the_rules) {
  const Report report = test::awkward_report();
  const JsonRuleCatalogue json(report.rules);
  BOOST_TEST(json.text().starts_with("\n  \"rules\": [\n    {\n      \"id\": "));
  BOOST_TEST(json.text().ends_with("\n  ]"));
  const XmlRuleCatalogue xml(report.rules);
  BOOST_TEST(xml.text().starts_with("\n  <rules>\n    <rule id="));
  BOOST_TEST(xml.text().ends_with("\n  </rules>\n"));
  const SarifRuleCatalogue sarif(report.rules);
  BOOST_TEST(sarif.text().starts_with("\n          \"rules\": [\n            {\n"));
  BOOST_TEST(sarif.text().ends_with("\n          ]"));
}

BOOST_AUTO_TEST_CASE(sarif_results_find_their_rule_in_the_catalogues_index) {
  const Report report = test::awkward_report();
  const SarifRuleCatalogue sarif(report.rules);
  BOOST_REQUIRE_EQUAL(sarif.index().size(), report.rules.size());
  for (std::size_t i = 0; i < report.rules.size(); ++i) {
    BOOST_TEST(sarif.index().at(report.rules[i].id) == i);
  }
  // The index outlives the list it was built from: it views the catalogue's own rules.
  const SarifRuleCatalogue kept = [&] {
    RuleList copy = std::vector<RuleInfo>(report.rules.begin(), report.rules.end());
    return SarifRuleCatalogue(copy);
  }();
  BOOST_TEST(rendered(kSarif, report) == joined(render_sarif_with(report, kept)));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
