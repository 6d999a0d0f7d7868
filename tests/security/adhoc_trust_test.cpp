// Ad-hoc mode trusts the artefacts the command line names as xmllint trusts its arguments: their
// relative includes and imports resolve on the local file system wherever they lead (a schema
// including ../common/, a rule set including ../common.sch), from any working folder. The trust
// covers local files only: a remote import reached that way still opens no connection, and an
// external entity or DOCTYPE in a file reached that way is still refused, its target never read.
//
// Layout per case: <out>/work/ is the working folder, <out>/main/ holds what the command line
// names, <out>/common/ what it includes.
#include <boost/test/unit_test.hpp>

#include <map>

#include "tests/security/loopback_server.h"
#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

struct Layout {
  fs::path work;
  fs::path main;
  fs::path common;
  fs::path message;
};

Layout make_layout(const std::string& name) {
  const fs::path root = output_dir("security/adhoc-" + name);
  Layout layout{root / "work", root / "main", root / "common", {}};
  fs::create_directories(layout.work);
  layout.message = instantiate("plain-ns-a.xml", root);
  return layout;
}

/// `validate` with `arguments` and the layout's message, run in its working folder.
RunResult validate(const Layout& layout, std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), "validate");
  arguments.push_back(layout.message.string());
  RunResult result = konform_run(arguments, layout.work);
  BOOST_TEST(within_budget(result), describe(result));
  return result;
}

/// Main schema in main/ that includes `included` (a fixture placed in common/).
fs::path schema_including(const Layout& layout, const std::string& included,
                          const std::map<std::string, std::string>& values = {}) {
  instantiate(included, layout.common, values);
  return instantiate("schema-include-any.xsd", layout.main,
                     {{"@INCLUDED@", "../common/" + included}});
}

/// Main rule set in main/ that includes `included` (a fixture placed in common/).
fs::path rules_including(const Layout& layout, const std::string& included,
                         const std::map<std::string, std::string>& values = {}) {
  instantiate(included, layout.common, values);
  return instantiate("schematron-include-any.sch", layout.main,
                     {{"@INCLUDED@", "../common/" + included}});
}

/// Names the main schema or rule set that includes `fixture` (which reads a fresh secret through
/// an entity) and expects exit 2 saying `why`, the secret's token in no output.
void expect_secret_refused(const Layout& layout, const std::string& fixture,
                           const std::string& why) {
  const std::string token = random_token();
  const std::map<std::string, std::string> values = {
      {"@SECRET@", make_secret(layout.common, token).string()}};
  const bool rules = fs::path(fixture).extension() == ".sch";
  const fs::path main =
      rules ? rules_including(layout, fixture, values) : schema_including(layout, fixture, values);
  RunResult result = validate(layout, {rules ? "--schematron" : "--schema", main.string()});
  BOOST_TEST(result.exit_code == 2, describe(result));
  BOOST_TEST(result.err.find(why) != std::string::npos, result.err);
  BOOST_TEST(result.out.find(token) == std::string::npos, "secret leaked to stdout");
  BOOST_TEST(result.err.find(token) == std::string::npos, "secret leaked to stderr");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(adhoc_trust)

BOOST_AUTO_TEST_CASE(a_schema_reads_its_includes_wherever_they_lead) {
  Layout layout = make_layout("schema-sibling");
  RunResult result =
      validate(layout, {"--schema", schema_including(layout, "outside.xsd").string()});
  BOOST_TEST(result.exit_code == 0, describe(result));
  BOOST_TEST(claims_conformant(result.out), result.out);
}

BOOST_AUTO_TEST_CASE(a_rule_set_reads_its_includes_wherever_they_lead) {
  Layout layout = make_layout("schematron-sibling");
  RunResult result =
      validate(layout, {"--schematron", rules_including(layout, "schematron-pattern.sch").string(),
                        "--format", "json"});
  BOOST_TEST(result.exit_code == 1, describe(result));
  auto entry = input_entry(parse_report(result.out), layout.message.filename().string());
  BOOST_TEST(has_located_finding(entry, "included-rule"), rule_ids(entry));
}

BOOST_AUTO_TEST_CASE(schema_root_is_still_accepted) {
  // Scripts written when --schema-root was the way to allow ../common/ keep working.
  Layout layout = make_layout("schema-root");
  RunResult result = validate(layout, {"--schema", schema_including(layout, "outside.xsd").string(),
                                       "--schema-root", layout.common.string()});
  BOOST_TEST(result.exit_code == 0, describe(result));
}

BOOST_AUTO_TEST_CASE(a_remote_import_behind_a_trusted_include_opens_no_connection) {
  LoopbackServer server;
  Layout layout = make_layout("remote-behind-include");
  const fs::path schema =
      schema_including(layout, "schema-import-remote.xsd", {{"@BASE@", server.base_url()}});
  RunResult result = validate(layout, {"--schema", schema.string()});
  BOOST_TEST(result.exit_code == 2, describe(result));
  BOOST_TEST(result.err.find(server.base_url() + "/x.xsd") != std::string::npos, result.err);
  BOOST_TEST(!claims_conformant(result.out), result.out);
  BOOST_TEST(server.connections() == 0, "konform connected to " << server.base_url());
}

BOOST_AUTO_TEST_CASE(an_external_entity_behind_a_trusted_include_is_never_read) {
  Layout layout = make_layout("entity-behind-include");
  expect_secret_refused(layout, "schema-external-entity.xsd", "external entity");
}

BOOST_AUTO_TEST_CASE(a_doctype_behind_a_trusted_schematron_include_is_refused) {
  Layout layout = make_layout("doctype-behind-include");
  expect_secret_refused(layout, "schematron-doctype.sch", "DOCTYPE");
}

BOOST_AUTO_TEST_SUITE_END()
