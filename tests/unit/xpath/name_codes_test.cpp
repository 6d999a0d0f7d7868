// Name slots and the per-document codes an evaluation keeps for them (name_codes.h).
#include <boost/test/unit_test.hpp>

#include <string>
#include <thread>
#include <vector>

#include "tests/unit/xdm/pugi_tree_loader.h"
#include "validator/xpath/name_codes.h"

using namespace konform::xpath;
using konform::xdm::kNoNameCode;

BOOST_AUTO_TEST_SUITE(name_codes)

BOOST_AUTO_TEST_CASE(one_slot_per_expanded_name) {
  BOOST_TEST(name_slot("urn:n", "a") == name_slot("urn:n", "a"));
  BOOST_TEST(name_slot("urn:n", "a") != name_slot("", "a"));
  BOOST_TEST(name_slot("urn:n", "a") != name_slot("urn:n", "b"));
}

// The cache answers for the document it is asked about, also when documents alternate.
BOOST_AUTO_TEST_CASE(codes_follow_the_document) {
  auto first = konform::xdm::test::parse_xml("<a xmlns:n='urn:n'><n:b/><c/></a>");
  auto second = konform::xdm::test::parse_xml("<n:b xmlns:n='urn:n'><c/><a/></n:b>");
  const std::uint32_t a = name_slot("", "a"), b = name_slot("urn:n", "b"), c = name_slot("", "c");
  const std::uint32_t absent = name_slot("urn:n", "c");
  NameCodeCache cache;
  for (int round = 0; round < 2; ++round) {
    for (const auto* d : {first.get(), second.get()}) {
      BOOST_TEST(cache.code(a, *d) == d->find_name_code("", "a"));
      BOOST_TEST(cache.code(b, *d) == d->find_name_code("urn:n", "b"));
      BOOST_TEST(cache.code(c, *d) == d->find_name_code("", "c"));
      BOOST_TEST(cache.code(absent, *d) == kNoNameCode);
    }
  }
  BOOST_TEST(cache.code(a, *first) != cache.code(a, *second));
  BOOST_TEST(cache.code(a, *first) == first->name_code(1));
  BOOST_TEST(cache.code(b, *second) == second->name_code(1));
}

// Slots handed out on some threads while others look codes up: each thread's new names (more
// than fit one chunk of the slot table) resolve to their codes in its document.
BOOST_AUTO_TEST_CASE(slots_grow_while_other_threads_read_them) {
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &wrong] {
      std::string xml = "<r>";
      for (int i = 0; i < 50; ++i) xml += "<e" + std::to_string(i) + "/>";
      auto document = konform::xdm::test::parse_xml(xml + "</r>");
      NameCodeCache cache;
      for (int i = 0; i < 1500; ++i) {
        const std::string local = "e" + std::to_string(i % 50);
        const std::uint32_t slot =
            name_slot("urn:thread" + std::to_string(t) + ":" + std::to_string(i), local);
        if (cache.code(slot, *document) != kNoNameCode) ++wrong[t];
        if (cache.code(name_slot("", local), *document) != document->find_name_code("", local))
          ++wrong[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  BOOST_TEST(wrong == std::vector<int>(4, 0), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
