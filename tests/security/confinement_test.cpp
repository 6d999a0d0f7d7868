// A profile reads only files inside its own folder: an xs:include that climbs out with "..",
// names an absolute path elsewhere or goes through a symlink pointing out, a Schematron include
// that climbs out, and a manifest href that leaves the folder are each a configuration error
// (exit 2) whose message names the refused location and the fix. (Ad-hoc mode trusts what the
// command line names, as xmllint does: adhoc_trust_test.)
//
// ConfinementLayout per case: <out>/p/ is the profile (schema in p/xsd/, rule set in p/sch/),
// <out>/outside/ holds a perfectly valid schema the hostile reference points at.
#include <boost/test/unit_test.hpp>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

struct ConfinementLayout {
  fs::path root;
  fs::path profile;
  fs::path outside;  ///< a valid schema outside every allowed folder
  fs::path message;
};

ConfinementLayout make_confinement_layout(const std::string& name) {
  ConfinementLayout layout;
  layout.root = output_dir("security/" + name);
  layout.profile = layout.root / "p";
  fs::create_directories(layout.profile / "xsd");
  layout.outside = instantiate("outside.xsd", layout.root / "outside");
  layout.message = instantiate("plain-a.xml", layout.root);
  return layout;
}

/// Writes the profile manifest for `schema` (a file in p/xsd/) and, when given, a rule set.
void write_profile(const ConfinementLayout& layout, const fs::path& schema,
                   const std::string& rules = "") {
  instantiate("profile-include/profile.xml", layout.profile,
              {{"@SCHEMA@", schema.filename().string()},
               {"@RULES@", rules.empty() ? "" : "<schematron href=\"sch/" + rules + "\"/>"}});
}

/// Runs the message against the layout's profile and expects exit 2 naming `named` and the fix.
void expect_profile_refused(const ConfinementLayout& layout, const std::string& named,
                            const std::string& fix) {
  RunResult result =
      konform_run({"validate", "--profile", layout.profile.string(), layout.message.string()});
  BOOST_TEST(result.exit_code == 2, describe(result));
  BOOST_TEST(within_budget(result), describe(result));
  BOOST_TEST(result.err.find("outside") != std::string::npos, result.err);
  BOOST_TEST(result.err.find(named) != std::string::npos,
             "the message does not name " << named << ": " << result.err);
  BOOST_TEST(result.err.find(fix) != std::string::npos,
             "the message does not say what to do: " << result.err);
  BOOST_TEST(!claims_conformant(result.out), result.out);
}

/// Runs the example message against a hostile profile folder and expects exit 2 naming `named`.
void expect_manifest_refused(const fs::path& profile, const fs::path& message,
                             const std::string& named) {
  RunResult result = konform_run({"validate", "--profile", profile.string(), message.string()});
  BOOST_TEST(result.exit_code == 2, describe(result));
  BOOST_TEST(within_budget(result), describe(result));
  BOOST_TEST(result.err.find("outside the profile folder") != std::string::npos, result.err);
  BOOST_TEST(result.err.find(named) != std::string::npos, result.err);
  BOOST_TEST(result.err.find("copy the file into it") != std::string::npos, result.err);
  BOOST_TEST(!claims_conformant(result.out), result.out);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(confinement)

BOOST_AUTO_TEST_CASE(include_climbing_out_with_dotdot_is_refused) {
  ConfinementLayout layout = make_confinement_layout("include-escape");
  write_profile(layout, instantiate("schema-include-escape.xsd", layout.profile / "xsd"));
  expect_profile_refused(layout, "/etc/passwd", "copy the file into the profile");
}

BOOST_AUTO_TEST_CASE(include_of_an_absolute_path_outside_is_refused) {
  ConfinementLayout layout = make_confinement_layout("include-absolute");
  write_profile(layout, instantiate("schema-include-absolute.xsd", layout.profile / "xsd",
                                    {{"@OUTSIDE@", layout.outside.string()}}));
  expect_profile_refused(layout, layout.outside.string(), "copy the file into the profile");
}

BOOST_AUTO_TEST_CASE(include_through_a_symlink_out_of_the_profile_is_refused) {
  ConfinementLayout layout = make_confinement_layout("include-symlink");
  fs::create_symlink(layout.outside, layout.profile / "xsd/link-out.xsd");
  write_profile(layout, instantiate("schema-include-symlink.xsd", layout.profile / "xsd"));
  expect_profile_refused(layout, "link-out.xsd", "copy the file into the profile");
}

BOOST_AUTO_TEST_CASE(include_of_a_missing_file_outside_is_refused_as_outside) {
  // Confinement is decided before existence: the message must not tell a profile author (or an
  // attacker probing with profiles) whether a file outside the profile exists.
  ConfinementLayout layout = make_confinement_layout("include-missing-outside");
  write_profile(layout, instantiate("schema-include-any.xsd", layout.profile / "xsd",
                                    {{"@INCLUDED@", "../../outside/no-such-file.xsd"}}));
  expect_profile_refused(layout, "no-such-file.xsd", "copy the file into the profile");
  RunResult result =
      konform_run({"validate", "--profile", layout.profile.string(), layout.message.string()});
  BOOST_TEST(result.err.find("does not exist") == std::string::npos, result.err);
}

BOOST_AUTO_TEST_CASE(schematron_include_climbing_out_is_refused) {
  ConfinementLayout layout = make_confinement_layout("schematron-include-escape");
  instantiate("schematron-pattern.sch", layout.root / "outside");
  instantiate("schematron-include-any.sch", layout.profile / "sch",
              {{"@INCLUDED@", "../../outside/schematron-pattern.sch"}});
  write_profile(layout, instantiate("outside.xsd", layout.profile / "xsd"),
                "schematron-include-any.sch");
  expect_profile_refused(layout, "../../outside/schematron-pattern.sch",
                         "copy the included file into it");
}

BOOST_AUTO_TEST_CASE(profile_schema_href_with_dotdot_is_refused) {
  // <out>/outside.xsd is two levels above <out>/a/p/profile.xml: href="../../outside.xsd".
  const fs::path root = output_dir("security/profile-escape");
  instantiate("outside.xsd", root);
  const fs::path profile = root / "a/p";
  instantiate("profile-escape/profile.xml", profile);
  expect_manifest_refused(profile, instantiate("plain-a.xml", root), "../../outside.xsd");
}

BOOST_AUTO_TEST_CASE(profile_schema_href_through_a_symlink_out_is_refused) {
  const fs::path root = output_dir("security/profile-symlink");
  const fs::path outside = instantiate("outside.xsd", root / "outside");
  const fs::path profile = root / "p";
  instantiate("profile-symlink/profile.xml", profile);
  fs::create_directories(profile / "xsd");
  fs::create_symlink(outside, profile / "xsd/link-out.xsd");
  expect_manifest_refused(profile, instantiate("plain-a.xml", root), "xsd/link-out.xsd");
}

BOOST_AUTO_TEST_SUITE_END()
