// CodeListStore: lookup by (uri, version), versions side by side, duplicates, determinism.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/test_paths.h"
#include "validator/codelist/code_list_store.h"
#include "validator/codelist/genericode_reader.h"
#include "validator/core/config_error.h"

namespace konform::codelist {
namespace {

std::filesystem::path data_dir() {
  return konform::test::source_dir() / "tests/unit/codelist/data";
}

std::vector<std::string> versions_of(const CodeListStore& store, std::string_view uri) {
  std::vector<std::string> versions;
  for (const CodeList* list : store.versions(uri))
    versions.push_back(list->identification().version);
  return versions;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(code_list_store)

BOOST_AUTO_TEST_CASE(finds_each_version_of_a_list) {
  const CodeListStore store = CodeListStore::Builder()
                                  .add(data_dir() / "small_list_2.xml")
                                  .add(data_dir() / "small_list_1.xml")
                                  .build();
  BOOST_TEST(store.size() == 2u);
  const std::string uri = "urn:konform:test:codeliste:testliste";
  BOOST_TEST((versions_of(store, uri) == std::vector<std::string>{"1", "2"}));
  const CodeList* first = store.find(uri, "1");
  const CodeList* second = store.find(uri, "2");
  BOOST_REQUIRE(first != nullptr);
  BOOST_REQUIRE(second != nullptr);
  BOOST_TEST(first->find_row("B", *first->code_column()).has_value());
  BOOST_TEST(!second->find_row("B", *second->code_column()).has_value());
  BOOST_TEST(store.find(uri, "3") == nullptr);
  BOOST_TEST(store.find("urn:konform:nothing", "1") == nullptr);
  BOOST_TEST(store.versions("urn:konform:nothing").empty());
}

BOOST_AUTO_TEST_CASE(duplicate_uri_and_version_names_both_files) {
  const std::filesystem::path copy = konform::test::output_dir("codelist_store") / "kopie.xml";
  std::filesystem::copy_file(data_dir() / "small_list_1.xml", copy,
                             std::filesystem::copy_options::overwrite_existing);
  // A byte-identical copy is the same list: accepted once.
  BOOST_TEST(
      CodeListStore::Builder().add(data_dir() / "small_list_1.xml").add(copy).build().size() == 1u);
  // The same identity with different content is a conflict naming both files.
  {
    std::ifstream in(copy, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    std::ofstream(copy, std::ios::binary) << text << "\n<!-- changed -->\n";
  }
  try {
    CodeListStore::Builder().add(data_dir() / "small_list_1.xml").add(copy).build();
    BOOST_FAIL("duplicate accepted");
  } catch (const ConfigError& error) {
    const std::string message = error.what();
    BOOST_TEST_MESSAGE(error.located());
    BOOST_TEST(message.find((data_dir() / "small_list_1.xml").string()) != std::string::npos);
    BOOST_TEST(message.find(copy.string()) != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(a_malformed_file_in_a_folder_stops_the_build) {
  // data/ holds the malformed fixtures too: the first in path order is reported.
  try {
    CodeListStore::Builder().add(data_dir()).build();
    BOOST_FAIL("malformed folder accepted");
  } catch (const ConfigError& error) {
    BOOST_TEST(error.file() == (data_dir() / "duplicate_key.xml").string());
  }
  BOOST_CHECK_THROW(CodeListStore::Builder().add(data_dir() / "nope").build(), ConfigError);
}

// The corpus: XBau's XRepository copies hold several versions of many lists; XSchule's folder
// holds version 1.0 of the Destatis Schulabschluss list and XBildung's the 2025-10-28 version.
BOOST_AUTO_TEST_CASE(corpus_lists_live_side_by_side) {
  const std::filesystem::path corpus = konform::test::corpus_dir();
  const CodeListStore store =
      CodeListStore::Builder()
          .add(corpus / "xbau/artifacts/codelists")
          .add(corpus / "xschule/code")
          .add(corpus / "xhochschule/code")
          .add(corpus /
               "xbildung/code/urn-xbildung-de-destatis-codeliste-artdesschulabschlusses.xml")
          .build();
  BOOST_TEST(store.size() == 213u + 30u + 7u + 1u);
  BOOST_TEST((versions_of(store, "urn:xbildung-de:destatis:codeliste:artdesschulabschlusses") ==
              std::vector<std::string>{"1.0", "2025-10-28"}));
  BOOST_TEST((versions_of(store, "urn:de:xoev:codeliste:erreichbarkeit") ==
              std::vector<std::string>{"1", "2", "3", "4", "4.1"}));
  BOOST_TEST(
      versions_of(store, "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat").size() ==
      6u);
  // Lookups from several threads at once on the immutable store.
  std::vector<std::thread> threads;
  std::vector<int> found(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&store, &found, t] {
      for (int i = 0; i < 1000; ++i) {
        const CodeList* list = store.find("urn:de:xoev:codeliste:erreichbarkeit", "4");
        if (list != nullptr && list->find_row("01", *list->code_column())) ++found[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  BOOST_TEST((found == std::vector<int>(4, 1000)));
}

// XBildung's and XSchule's folders share six byte-identical files: the same lists, loaded once.
BOOST_AUTO_TEST_CASE(identical_corpus_copies_in_two_folders_count_once) {
  const std::filesystem::path corpus = konform::test::corpus_dir();
  const auto both =
      CodeListStore::Builder().add(corpus / "xbildung/code").add(corpus / "xschule/code").build();
  const auto xbildung = CodeListStore::Builder().add(corpus / "xbildung/code").build();
  const auto xschule = CodeListStore::Builder().add(corpus / "xschule/code").build();
  BOOST_TEST(both.size() == xbildung.size() + xschule.size() - 6);
  BOOST_TEST(both.find("urn:xbildung-de:kmk:codeliste:artderschule", "1.0") != nullptr);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace konform::codelist
