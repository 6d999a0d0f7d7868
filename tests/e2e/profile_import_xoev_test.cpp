// `konform profile import` on the command line: a release whose library schema has no local copy
// is refused with exit code 2, every unresolved reference on standard error, nothing written;
// with the library given by --with it writes a profile that `profile check` accepts.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "tests/support/files.h"
#include "tests/support/process.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace konform::test;

namespace {

fs::path release_with_remote_library(const fs::path& dir) {
  write_text(dir / "release/xsd/demo.xsd", R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:b="urn:test:basis"
           targetNamespace="urn:test:demo">
  <xs:import namespace="urn:test:basis" schemaLocation="https://lib.example/basis.xsd"/>
  <xs:element name="demo.meldung.0001" type="b:Text"/>
</xs:schema>
)");
  write_text(dir / "library/basis.xsd", R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:basis">
  <xs:simpleType name="Text"><xs:restriction base="xs:string"/></xs:simpleType>
</xs:schema>
)");
  return dir / "release";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_import_xoev)

BOOST_AUTO_TEST_CASE(a_missing_library_schema_is_exit_2_with_the_reference_listed) {
  const fs::path dir = output_dir("cli-import-missing");
  const fs::path release = release_with_remote_library(dir);
  const auto r =
      run_konform({"profile", "import", release.string(), "--into", (dir / "profile").string()});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("https://lib.example/basis.xsd (namespace urn:test:basis)") !=
             std::string::npos);
  BOOST_TEST(r.err.find("demo.xsd:4") != std::string::npos);
  BOOST_TEST(!fs::exists(dir / "profile"));
}

BOOST_AUTO_TEST_CASE(with_the_library_the_profile_passes_profile_check) {
  const fs::path dir = output_dir("cli-import-with");
  const fs::path release = release_with_remote_library(dir);
  const auto imported =
      run_konform({"profile", "import", release.string(), "--into", (dir / "profile").string(),
                   "--with", (dir / "library").string(), "--id", "demo"});
  BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  BOOST_TEST(imported.out.find("1 document type") != std::string::npos);
  const auto checked = run_konform({"profile", "check", (dir / "profile").string()});
  BOOST_TEST(checked.exit_code == 0, checked.err);
  write_text(dir / "message.xml",
             "<demo.meldung.0001 xmlns=\"urn:test:demo\">text</demo.meldung.0001>");
  const auto validated = run_konform(
      {"validate", "--profile", (dir / "profile").string(), (dir / "message.xml").string()});
  BOOST_TEST(validated.exit_code == 0, validated.out << validated.err);
}

BOOST_AUTO_TEST_SUITE_END()
