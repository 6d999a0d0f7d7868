#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string>

#include "validator/xml/element_path.h"

using namespace konform::xml;

namespace {

const XMLCh* const kUbl = u"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

/// A root with `count` empty children of distinct names e0, e1, ..., pushed as a parser would.
/// Returns the sibling-name lookups that took.
std::uint64_t lookups_for_distinct_children(std::size_t count) {
  ElementPath path;
  path.clear();
  path.push(kUbl, u"Invoice");
  for (std::size_t i = 0; i < count; ++i) {
    const std::string digits = std::to_string(i);
    const std::u16string name = u"e" + std::u16string(digits.begin(), digits.end());
    path.push(kUbl, name.c_str());
    path.pop();
  }
  return path.sibling_name_lookups();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xml_element_path)

BOOST_AUTO_TEST_CASE(positions_count_siblings_of_the_same_expanded_name) {
  ElementPath path;
  path.clear();
  path.push(kUbl, u"Invoice");
  // More distinct names than the linear search covers, so both searches are exercised.
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 50; ++i) {
      const std::u16string name = u"n" + std::u16string(1, static_cast<char16_t>(u'A' + i));
      path.push(kUbl, name.c_str());
      const std::string expected = "/Q{" +
                                   std::string(
                                       "urn:oasis:names:specification:ubl:schema:"
                                       "xsd:Invoice-2") +
                                   "}Invoice[1]/Q{urn:oasis:names:specification:ubl:schema:xsd:"
                                   "Invoice-2}n" +
                                   std::string(1, static_cast<char>('A' + i)) + "[" +
                                   std::to_string(round + 1) + "]";
      BOOST_TEST(path.to_string() == expected);
      path.pop();
    }
  }
  // The same local name in another namespace is another sibling name.
  path.push(u"urn:other", u"nA");
  BOOST_TEST(
      path.to_string() ==
      "/Q{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice[1]/Q{urn:other}nA[1]");
  path.pop();
}

BOOST_AUTO_TEST_CASE(a_new_parent_starts_its_children_counts_again) {
  ElementPath path;
  path.clear();
  path.push(kUbl, u"Invoice");
  for (int parent = 1; parent <= 2; ++parent) {
    path.push(kUbl, u"Line");
    for (int i = 0; i < 40; ++i) {
      const std::u16string name = u"c" + std::u16string(1, static_cast<char16_t>(u'A' + i));
      path.push(kUbl, name.c_str());
      path.pop();
    }
    path.push(kUbl, u"cA");
    BOOST_TEST(path.to_string().ends_with("}Line[" + std::to_string(parent) +
                                          "]/Q{urn:oasis:names:specification:ubl:schema:xsd:"
                                          "Invoice-2}cA[2]"));
    path.pop();
    path.pop();
  }
}

// Security: a document whose root has N children of N different names cost N²/2 name
// comparisons (80,000 names: 105 s of XSD validation). The work must grow about linearly.
BOOST_AUTO_TEST_CASE(many_distinct_sibling_names_cost_linear_work) {
  const std::uint64_t small = lookups_for_distinct_children(2'000);
  const std::uint64_t large = lookups_for_distinct_children(8'000);
  BOOST_TEST_MESSAGE("lookups: 2,000 names " << small << ", 8,000 names " << large);
  BOOST_TEST(large <= 5 * small);
  BOOST_TEST(large <= 3 * 8'000u);
}

BOOST_AUTO_TEST_SUITE_END()
