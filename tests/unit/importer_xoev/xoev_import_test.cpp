// The XÖV release import on small releases written here: messages found by their XÖV names,
// remote schema locations mapped to --with copies, Schematron bound by namespace, and the
// refusals — a library schema with no local copy, a relative path out of the release, a
// non-empty target folder — each listed, with nothing written.
#include <boost/test/unit_test.hpp>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"
#include "validator/core/config_error.h"
#include "validator/importer/xoev/xoev_import.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::importer::xoev;

namespace {

constexpr const char* kLibraryUrl = "https://lib.example/schemata/basis/1_0/basis.xsd";

/// A release whose message schema imports the library by URL, and the library in another folder.
struct Release {
  fs::path dir, release, library;
  explicit Release(const std::string& name) : dir(test::output_dir("xoev-import-" + name)) {
    release = dir / "xdemo-1.0";
    library = dir / "library";
    test::write_text(release / "xsd/xdemo.xsd", std::string(R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:b="urn:test:basis"
           targetNamespace="urn:test:xdemo" elementFormDefault="qualified" version="1.0">
  <xs:import namespace="urn:test:basis"
             schemaLocation=")") + kLibraryUrl +
                                                    R"("/>
  <xs:element name="demo.antrag.0101">
    <xs:complexType><xs:sequence><xs:element name="wert" type="b:Text"/></xs:sequence></xs:complexType>
  </xs:element>
  <xs:element name="hilfselement" type="xs:string"/>
</xs:schema>
)");
    test::write_text(release / "sch/xdemo.sch", R"(<?xml version="1.0"?>
<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
  <sch:ns prefix="d" uri="urn:test:xdemo"/>
  <sch:pattern><sch:rule context="d:wert"><sch:assert id="demo-1" test="string-length(.) gt 0">leer</sch:assert></sch:rule></sch:pattern>
</sch:schema>
)");
    test::write_text(library / "basis.xsd", R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:basis">
  <xs:simpleType name="Text"><xs:restriction base="xs:string"/></xs:simpleType>
</xs:schema>
)");
  }
  XoevImportOptions options(bool with_library) const {
    XoevImportOptions o;
    o.source = release;
    if (with_library) o.with.push_back(library);
    o.into = dir / "profile";
    return o;
  }
};

std::string message_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const ConfigError& e) {
    return e.located();
  }
  return "(no error)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xoev_import)

BOOST_AUTO_TEST_CASE(numbered_messages_become_document_types_and_the_library_url_is_mapped) {
  const Release release("mapped");
  const auto report = import_xoev_release(release.options(true));
  BOOST_TEST(report.id == "xdemo-1.0");
  BOOST_TEST(report.version == "1.0.0");
  BOOST_TEST(report.message_rule == "xoev");
  BOOST_REQUIRE_EQUAL(report.document_types.size(), 1u);  // not "hilfselement"
  const auto& type = report.document_types.front();
  BOOST_TEST(type.local_name == "demo.antrag.0101");
  BOOST_TEST(type.namespace_uri == "urn:test:xdemo");
  BOOST_TEST(type.schema.generic_string() == "release/xsd/xdemo.xsd");
  BOOST_REQUIRE_EQUAL(type.schematrons.size(), 1u);
  BOOST_REQUIRE_EQUAL(report.catalog.size(), 1u);
  BOOST_TEST(report.catalog.front().url == kLibraryUrl);
  BOOST_TEST(report.catalog.front().target.generic_string() == "lib/1-library/basis.xsd");
  BOOST_TEST(fs::is_regular_file(report.profile_dir / "lib/1-library/basis.xsd"));
  BOOST_TEST(fs::is_regular_file(report.profile_dir / "catalog.xml"));
  BOOST_TEST(fs::is_regular_file(report.profile_dir / "release/sch/xdemo.sch"));
}

BOOST_AUTO_TEST_CASE(a_missing_library_schema_is_listed_and_nothing_is_written) {
  const Release release("missing-library");
  const auto options = release.options(false);
  const std::string message = message_of([&] { import_xoev_release(options); });
  BOOST_TEST_MESSAGE(message);
  BOOST_TEST(message.find("1 schema reference(s) could not be resolved") != std::string::npos);
  BOOST_TEST(message.find(kLibraryUrl) != std::string::npos);
  BOOST_TEST(message.find("xdemo.xsd:4") != std::string::npos);  // where the import stands
  BOOST_TEST(message.find("--with DIR") != std::string::npos);
  BOOST_TEST(!fs::exists(options.into));
}

BOOST_AUTO_TEST_CASE(a_relative_location_out_of_the_release_is_refused) {
  const Release release("escape");
  test::write_text(release.release / "xsd/escape.xsd", R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:basis">
  <xs:include schemaLocation="../../library/basis.xsd"/>
</xs:schema>
)");
  const std::string message = message_of([&] { import_xoev_release(release.options(true)); });
  BOOST_TEST(message.find("leads out of the folder it was found in") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_target_folder_that_is_not_empty_is_refused_and_kept) {
  const Release release("not-empty");
  const auto options = release.options(true);
  test::write_text(options.into / "notes.txt", "mine");
  const std::string message = message_of([&] { import_xoev_release(options); });
  BOOST_TEST(message.find("exists and is not empty") != std::string::npos);
  BOOST_TEST(fs::is_regular_file(options.into / "notes.txt"));
}

BOOST_AUTO_TEST_CASE(a_target_folder_inside_the_release_is_refused) {
  const Release release("inside");
  auto options = release.options(true);
  options.into = release.release / "imported";
  const std::string message = message_of([&] { import_xoev_release(options); });
  BOOST_TEST(message.find("lies inside") != std::string::npos);
  BOOST_TEST(!fs::exists(options.into));
}

BOOST_AUTO_TEST_CASE(without_xoev_names_every_global_element_is_a_message) {
  const Release release("global");
  test::write_text(release.release / "xsd/xdemo.xsd", R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:xdemo">
  <xs:element name="bescheinigung" type="xs:string"/>
  <xs:element name="zeugnis" type="xs:string"/>
  <xs:element name="prüfung" type="xs:string"/>
</xs:schema>
)");
  const auto report = import_xoev_release(release.options(false));
  BOOST_TEST(report.message_rule == "global-elements");
  BOOST_REQUIRE_EQUAL(report.document_types.size(), 3u);
  // An umlaut is no character of a document type id: the id replaces it, the match keeps it.
  BOOST_TEST(report.document_types[2].id == "pr__fung");
  BOOST_TEST(report.document_types[2].local_name == "prüfung");
}

BOOST_AUTO_TEST_SUITE_END()
