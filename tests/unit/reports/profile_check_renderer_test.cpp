// `konform profile check` as the renderer writes it from a hand-built summary: the counts in one
// line, then the code lists the chain lacks and the rules without a title in both languages.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "reports/profile_check_renderer.h"

namespace konform::reports {
namespace {

ProfileCheckSummary valid_profile() {
  ProfileCheckSummary summary;
  summary.id = "de.sn.gewerbe";
  summary.version = "2.1.0";
  summary.profiles = 2;
  summary.document_types = 1;
  summary.schematron_rule_sets = 3;
  summary.code_lists = 0;
  summary.rules = 41;
  summary.title_namespace = "urn:konform:schematron:1";
  return summary;
}

std::string rendered(const ProfileCheckSummary& summary) {
  std::ostringstream out;
  render_profile_check_text(summary, out);
  return out.str();
}

BOOST_AUTO_TEST_SUITE(profile_check_renderer)

BOOST_AUTO_TEST_CASE(a_clean_profile_is_one_line_of_counts) {
  BOOST_TEST(rendered(valid_profile()) ==
             "konform: profile de.sn.gewerbe 2.1.0 is valid: 2 profiles in the chain, 1 document "
             "type, 3 Schematron rule sets, 0 code lists, 41 rules\n");
}

BOOST_AUTO_TEST_CASE(missing_code_lists_and_untitled_rules_are_warnings) {
  ProfileCheckSummary summary = valid_profile();
  summary.missing_code_lists = {
      {"urn:de:xoev:codeliste:staat", "", {"{urn:a}staat"}},
      {"urn:de:bund:destatis:ags", "2024-01-01", {"{urn:a}ags", "{urn:a}gemeinde"}}};
  summary.untitled_rules = {{"SN-1", "rules/sn.sch:12", false, false},
                            {"SN-2", "rules/sn.sch:30", true, false},
                            {"SN-3", "rules/sn.sch:44", false, true}};
  const std::string text = rendered(summary);
  const std::string warnings = text.substr(text.find('\n') + 1);
  BOOST_TEST(warnings ==
             "warning: 2 code lists the schemas use but the chain does not carry "
             "(codelist-unknown-list on every message that uses one; add each list's genericode "
             "file to a <codelists> folder of the profile):\n"
             "  urn:de:xoev:codeliste:staat  (version named by the message)  used by {urn:a}staat\n"
             "  urn:de:bund:destatis:ags  version 2024-01-01  used by {urn:a}ags {urn:a}gemeinde\n"
             "konform: warning: rule SN-1 (rules/sn.sch:12) declares no title in English or German "
             "(konform:title, konform:title-de on its assert or report, namespace "
             "urn:konform:schematron:1); reports fall back to the words of its message\n"
             "konform: warning: rule SN-2 (rules/sn.sch:30) declares no German title "
             "(konform:title, konform:title-de on its assert or report, namespace "
             "urn:konform:schematron:1); reports fall back to the words of its message\n"
             "konform: warning: rule SN-3 (rules/sn.sch:44) declares no English title "
             "(konform:title, konform:title-de on its assert or report, namespace "
             "urn:konform:schematron:1); reports fall back to the words of its message\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace konform::reports
