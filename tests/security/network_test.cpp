// No network, ever: every place where XML can name a URL (schema hints in messages, external DTD
// subsets, xs:import / xs:include in schemas) points at a loopback server started by the test.
// The server counts accepted connections; the count must stay at zero in every case.
#include <boost/test/unit_test.hpp>

#include "tests/security/loopback_server.h"
#include "tests/security/security_support.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;
using namespace konform::test::security;

BOOST_AUTO_TEST_SUITE(network)

BOOST_AUTO_TEST_CASE(xsi_schema_location_in_message_is_ignored) {
  LoopbackServer server;
  const fs::path dir = output_dir("security/schema-location-remote");
  const fs::path message =
      instantiate("schema-location-remote.xml", dir, {{"@BASE@", server.base_url()}});
  // The profile's own schema decides: the message is invalid against it.
  expect_message_finding(message, "xsd-valid");
  BOOST_TEST(server.connections() == 0, "konform connected to " << server.base_url());
}

BOOST_AUTO_TEST_CASE(xsi_no_namespace_schema_location_is_ignored) {
  LoopbackServer server;
  const fs::path dir = output_dir("security/no-namespace-schema-location");
  const fs::path schema = instantiate("strict-a.xsd", dir);
  const fs::path message =
      instantiate("no-namespace-schema-location.xml", dir, {{"@BASE@", server.base_url()}});
  RunResult result = konform_run(
      {"validate", "--schema", schema.string(), "--format", "json", message.string()}, dir);
  BOOST_TEST(result.exit_code == 1, describe(result));
  BOOST_TEST(within_budget(result), describe(result));
  auto report = parse_report(result.out);
  BOOST_TEST(report.value("verdict", "") == "not-conformant");
  auto entry = input_entry(report, message.filename().string());
  BOOST_TEST(has_located_finding(entry, "xsd-valid"), rule_ids(entry));
  BOOST_TEST(server.connections() == 0, "konform connected to " << server.base_url());
}

BOOST_AUTO_TEST_CASE(external_dtd_subset_over_http_is_not_fetched) {
  LoopbackServer server;
  const fs::path dir = output_dir("security/external-dtd-remote");
  const fs::path message =
      instantiate("external-dtd-remote.xml", dir, {{"@BASE@", server.base_url()}});
  expect_message_finding(message, "xml-doctype-forbidden");
  BOOST_TEST(server.connections() == 0, "konform connected to " << server.base_url());
}

BOOST_AUTO_TEST_CASE(remote_schema_import_and_include_are_configuration_errors) {
  for (const std::string fixture : {"schema-import-remote.xsd", "schema-include-remote.xsd"}) {
    BOOST_TEST_CONTEXT(fixture) {
      LoopbackServer server;
      const fs::path dir = output_dir("security/" + fs::path(fixture).stem().string());
      const fs::path schema = instantiate(fixture, dir, {{"@BASE@", server.base_url()}});
      const fs::path message = instantiate("plain-a.xml", dir);
      RunResult result =
          konform_run({"validate", "--schema", schema.string(), message.string()}, dir);
      BOOST_TEST(result.exit_code == 2, describe(result));
      BOOST_TEST(within_budget(result), describe(result));
      const std::string location = server.base_url() + "/x.xsd";
      BOOST_TEST(result.err.find(location) != std::string::npos,
                 "the message does not name the refused location: " << result.err);
      BOOST_TEST(!claims_conformant(result.out), result.out);
      BOOST_TEST(server.connections() == 0, "konform connected to " << server.base_url());
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
