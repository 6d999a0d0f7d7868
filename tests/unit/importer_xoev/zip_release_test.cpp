// Releases published as zip files: a well-formed one imports like its folder; entries that
// would land outside the scratch folder or bring a link along are refused, naming the entry.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "tests/support/test_archives.h"
#include "tests/support/test_paths.h"
#include "validator/core/config_error.h"
#include "validator/importer/xoev/xoev_import.h"
#include "validator/importer/xoev/zip_release.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::importer::xoev;

namespace {

using Entry = test::ArchiveEntry;

void write_zip(const fs::path& zip, const std::vector<Entry>& entries) {
  test::write_archive(zip, test::ArchiveKind::zip, entries);
}

const std::string kSchema = R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:zip">
  <xs:element name="zip.nachricht.0001" type="xs:string"/>
</xs:schema>
)";

std::string refusal(const std::vector<Entry>& entries, const std::string& name) {
  const fs::path dir = test::output_dir("xoev-zip-" + name);
  write_zip(dir / "release.zip", entries);
  XoevImportOptions options;
  options.source = dir / "release.zip";
  options.into = dir / "profile";
  try {
    import_xoev_release(options);
  } catch (const ConfigError& e) {
    BOOST_TEST(!fs::exists(options.into));
    BOOST_TEST(!fs::exists(dir / "evil.xsd"));
    return e.located();
  }
  return "(no error)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xoev_zip_release)

BOOST_AUTO_TEST_CASE(a_zip_with_one_folder_imports_that_folder) {
  const fs::path dir = test::output_dir("xoev-zip-good");
  write_zip(dir / "xzip-1.0.zip", {{"xzip-1.0/xsd/xzip.xsd", kSchema, ""}});
  XoevImportOptions options;
  options.source = dir / "xzip-1.0.zip";
  options.into = dir / "profile";
  const auto report = import_xoev_release(options);
  BOOST_TEST(report.id == "xzip-1.0");
  BOOST_REQUIRE_EQUAL(report.document_types.size(), 1u);
  BOOST_TEST(report.document_types.front().schema.generic_string() == "release/xsd/xzip.xsd");
  BOOST_TEST(fs::is_regular_file(options.into / "release/xsd/xzip.xsd"));
}

BOOST_AUTO_TEST_CASE(an_entry_with_dot_dot_is_refused) {
  const std::string message =
      refusal({{"xsd/ok.xsd", kSchema, ""}, {"xsd/../../evil.xsd", kSchema, ""}}, "dotdot");
  BOOST_TEST_MESSAGE(message);
  BOOST_TEST(message.find("zip entry 'xsd/../../evil.xsd' refused: a '..' step leads out") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_entry_with_an_absolute_path_is_refused) {
  const std::string message = refusal({{"/tmp/evil.xsd", kSchema, ""}}, "absolute");
  BOOST_TEST(message.find("zip entry '/tmp/evil.xsd' refused: an absolute path") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_link_entry_is_refused) {
  const std::string message = refusal({{"xsd/link.xsd", "", "/etc/passwd"}}, "link");
  BOOST_TEST(message.find("zip entry 'xsd/link.xsd' refused: a link") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
