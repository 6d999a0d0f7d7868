#include <boost/test/unit_test.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/xml/test_files.h"
#include "validator/core/config_error.h"
#include "validator/profile/artefact_hash.h"
#include "validator/profile/manifest_loader.h"

namespace fs = std::filesystem;
using namespace konform;

namespace {

std::string manifest(const std::string& body, const std::string& attributes =
                                                  "id='de.test.p' version='1.2.3' level='state'") {
  return "<?xml version='1.0'?>\n<profile xmlns='urn:konform:profile:1' " + attributes +
         ">\n<title>T</title>\n<publisher>P</publisher>\n" + body + "</profile>\n";
}

const std::string kDocumentType =
    "<documentType id='d'><match namespace='urn:t' localName='a'/><schema "
    "href='a.xsd'/></documentType>\n";

std::string config_error_of(const fs::path& dir) {
  try {
    load_profile(dir);
  } catch (const ConfigError& e) {
    return e.located();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_manifest)

BOOST_AUTO_TEST_CASE(the_shipped_example_profile_loads) {
  Profile profile = load_profile(test::source_dir() / "profiles/de/sn/musterstadt");
  BOOST_TEST(profile.id == "de.sn.musterstadt");
  BOOST_TEST(profile.level == "municipal");
  BOOST_REQUIRE_EQUAL(profile.document_types.size(), 1u);
  BOOST_TEST(profile.document_types[0].match.local_name == "gewerbe.anmeldung.0100");
  BOOST_TEST(profile.document_types[0].catalogs.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_minimal_manifest_loads) {
  const fs::path dir = test::output_dir("manifest-minimal");
  test::write_file(dir / "a.xsd", "<a/>");
  test::write_file(dir / "profile.xml", manifest(kDocumentType));
  Profile profile = load_profile(dir);
  BOOST_TEST(profile.version == "1.2.3");
  BOOST_TEST(profile.document_types[0].schema == fs::canonical(dir / "a.xsd"));
}

BOOST_AUTO_TEST_CASE(schema_violations_are_located_in_the_manifest) {
  const fs::path dir = test::output_dir("manifest-invalid");
  test::write_file(dir / "profile.xml",
                   manifest("", "id='de.test.p' version='1.2' level='kingdom'"));
  const std::string error = config_error_of(dir);
  BOOST_TEST_MESSAGE(error);
  BOOST_TEST(error.find("profile.xml:2:") != std::string::npos);
  BOOST_TEST(error.find("invalid profile manifest") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(duplicate_document_type_ids_are_refused) {
  const fs::path dir = test::output_dir("manifest-duplicate");
  test::write_file(dir / "a.xsd", "<a/>");
  test::write_file(dir / "profile.xml", manifest(kDocumentType + kDocumentType));
  BOOST_TEST(config_error_of(dir).find("invalid profile manifest") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(artefacts_outside_the_profile_are_refused) {
  const fs::path dir = test::output_dir("manifest-escape");
  test::write_file(dir / "outside.xsd", "<a/>");
  test::write_file(dir / "p/profile.xml",
                   manifest("<documentType id='d'><match namespace='' localName='a'/>"
                            "<schema href='../outside.xsd'/></documentType>\n"));
  BOOST_TEST(config_error_of(dir / "p").find("outside the profile folder") != std::string::npos);

  fs::create_symlink(dir / "outside.xsd", dir / "p/link.xsd");
  test::write_file(dir / "p/profile.xml",
                   manifest("<documentType id='d'><match namespace='' localName='a'/>"
                            "<schema href='link.xsd'/></documentType>\n"));
  const std::string error = config_error_of(dir / "p");
  BOOST_TEST(error.find("outside the profile folder") != std::string::npos);
  BOOST_TEST(error.find("profile.xml:5") != std::string::npos);  // the line of <schema>
}

BOOST_AUTO_TEST_CASE(missing_artefacts_and_manifests_are_errors) {
  const fs::path dir = test::output_dir("manifest-missing");
  test::write_file(dir / "profile.xml", manifest(kDocumentType));
  BOOST_TEST(config_error_of(dir).find("'a.xsd' not found") != std::string::npos);
  BOOST_TEST(config_error_of(dir / "nope").find("profile folder not found") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_manifest_with_a_doctype_is_refused) {
  const fs::path dir = test::output_dir("manifest-doctype");
  test::write_file(dir / "profile.xml", "<!DOCTYPE profile [<!ENTITY x 'y'>]>" + manifest(""));
  BOOST_TEST(config_error_of(dir).find("invalid profile manifest") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(artefact_hash_changes_with_content_and_name) {
  const fs::path dir = test::output_dir("manifest-hash");
  test::write_file(dir / "a.xsd", "one");
  test::write_file(dir / "b.xsd", "two");
  const auto both = sha256_of_artefacts({dir / "a.xsd", dir / "b.xsd"}, dir);
  BOOST_TEST(both == sha256_of_artefacts({dir / "b.xsd", dir / "a.xsd"}, dir));
  BOOST_TEST(both.size() == 64u);
  test::write_file(dir / "b.xsd", "three");
  BOOST_TEST(both != sha256_of_artefacts({dir / "a.xsd", dir / "b.xsd"}, dir));
  BOOST_TEST(sha256_of_file(dir / "a.xsd") ==
             "7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed");
}

BOOST_AUTO_TEST_SUITE_END()
