// What the reader says about a validity error as data (ReadError::facts) comes from Xerces-C's
// structures, the type the element is validated against, not from its English message: the
// attributes a start tag lacks from the type's attribute declarations, the expected children from
// its content model. Prefixed names are where reading them from the message went wrong.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "validator/xml/xml_reader.h"

using namespace konform;
using namespace konform::xml;

namespace {

const char* kCodesSchema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    targetNamespace="urn:c" xmlns="urn:c" elementFormDefault="qualified">
  <xs:element name="doc"><xs:complexType><xs:sequence>
    <xs:element name="a" type="xs:string" minOccurs="0"/>
    <xs:element name="b" maxOccurs="unbounded"><xs:complexType>
      <xs:attribute name="listURI" type="xs:string"/>
      <xs:attribute name="listVersionID" type="xs:string" use="required"/>
      <xs:attribute name="listAgencyID" type="xs:string" use="required"/>
    </xs:complexType></xs:element>
    <xs:element name="e" minOccurs="0"><xs:complexType><xs:sequence>
      <xs:element name="f" type="xs:string"/>
    </xs:sequence></xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>)";

std::vector<ReadError> errors_of(const std::string& xml) {
  static const auto schema = SchemaSet::compile_embedded(kCodesSchema, "codes.xsd");
  XmlReader reader(schema);
  std::vector<ReadError> errors;
  reader.read(xml, "in.xml", nullptr, errors);
  return errors;
}

std::vector<const ReadError*> of_kind(const std::vector<ReadError>& errors,
                                      SchemaError::Kind kind) {
  std::vector<const ReadError*> found;
  for (const ReadError& error : errors) {
    if (error.facts.kind == kind) found.push_back(&error);
  }
  return found;
}

using Names = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(validity_facts)

BOOST_AUTO_TEST_CASE(missing_required_attributes_of_a_prefixed_element_are_named_in_order) {
  const auto errors = errors_of("<c:doc xmlns:c='urn:c'><c:b listURI='u'/></c:doc>");
  const auto missing = of_kind(errors, SchemaError::Kind::kRequiredAttributeMissing);
  BOOST_REQUIRE_EQUAL(missing.size(), 2u);
  Names named;
  for (const ReadError* error : missing) {
    named.push_back(error->facts.attribute);
    // Each error names the attribute its own message is about, whatever order Xerces-C uses.
    BOOST_TEST(error->message.find("'" + error->facts.attribute + "'") != std::string::npos,
               error->message);
    BOOST_TEST(error->location.xpath == "/Q{urn:c}doc[1]/Q{urn:c}b[1]");
  }
  std::sort(named.begin(), named.end());
  BOOST_TEST(named == (Names{"listAgencyID", "listVersionID"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_attribute_that_is_present_is_not_named_missing) {
  const auto errors =
      errors_of("<c:doc xmlns:c='urn:c'><c:b listAgencyID='6' listURI='u'/></c:doc>");
  const auto missing = of_kind(errors, SchemaError::Kind::kRequiredAttributeMissing);
  BOOST_REQUIRE_EQUAL(missing.size(), 1u);
  BOOST_TEST(missing[0]->facts.attribute == "listVersionID");
}

BOOST_AUTO_TEST_CASE(a_prefixed_child_the_content_model_refuses_gets_the_expected_children) {
  const auto errors =
      errors_of("<c:doc xmlns:c='urn:c'><c:b listVersionID='1' listAgencyID='6'/><c:x/></c:doc>");
  const auto not_allowed = of_kind(errors, SchemaError::Kind::kElementNotAllowed);
  BOOST_REQUIRE_EQUAL(not_allowed.size(), 1u);
  BOOST_TEST(not_allowed[0]->facts.expected == (Names{"a", "b", "e"}),
             boost::test_tools::per_element());
  BOOST_TEST(not_allowed[0]->location.xpath == "/Q{urn:c}doc[1]/Q{urn:c}x[1]");
}

BOOST_AUTO_TEST_CASE(too_few_children_name_the_content_model_of_the_element_checked) {
  // The element's own model, not its parent's: the validator drops the element's type as it
  // starts checking the content (right after an empty element's start tag, at the end tag of
  // others), so the type is no longer where the reader would have looked for it.
  const auto empty =
      errors_of("<c:doc xmlns:c='urn:c'><c:b listVersionID='1' listAgencyID='6'/><c:e/></c:doc>");
  BOOST_REQUIRE_EQUAL(empty.size(), 1u);
  BOOST_TEST(empty[0].facts.expected == (Names{"f"}), boost::test_tools::per_element());

  const auto open = errors_of(
      "<c:doc xmlns:c='urn:c'><c:b listVersionID='1' listAgencyID='6'/><c:e></c:e></c:doc>");
  BOOST_REQUIRE_EQUAL(open.size(), 1u);
  BOOST_TEST(open[0].facts.expected == (Names{"f"}), boost::test_tools::per_element());

  const auto after_children = errors_of("<c:doc xmlns:c='urn:c'><c:a>x</c:a></c:doc>");
  BOOST_REQUIRE_EQUAL(after_children.size(), 1u);
  BOOST_TEST(after_children[0].facts.expected == (Names{"a", "b", "e"}),
             boost::test_tools::per_element());

  const auto root = errors_of("<c:doc xmlns:c='urn:c'/>");
  BOOST_REQUIRE_EQUAL(root.size(), 1u);
  BOOST_TEST(root[0].facts.expected == (Names{"a", "b", "e"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
