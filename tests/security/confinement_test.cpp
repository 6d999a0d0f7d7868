// Schemas come from the profile's folders only: an xs:include that climbs out with "..", names an
// absolute path elsewhere or goes through a symlink pointing out is a configuration error (exit 2)
// whose message names the refused location; so is a profile manifest whose schema href leaves the
// profile folder.
//
// Layout per case: <out>/schema/ holds the schema (and is the working folder, which ad-hoc mode
// also trusts), <out>/outside/ holds a perfectly valid schema the hostile reference points at.
#include <boost/test/unit_test.hpp>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

struct Layout {
  fs::path root;
  fs::path schema_dir;
  fs::path outside;  ///< a valid schema outside every allowed folder
  fs::path message;
};

Layout make_layout(const std::string& name) {
  Layout layout;
  layout.root = output_dir("security/" + name);
  layout.schema_dir = layout.root / "schema";
  fs::create_directories(layout.schema_dir);
  layout.outside = instantiate("outside.xsd", layout.root / "outside");
  layout.message = instantiate("plain-a.xml", layout.root);
  return layout;
}

/// Runs `konform validate --schema` in the schema folder and expects a refusal naming `named`.
void expect_schema_refused(const Layout& layout, const fs::path& schema, const std::string& named) {
  RunResult result = konform_run({"validate", "--schema", schema.string(), layout.message.string()},
                                 layout.schema_dir);
  BOOST_TEST(result.exit_code == 2, describe(result));
  BOOST_TEST(result.seconds < kMaxSeconds);
  BOOST_TEST(result.err.find("refused") != std::string::npos, result.err);
  BOOST_TEST(result.err.find(named) != std::string::npos,
             "the message does not name " << named << ": " << result.err);
  BOOST_TEST(!claims_conformant(result.out), result.out);
}

/// Runs the example message against a hostile profile folder and expects exit 2 naming `named`.
void expect_profile_refused(const fs::path& profile, const fs::path& message,
                            const std::string& named) {
  RunResult result = konform_run({"validate", "--profile", profile.string(), message.string()});
  BOOST_TEST(result.exit_code == 2, describe(result));
  BOOST_TEST(result.seconds < kMaxSeconds);
  BOOST_TEST(result.err.find("outside the profile folder") != std::string::npos, result.err);
  BOOST_TEST(result.err.find(named) != std::string::npos, result.err);
  BOOST_TEST(!claims_conformant(result.out), result.out);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(confinement)

BOOST_AUTO_TEST_CASE(include_climbing_out_with_dotdot_is_refused) {
  Layout layout = make_layout("include-escape");
  fs::path schema = instantiate("schema-include-escape.xsd", layout.schema_dir);
  expect_schema_refused(layout, schema, "/etc/passwd");
}

BOOST_AUTO_TEST_CASE(include_of_an_absolute_path_outside_is_refused) {
  Layout layout = make_layout("include-absolute");
  fs::path schema = instantiate("schema-include-absolute.xsd", layout.schema_dir,
                                {{"@OUTSIDE@", layout.outside.string()}});
  expect_schema_refused(layout, schema, layout.outside.string());
}

BOOST_AUTO_TEST_CASE(include_through_a_symlink_out_of_the_schema_folder_is_refused) {
  Layout layout = make_layout("include-symlink");
  fs::create_symlink(layout.outside, layout.schema_dir / "link-out.xsd");
  fs::path schema = instantiate("schema-include-symlink.xsd", layout.schema_dir);
  expect_schema_refused(layout, schema, "link-out.xsd");
}

BOOST_AUTO_TEST_CASE(profile_schema_href_with_dotdot_is_refused) {
  // <out>/outside.xsd is two levels above <out>/a/p/profile.xml: href="../../outside.xsd".
  const fs::path root = output_dir("security/profile-escape");
  instantiate("outside.xsd", root);
  const fs::path profile = root / "a/p";
  instantiate("profile-escape/profile.xml", profile);
  expect_profile_refused(profile, instantiate("plain-a.xml", root), "../../outside.xsd");
}

BOOST_AUTO_TEST_CASE(profile_schema_href_through_a_symlink_out_is_refused) {
  const fs::path root = output_dir("security/profile-symlink");
  const fs::path outside = instantiate("outside.xsd", root / "outside");
  const fs::path profile = root / "p";
  instantiate("profile-symlink/profile.xml", profile);
  fs::create_directories(profile / "xsd");
  fs::create_symlink(outside, profile / "xsd/link-out.xsd");
  expect_profile_refused(profile, instantiate("plain-a.xml", root), "xsd/link-out.xsd");
}

BOOST_AUTO_TEST_SUITE_END()
