#include <boost/test/unit_test.hpp>

#include <xercesc/framework/XMLGrammarPool.hpp>
#include <xercesc/util/XMLString.hpp>

#include <link.h>

#include <string>
#include <thread>
#include <vector>

#include "tests/support/test_paths.h"
#include "validator/xml/catalog.h"
#include "validator/xml/schema_code_lists.h"
#include "validator/xml/schema_set.h"

namespace fs = std::filesystem;
using namespace konform;
using namespace konform::xml;

namespace {

std::shared_ptr<const SchemaSet> example_schemas(std::string* serialized = nullptr) {
  const fs::path profile = test::source_dir() / "profiles/de/sn/musterstadt";
  ResourcePolicy policy({profile}, {Catalog::load(profile / "catalog.xml")});
  return SchemaSet::compile(profile / "xsd/xdemo-gewerbe.xsd", policy, serialized);
}

std::size_t grammar_count(xercesc::XMLGrammarPool& pool) {
  std::size_t count = 0;
  for (auto grammars = pool.getGrammarEnumerator(); grammars.hasMoreElements();
       grammars.nextElement()) {
    ++count;
  }
  return count;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xml_shared_grammar_pool)

BOOST_AUTO_TEST_CASE(a_sealed_pool_takes_no_grammar_and_builds_its_model_once_on_request) {
  auto schemas = example_schemas();
  auto* pool = schemas->pool();
  // Sealed: nothing can be added, taken out or cleared any more.
  BOOST_TEST(!pool->clear());
  auto key = xercesc::XMLString::transcode("urn:xoev-de:musterstadt:standard:xdemo-gewerbe:1.0");
  BOOST_TEST(pool->orphanGrammar(key) == nullptr);
  xercesc::XMLString::release(&key);
  BOOST_TEST(grammar_count(*pool) == schemas->namespaces().size());

  bool changed = false;
  auto* model = pool->getXSModel(changed);
  BOOST_REQUIRE(model != nullptr);
  BOOST_TEST(changed);  // built now, on the first request, not when the pool was sealed
  BOOST_TEST(pool->getXSModel(changed) == model);
  BOOST_TEST(!changed);
}

BOOST_AUTO_TEST_CASE(threads_asking_for_the_model_at_once_get_the_same_one) {
  auto schemas = example_schemas();
  std::vector<xercesc::XSModel*> models(4, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < models.size(); ++i) {
    threads.emplace_back([&, i] {
      bool changed = false;
      models[i] = schemas->pool()->getXSModel(changed);
    });
  }
  for (auto& thread : threads) thread.join();
  BOOST_REQUIRE(models[0] != nullptr);
  for (auto* model : models) BOOST_TEST(model == models[0]);
}

BOOST_AUTO_TEST_CASE(a_pool_read_back_from_its_serialized_form_still_yields_the_code_lists) {
  std::string serialized;
  auto compiled = example_schemas(&serialized);
  BOOST_REQUIRE(!serialized.empty());
  auto restored = SchemaSet::deserialize(serialized, compiled->files());
  const auto from_compiled = code_lists_named_by_schema(*compiled);
  const auto from_restored = code_lists_named_by_schema(*restored);
  BOOST_REQUIRE(from_restored.bindings.size() == from_compiled.bindings.size());
  BOOST_TEST(from_restored.bindings.at(0).list_uri == from_compiled.bindings.at(0).list_uri);
}

#ifdef KONFORM_XERCES_WITHOUT_CURL
namespace {

/// Names of the shared objects loaded into this process.
std::vector<std::string> loaded_objects() {
  std::vector<std::string> names;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* out) {
        static_cast<std::vector<std::string>*>(out)->push_back(info->dlpi_name);
        return 0;
      },
      &names);
  return names;
}

}  // namespace

BOOST_AUTO_TEST_CASE(xerces_runs_without_libcurl_in_the_process) {
  auto schemas = example_schemas();  // Xerces-C is initialised and has compiled a schema
  const auto names = loaded_objects();
  BOOST_TEST(names.size() > 3u);  // the walk itself works: libc, libstdc++, the loader, ...
  for (const auto& name : names) {
    BOOST_TEST_INFO("loaded: " << name);
    BOOST_TEST(name.find("libcurl") == std::string::npos);
  }
}
#endif

BOOST_AUTO_TEST_SUITE_END()
