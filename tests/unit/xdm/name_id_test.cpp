#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "validator/xdm/id_table.h"
#include "validator/xdm/tree_builder.h"

using namespace konform::xdm;

BOOST_AUTO_TEST_SUITE(xdm_name_ids)

// Names that the table's hash cannot tell apart (same local name and prefix, namespace URIs of
// one length and one ending) and names that differ in one part only must still get their own
// ids; a name seen again must get the id it got first, also after the table has grown.
BOOST_AUTO_TEST_CASE(names_differing_in_one_part_get_their_own_ids) {
  TreeBuilder builder;
  builder.start_document();
  builder.start_element({"urn:a:same-tail", "root", "", {}, {1, 1}});
  struct Name {
    std::string ns, local, prefix;
  };
  std::vector<Name> names = {
      {"urn:a:same-tail", "x", "p"},
      {"urn:b:same-tail", "x", "p"},
      {"urn:a:same-tail", "x", "q"},
      {"urn:a:same-tail", "y", "p"},
      {"", "x", "p"},
      {"", "x", ""},
  };
  for (int i = 0; i < 200; ++i) names.push_back({"urn:n", "e" + std::to_string(i), ""});
  for (int round = 0; round < 2; ++round) {
    for (const Name& name : names) {
      const konform::XmlAttribute attribute{name.ns, name.local, name.prefix, "v"};
      builder.start_element({name.ns, name.local, name.prefix, {&attribute, 1}, {2, 1}});
      builder.end_element(name.ns, name.local, {2, 2});
    }
  }
  builder.end_element("urn:a:same-tail", "root", {3, 1});
  builder.end_document();
  auto doc = builder.take();
  const Document& d = *doc;
  // The empty name, root's name and one per listed name (an attribute shares its element's).
  BOOST_TEST(d.name_id_count() == 2 + names.size());
  NodeIndex n = d.first_child(d.first_child(0));
  for (int round = 0; round < 2; ++round) {
    for (std::size_t i = 0; i < names.size(); ++i, n = d.next_sibling(n)) {
      BOOST_TEST_CONTEXT("round " << round << ", name " << i) {
        BOOST_TEST(d.namespace_uri(n) == names[i].ns);
        BOOST_TEST(d.local_name(n) == names[i].local);
        BOOST_TEST(d.prefix(n) == names[i].prefix);
        BOOST_TEST(d.name_id_of(n) == 2 + i);
        BOOST_TEST(d.name_id_of(n + 1) == d.name_id_of(n));  // its attribute
      }
    }
  }
  BOOST_TEST(n == kNoNode);
}

// Many ids under few distinct hashes (collisions and probe runs), across the table's growth.
BOOST_AUTO_TEST_CASE(table_finds_what_was_inserted_and_nothing_else) {
  IdTable table;
  const auto hash_of = [](std::uint32_t id) { return std::uint64_t{id % 7} * 0x100000001u; };
  for (std::uint32_t id = 0; id < 1000; id += 2) {
    BOOST_TEST(table.find(hash_of(id), [&](std::uint32_t other) { return other == id; }) ==
               IdTable::kAbsent);
    table.insert(hash_of(id), id);
  }
  BOOST_TEST(table.size() == 500u);
  for (std::uint32_t id = 0; id < 1000; ++id) {
    const auto found = table.find(hash_of(id), [&](std::uint32_t other) { return other == id; });
    BOOST_TEST(found == (id % 2 == 0 ? id : IdTable::kAbsent));
  }
  table.clear();
  BOOST_TEST(table.find(hash_of(0), [](std::uint32_t) { return true; }) == IdTable::kAbsent);
}

BOOST_AUTO_TEST_SUITE_END()
