// Entities and DTDs in messages: every DOCTYPE is refused before its subset is read, so no entity
// (general, parameter, external, in attribute values) is declared, expanded or fetched, and a
// secret file named by an external entity never reaches any output.
#include <boost/test/unit_test.hpp>

#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

namespace {

/// Instantiates `fixture` with a fresh secret, runs it, and checks the rule and that the secret's
/// token appears in neither stdout (the JSON report) nor stderr.
void expect_secret_kept(const std::string& fixture, const std::string& rule_id) {
  const fs::path dir = output_dir("security/" + fs::path(fixture).stem().string());
  const std::string token = random_token();
  const fs::path secret = make_secret(dir, token);
  const fs::path message = instantiate(fixture, dir, {{"@SECRET@", secret.string()}});
  RunResult result = expect_message_finding(message, rule_id);
  BOOST_TEST(result.out.find(token) == std::string::npos, "secret leaked to stdout");
  BOOST_TEST(result.err.find(token) == std::string::npos, "secret leaked to stderr");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(entities)

BOOST_AUTO_TEST_CASE(external_entity_to_local_file_is_refused_and_never_read) {
  expect_secret_kept("xxe-local-file.xml", "xml-doctype-forbidden");
}

BOOST_AUTO_TEST_CASE(parameter_entities_are_refused) {
  expect_secret_kept("parameter-entity.xml", "xml-doctype-forbidden");
}

BOOST_AUTO_TEST_CASE(external_dtd_subset_on_disk_is_refused) {
  expect_secret_kept("external-dtd-local.xml", "xml-doctype-forbidden");
}

BOOST_AUTO_TEST_CASE(entity_in_attribute_value_is_refused_unexpanded) {
  const fs::path dir = output_dir("security/entity-in-attribute");
  RunResult result =
      expect_message_finding(instantiate("entity-in-attribute.xml", dir), "xml-doctype-forbidden");
  BOOST_TEST(result.out.find("expanded-entity-value") == std::string::npos,
             "the entity's replacement text reached the report");
}

BOOST_AUTO_TEST_CASE(doctype_with_only_an_internal_subset_is_refused) {
  const fs::path dir = output_dir("security/doctype-internal-only");
  expect_message_finding(instantiate("doctype-internal-only.xml", dir), "xml-doctype-forbidden");
}

BOOST_AUTO_TEST_CASE(billion_laughs_ends_fast_with_a_finding) {
  const fs::path dir = output_dir("security/billion-laughs");
  expect_message_finding(instantiate("billion-laughs.xml", dir), "xml-doctype-forbidden");
}

BOOST_AUTO_TEST_CASE(quadratic_blowup_ends_fast_with_a_finding) {
  // One 100 KB entity referenced 20,000 times: 2 GB if expanded.
  const fs::path dir = output_dir("security/quadratic-blowup");
  std::string text =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE xdg:gewerbe.anmeldung.0100 [\n"
      "<!ENTITY big \"" +
      std::string(100'000, 'x') + "\">\n]>\n" + profile_root_open();
  for (int i = 0; i < 20'000; ++i) text += "&big;";
  text += profile_root_close() + "\n";
  write_text(dir / "quadratic-blowup.xml", text);
  expect_message_finding(dir / "quadratic-blowup.xml", "xml-doctype-forbidden");
}

BOOST_AUTO_TEST_CASE(xinclude_is_not_processed) {
  // Xerces' SAX parser has no XInclude; this proves it stays that way: the xi:include element is
  // validated as an element (the profile's schema does not allow it, so xsd-valid), and the
  // secret file's text never appears.
  expect_secret_kept("xinclude.xml", "xsd-valid");
}

BOOST_AUTO_TEST_SUITE_END()
