// Catalog::files(): a catalog and every catalog it chains to (nextCatalog, delegate* entries, also
// inside <group>, resolved against xml:base as libxml2 resolves them), each once; a chained
// catalog that is missing or remote is an error at the referencing line.
#include <boost/test/unit_test.hpp>

#include "tests/support/test_paths.h"
#include "tests/unit/xml/test_files.h"
#include "validator/core/config_error.h"
#include "validator/xml/catalog.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::xml;

namespace {

std::string catalog(const std::string& entries) {
  return "<?xml version='1.0'?>\n<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>\n" +
         entries + "</catalog>\n";
}

std::string error_of(const fs::path& file) {
  try {
    Catalog::load(file);
  } catch (const ConfigError& e) {
    return e.located();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xml_catalog_chain)

BOOST_AUTO_TEST_CASE(files_follow_every_chaining_entry_once) {
  const fs::path dir = fs::canonical(test::output_dir("catalog-chain"));
  test::write_file(dir / "catalog.xml",
                   catalog("  <nextCatalog catalog='next/one.xml'/>\n"
                           "  <group xml:base='deep/'>\n"
                           "    <delegateURI uriStartString='urn:x' catalog='two.xml'/>\n"
                           "  </group>\n"
                           "  <delegateSystem systemIdStartString='http://a/' "
                           "catalog='next/one.xml'/>\n"));
  test::write_file(dir / "next" / "one.xml",
                   catalog("  <delegatePublic publicIdStartString='-//X' catalog='../three.xml'/>\n"
                           "  <nextCatalog catalog='../catalog.xml'/>\n"));
  test::write_file(dir / "deep" / "two.xml", catalog(""));
  test::write_file(dir / "three.xml", catalog(""));
  const auto loaded = Catalog::load(dir / "catalog.xml");
  BOOST_TEST(loaded->files() == (std::vector<fs::path>{dir / "catalog.xml", dir / "next/one.xml",
                                                       dir / "three.xml", dir / "deep/two.xml"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_missing_or_remote_chained_catalog_is_an_error_at_its_line) {
  const fs::path dir = test::output_dir("catalog-chain-errors");
  const auto missing = test::write_file(
      dir / "missing.xml",
      catalog("  <uri name='a' uri='a.xsd'/>\n  <nextCatalog catalog='gone.xml'/>\n"));
  const std::string gone = error_of(missing);
  BOOST_TEST(gone.find("missing.xml:4: nextCatalog 'gone.xml' names ") != std::string::npos, gone);
  BOOST_TEST(gone.find("which does not exist") != std::string::npos, gone);
  const auto remote = test::write_file(
      dir / "remote.xml", catalog("  <nextCatalog catalog='https://example.invalid/c.xml'/>\n"));
  const std::string online = error_of(remote);
  BOOST_TEST(online.find("remote.xml:3: nextCatalog 'https://example.invalid/c.xml' is not a "
                         "local file") != std::string::npos,
             online);
}

BOOST_AUTO_TEST_SUITE_END()
