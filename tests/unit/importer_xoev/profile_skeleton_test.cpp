// `konform init profile --from-xsd`: the skeleton names the messages as document types, lists
// the other global elements, leaves each remote location as a TODO catalog entry, and refuses
// schemas outside the folder and files it would overwrite.
#include <boost/test/unit_test.hpp>

#include "tests/support/files.h"
#include "tests/support/test_paths.h"
#include "validator/core/config_error.h"
#include "validator/importer/xoev/profile_skeleton.h"
#include "validator/profile/manifest_loader.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::importer::xoev;

namespace {

SkeletonOptions fixture(const std::string& name) {
  const fs::path dir = test::output_dir("xoev-skeleton-" + name);
  test::write_text(dir / "xsd/demo.xsd", R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:demo">
  <xs:import namespace="urn:test:lib" schemaLocation="https://lib.example/lib.xsd"/>
  <xs:element name="demo.meldung.0201" type="xs:string"/>
  <xs:element name="anlage" type="xs:string"/>
</xs:schema>
)");
  SkeletonOptions options;
  options.schemas = {dir / "xsd/demo.xsd"};
  options.dir = dir;
  options.id = "demo";
  return options;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xoev_profile_skeleton)

BOOST_AUTO_TEST_CASE(messages_become_document_types_and_remote_locations_todo_entries) {
  const auto options = fixture("written");
  const auto skeleton = write_profile_skeleton(options);
  BOOST_REQUIRE_EQUAL(skeleton.messages.messages.size(), 1u);
  BOOST_TEST(skeleton.other_elements == std::vector<std::string>{"{urn:test:demo}anlage"});
  const std::string manifest = test::read_text(options.dir / "profile.xml");
  BOOST_TEST(manifest.find(R"(<match namespace="urn:test:demo" localName="demo.meldung.0201"/>)") !=
             std::string::npos);
  BOOST_TEST(manifest.find(R"(<schema href="xsd/demo.xsd"/>)") != std::string::npos);
  BOOST_TEST(manifest.find("{urn:test:demo}anlage") != std::string::npos);
  BOOST_TEST(test::read_text(options.dir / "catalog.xml")
                 .find(R"(systemId="https://lib.example/lib.xsd" uri="TODO-lib.xsd")") !=
             std::string::npos);
}

// The manifest's comment once named `--from-xsd`, and "--" ends XML comments: the loader refused
// the skeleton it had just written.
BOOST_AUTO_TEST_CASE(the_written_files_are_well_formed_and_the_manifest_loads) {
  const auto options = fixture("loads");
  write_profile_skeleton(options);
  BOOST_CHECK_NO_THROW(load_profile(options.dir));
  for (const char* file : {"profile.xml", "catalog.xml"}) {
    const std::string text = test::read_text(options.dir / file);
    for (auto open = text.find("<!--"); open != std::string::npos;
         open = text.find("<!--", open + 4)) {
      const auto close = text.find("-->", open + 4);
      BOOST_REQUIRE(close != std::string::npos);
      BOOST_TEST(text.substr(open + 4, close - open - 4).find("--") == std::string::npos, file);
    }
  }
}

BOOST_AUTO_TEST_CASE(existing_files_are_kept_without_force) {
  auto options = fixture("force");
  test::write_text(options.dir / "catalog.xml", "mine");
  BOOST_CHECK_THROW(write_profile_skeleton(options), ConfigError);
  BOOST_TEST(!fs::exists(options.dir / "profile.xml"));  // neither file written
  BOOST_TEST(test::read_text(options.dir / "catalog.xml") == "mine");
  options.force = true;
  write_profile_skeleton(options);
  BOOST_TEST(test::read_text(options.dir / "catalog.xml") != "mine");
}

BOOST_AUTO_TEST_CASE(a_schema_outside_the_folder_is_refused) {
  auto options = fixture("outside");
  options.dir = options.dir / "profile";
  BOOST_CHECK_THROW(write_profile_skeleton(options), ConfigError);
}

BOOST_AUTO_TEST_SUITE_END()
