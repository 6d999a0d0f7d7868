// `konform rules` as the renderers write it: aligned text columns (an id longer than its column
// pushes only its own line) and JSON with every field in a fixed key order, German titles intact.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <sstream>
#include <vector>

#include "reports/rule_catalogue.h"

namespace konform::reports {
namespace {

std::vector<RuleInfo> two_rules() {
  return {{"xml-wellformed", Severity::kError, "The document is well-formed XML",
           "Das Dokument ist wohlgeformtes XML", "XML 1.0 §2.1"},
          {"an-identifier-longer-than-its-column", Severity::kWarning, "Long", "Länge", ""}};
}

BOOST_AUTO_TEST_SUITE(rule_catalogue)

BOOST_AUTO_TEST_CASE(text_is_one_aligned_line_per_rule) {
  std::ostringstream out;
  render_rule_catalogue_text(two_rules(), out);
  BOOST_TEST(out.str() ==
             "xml-wellformed                  error    The document is well-formed XML\n"
             "an-identifier-longer-than-its-columnwarning  Long\n");
}

BOOST_AUTO_TEST_CASE(json_lists_every_field_in_order) {
  std::ostringstream out;
  render_rule_catalogue_json(two_rules(), out);
  const auto json = nlohmann::ordered_json::parse(out.str());
  BOOST_TEST_REQUIRE(json.size() == 2u);
  BOOST_TEST(json[0].dump() ==
             R"({"id":"xml-wellformed","severity":"error","title":"The document is well-formed )"
             R"(XML","titleDe":"Das Dokument ist wohlgeformtes XML","source":"XML 1.0 §2.1"})");
  BOOST_TEST(json[1]["titleDe"] == "Länge");
}

BOOST_AUTO_TEST_CASE(no_rules_is_an_empty_list) {
  std::ostringstream text;
  std::ostringstream json;
  render_rule_catalogue_text({}, text);
  render_rule_catalogue_json({}, json);
  BOOST_TEST(text.str().empty());
  BOOST_TEST(json.str() == "[]\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
