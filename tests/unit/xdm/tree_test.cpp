#include <boost/test/unit_test.hpp>

#include "tests/unit/xdm/pugi_tree_loader.h"
#include "validator/xdm/node_path.h"

using namespace konform::xdm;
using konform::xdm::test::parse_xml;

BOOST_AUTO_TEST_SUITE(xdm_tree)

BOOST_AUTO_TEST_CASE(document_order_and_links) {
  auto doc = parse_xml("<r a='1' b='2'><x>t1</x><y/><!--c--><?pi data?>t2</r>");
  const Document& d = *doc;
  BOOST_TEST(static_cast<int>(d.kind(0)) == static_cast<int>(NodeKind::kDocument));
  NodeIndex r = d.first_child(0);
  BOOST_TEST(r == 1u);
  BOOST_TEST(d.local_name(r) == "r");
  BOOST_TEST(d.attributes_end(r) == 4u);
  BOOST_TEST(d.local_name(2) == "a");
  BOOST_TEST(d.value(3) == "2");
  NodeIndex x = d.first_child(r);
  BOOST_TEST(d.local_name(x) == "x");
  NodeIndex y = d.next_sibling(x);
  BOOST_TEST(d.local_name(y) == "y");
  BOOST_TEST(d.previous_sibling(y) == x);
  BOOST_TEST(d.previous_sibling(x) == kNoNode);
  NodeIndex c = d.next_sibling(y);
  BOOST_TEST(static_cast<int>(d.kind(c)) == static_cast<int>(NodeKind::kComment));
  NodeIndex pi = d.next_sibling(c);
  BOOST_TEST(d.local_name(pi) == "pi");
  BOOST_TEST(d.value(pi) == "data");
  NodeIndex t2 = d.next_sibling(pi);
  BOOST_TEST(d.value(t2) == "t2");
  BOOST_TEST(d.next_sibling(t2) == kNoNode);
  BOOST_TEST(d.last_child(r) == t2);
  BOOST_TEST(d.string_value(r) == "t1t2");
  BOOST_TEST(d.string_value(0) == "t1t2");
  BOOST_TEST(d.parent(x) == r);
  BOOST_TEST(d.parent(2) == r);
  BOOST_TEST(d.next_sibling(2) == kNoNode);  // attributes have no siblings
  BOOST_TEST(d.subtree_end(r) == d.size());
  BOOST_TEST((d.ref(x) < d.ref(y)));
  BOOST_TEST(!(d.ref(y) < d.ref(x)));
  BOOST_TEST((d.ref(x) == d.ref(x)));
}

BOOST_AUTO_TEST_CASE(text_merging_and_whitespace) {
  TreeBuilder builder;
  builder.start_document();
  builder.start_element({"", "a", "", {}, {1, 1}});
  builder.characters("ab", {1, 4});
  builder.characters("cd", {1, 6});
  builder.characters("  ", {1, 8});
  builder.start_element({"", "b", "", {}, {2, 1}});
  builder.end_element("", "b", {2, 5});
  builder.characters("\n ", {2, 5});
  builder.end_element("", "a", {3, 1});
  builder.end_document();
  auto doc = builder.take();
  NodeIndex a = doc->first_child(0);
  NodeIndex t = doc->first_child(a);
  BOOST_TEST(doc->value(t) == "abcd  ");
  BOOST_TEST(doc->position(t).line == 1);
  BOOST_TEST(doc->position(t).column == 4);
  NodeIndex ws = doc->next_sibling(doc->next_sibling(t));
  BOOST_TEST(doc->value(ws) == "\n ");

  auto stripped = parse_xml("<a> <b>x</b>\n  <c> </c></a>", true);
  NodeIndex sa = stripped->first_child(0);
  BOOST_TEST(stripped->local_name(stripped->first_child(sa)) == "b");
  NodeIndex sc = stripped->next_sibling(stripped->first_child(sa));
  BOOST_TEST(stripped->local_name(sc) == "c");
  BOOST_TEST(stripped->first_child(sc) == kNoNode);
}

BOOST_AUTO_TEST_CASE(namespaces) {
  auto doc = parse_xml(
      "<p:a xmlns:p='urn:p' xmlns='urn:d'><b xmlns:q='urn:q' q:at='v'/><c xmlns=''/></p:a>");
  const Document& d = *doc;
  NodeIndex a = d.first_child(0);
  BOOST_TEST(d.namespace_uri(a) == "urn:p");
  BOOST_TEST(d.prefix(a) == "p");
  BOOST_TEST(d.namespace_count(a) == 3u);  // xml, p, default
  NodeIndex b = d.first_child(a);
  BOOST_TEST(d.namespace_uri(b) == "urn:d");
  BOOST_TEST(d.namespace_count(b) == 4u);
  BOOST_TEST(d.namespace_uri(b + 1) == "urn:q");
  BOOST_TEST(d.local_name(b + 1) == "at");
  NodeIndex c = d.next_sibling(b);
  BOOST_TEST(d.namespace_uri(c) == "");
  BOOST_TEST(d.namespace_count(c) == 2u);  // xml, p
  bool found_xml = false;
  for (const auto& ns : d.in_scope_namespaces(c)) found_xml |= ns.prefix == "xml";
  BOOST_TEST(found_xml);
  NodeRef ns_node{&d, a, 1};
  BOOST_TEST(static_cast<int>(ns_node.kind()) == static_cast<int>(NodeKind::kNamespace));
  BOOST_TEST((d.ref(a) < ns_node));
  BOOST_TEST((ns_node < d.ref(b)));
}

BOOST_AUTO_TEST_CASE(line_and_column) {
  auto doc = parse_xml("<a>\n  <b x='1'>text</b>\n</a>");
  NodeIndex a = doc->first_child(0);
  BOOST_TEST(doc->position(a).line == 1);
  NodeIndex b = doc->next_sibling(doc->first_child(a));
  BOOST_TEST(doc->position(b).line == 2);
  BOOST_TEST(doc->position(b).column >= 3);
  BOOST_TEST(doc->position(b + 1).line == 2);  // attribute: element position
  BOOST_TEST(doc->position(doc->first_child(b)).line == 2);
}

BOOST_AUTO_TEST_CASE(fn_path_canonical_form) {
  auto doc = parse_xml(
      "<inv:Invoice xmlns:inv='urn:inv' xmlns:x='urn:x'><Line/><Line id='2' x:k='v'>a<!--c-->b"
      "</Line><inv:Other/></inv:Invoice>");
  const Document& d = *doc;
  BOOST_TEST(node_path(d.root()) == "/");
  NodeIndex inv = d.first_child(0);
  BOOST_TEST(node_path(d.ref(inv)) == "/Q{urn:inv}Invoice[1]");
  NodeIndex line2 = d.next_sibling(d.first_child(inv));
  BOOST_TEST(node_path(d.ref(line2)) == "/Q{urn:inv}Invoice[1]/Q{}Line[2]");
  BOOST_TEST(node_path(d.ref(line2 + 1)) == "/Q{urn:inv}Invoice[1]/Q{}Line[2]/@id");
  BOOST_TEST(node_path(d.ref(line2 + 2)) == "/Q{urn:inv}Invoice[1]/Q{}Line[2]/@Q{urn:x}k");
  NodeIndex text_b = d.last_child(line2);
  BOOST_TEST(node_path(d.ref(text_b)) == "/Q{urn:inv}Invoice[1]/Q{}Line[2]/text()[2]");
  BOOST_TEST(node_path(d.ref(d.next_sibling(d.first_child(line2)))) ==
             "/Q{urn:inv}Invoice[1]/Q{}Line[2]/comment()[1]");
  BOOST_TEST(node_path(d.ref(d.next_sibling(line2))) == "/Q{urn:inv}Invoice[1]/Q{urn:inv}Other[1]");
}

BOOST_AUTO_TEST_CASE(memory_is_bounded) {
  std::string xml = "<root xmlns='urn:r'>";
  for (int i = 0; i < 2000; ++i)
    xml += "\n  <Item code='A" + std::to_string(i) + "'>value " + std::to_string(i) + "</Item>";
  xml += "\n</root>";
  auto doc = parse_xml(xml);
  BOOST_TEST(doc->memory_bytes() <= 4 * xml.size());
}

// Indentation is stored once: a document whose 2000 text nodes are the same whitespace holds
// less than one copy of them per node; whitespace of one length but other characters and
// text that only starts with whitespace keep their own values.
BOOST_AUTO_TEST_CASE(whitespace_text_is_stored_once) {
  const std::string indent = "\n" + std::string(40, ' ');
  std::string xml = "<root>";
  for (int i = 0; i < 2000; ++i) xml += indent + "<i/>";
  xml += std::string(40, ' ') + "\n<i/>" + indent + "x<i/>\n</root>";
  auto doc = parse_xml(xml);
  const Document& d = *doc;
  const std::size_t nodes_bytes = d.size() * 28;  // Document::Node
  BOOST_TEST(d.memory_bytes() < nodes_bytes + 2000 * indent.size() / 2);
  NodeIndex n = d.first_child(d.first_child(0));
  for (int i = 0; i < 2000; ++i, n = d.next_sibling(d.next_sibling(n))) {
    BOOST_TEST_REQUIRE(d.value(n) == indent);
  }
  BOOST_TEST(d.value(n) == std::string(40, ' ') + "\n");
  n = d.next_sibling(d.next_sibling(n));
  BOOST_TEST(d.value(n) == indent + "x");
  n = d.next_sibling(d.next_sibling(n));
  BOOST_TEST(d.value(n) == "\n");
}

// Name tests compare integers: one code per namespace URI + local name, whatever the prefix.
BOOST_AUTO_TEST_CASE(name_codes_and_element_index) {
  auto doc =
      parse_xml("<p:a xmlns:p='urn:p' xmlns:r='urn:p'><p:b x='1'/><r:b><b/><x/></r:b><p:b/></p:a>");
  const Document& d = *doc;
  NodeIndex a = d.first_child(0);
  NodeIndex b1 = d.first_child(a);
  NodeIndex b2 = d.next_sibling(b1);
  NodeIndex plain_b = d.first_child(b2);
  NodeIndex x = d.next_sibling(plain_b);
  NodeIndex b3 = d.next_sibling(b2);
  NameCode pb = d.find_name_code("urn:p", "b");
  BOOST_TEST(pb != kNoNameCode);
  BOOST_TEST(d.name_code(b1) == pb);
  BOOST_TEST(d.name_code(b2) == pb);  // prefix r, same namespace
  BOOST_TEST(d.name_code(plain_b) != pb);
  BOOST_TEST(d.name_code(plain_b) == d.find_name_code("", "b"));
  BOOST_TEST(d.name_code(b1 + 1) == d.find_name_code("", "x"));  // attribute x
  BOOST_TEST(d.find_name_code("urn:p", "x") == kNoNameCode);
  BOOST_TEST(d.find_name_code("", "c") == kNoNameCode);
  auto named = d.elements_named(pb);
  BOOST_TEST(
      (std::vector<NodeIndex>(named.begin(), named.end()) == std::vector<NodeIndex>{b1, b2, b3}));
  // Elements only: attribute x shares element x's code but is not in the list.
  auto xs = d.elements_named(d.find_name_code("", "x"));
  BOOST_TEST((std::vector<NodeIndex>(xs.begin(), xs.end()) == std::vector<NodeIndex>{x}));
  BOOST_TEST(d.elements_named(kNoNameCode).empty());
}

// The attribute index lists attributes only, by expanded name, in document order.
BOOST_AUTO_TEST_CASE(attribute_index) {
  auto doc =
      parse_xml("<a xmlns:p='urn:p' x='1'><b p:x='2' y='3'><x x='4'/></b><c y='5' x='6'/></a>");
  const Document& d = *doc;
  auto values = [&](NameCode code) {
    std::string out;
    for (NodeIndex n : d.attributes_named(code)) {
      BOOST_TEST((d.kind(n) == NodeKind::kAttribute));
      out += d.value(n);
    }
    return out;
  };
  BOOST_TEST(values(d.find_name_code("", "x")) == "146");
  BOOST_TEST(values(d.find_name_code("urn:p", "x")) == "2");
  BOOST_TEST(values(d.find_name_code("", "y")) == "35");
  BOOST_TEST(values(d.find_name_code("", "b")) == "");
  BOOST_TEST(d.attributes_named(kNoNameCode).empty());
}

BOOST_AUTO_TEST_CASE(string_value_view_copies_only_what_is_not_one_run) {
  auto doc = parse_xml("<r a='attr'><leaf>one run</leaf><empty/><mixed>t1<b>t2</b>t3</mixed></r>");
  const Document& d = *doc;
  NodeIndex r = d.first_child(0);
  NodeIndex attribute = r + 1;
  NodeIndex leaf = d.first_child(r);
  NodeIndex empty = d.next_sibling(leaf);
  NodeIndex mixed = d.next_sibling(empty);
  // One stored run: a view of the document's own text, the same bytes as value(), spill unused.
  for (NodeIndex n : {attribute, leaf, d.first_child(leaf)}) {
    std::string spill;
    std::string_view v = d.string_value_view(n, spill);
    BOOST_TEST(v == d.string_value(n));
    BOOST_TEST(spill.empty());
    NodeIndex run = d.kind(n) == NodeKind::kElement ? d.first_child(n) : n;
    BOOST_TEST(static_cast<const void*>(v.data()) == static_cast<const void*>(d.value(run).data()));
  }
  std::string spill = "stale";
  BOOST_TEST(d.string_value_view(empty, spill).empty());
  // Several text nodes: concatenated in spill, which is reset first.
  for (NodeIndex n : {mixed, r, NodeIndex{0}}) {
    spill = "stale";
    std::string_view v = d.string_value_view(n, spill);
    BOOST_TEST(v == d.string_value(n));
    BOOST_TEST(static_cast<const void*>(v.data()) == static_cast<const void*>(spill.data()));
  }
  BOOST_TEST(d.string_value_view(mixed, spill) == "t1t2t3");
}

BOOST_AUTO_TEST_SUITE_END()
