// The validators konform puts in place of Xerces-C's (pattern_validator.h, base64_validator.h,
// any_uri_validator.h) are shared by every reader of a sealed grammar pool: several threads
// validating at once must get each document's own verdict, also while the first of them builds a
// large enumeration's hash set. Run under ThreadSanitizer as threads_xsd_facet_threads.
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "validator/xml/schema_set.h"
#include "validator/xml/xml_reader.h"

using namespace konform;
using namespace konform::xml;

namespace {

/// A type enumerating v0 ... v49: more values than a linear search is used for.
std::string large_enumeration() {
  std::string type = "<xs:simpleType name='listed'><xs:restriction base='xs:string'>";
  for (int i = 0; i < 50; ++i) type += "<xs:enumeration value='v" + std::to_string(i) + "'/>";
  return type + "</xs:restriction></xs:simpleType>";
}

const std::string kFacetSchema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="urn:f" targetNamespace="urn:f" elementFormDefault="qualified">)" +
                                 large_enumeration() + R"(
  <xs:simpleType name="code"><xs:restriction base="xs:string">
    <xs:pattern value="[A-Z]{2}-[0-9]{3}"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="small"><xs:restriction base="xs:base64Binary">
    <xs:maxLength value="6"/></xs:restriction></xs:simpleType>
  <xs:element name="doc"><xs:complexType><xs:sequence>
    <xs:element name="code" type="code" maxOccurs="unbounded"/>
    <xs:element name="data" type="small" maxOccurs="unbounded"/>
    <xs:element name="listed" type="listed" maxOccurs="unbounded"/>
  </xs:sequence>
  <xs:attribute name="source" type="xs:anyURI"/></xs:complexType></xs:element>
</xs:schema>)";

}  // namespace

BOOST_AUTO_TEST_SUITE(xsd_facet_threads)

BOOST_AUTO_TEST_CASE(threads_sharing_a_schema_get_their_own_verdicts) {
  const auto schema = SchemaSet::compile_embedded(kFacetSchema, "f.xsd");
  const std::string valid =
      "<doc xmlns='urn:f' source='urn:a:b'><code>AB-123</code><code>XY-000</code>"
      "<data>QUJDRA==</data><data>" +
      std::string(8, 'Q') + "</data><listed>v0</listed><listed>v49</listed></doc>";
  // A pattern mismatch, a base64 error, a length error, a value not enumerated and a malformed
  // URI: five findings.
  const std::string invalid =
      "<doc xmlns='urn:f' source='http://[::1'><code>ab-123</code><data>QUJ</data><data>" +
      std::string(12, 'Q') + "</data><listed>v50</listed></doc>";
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      XmlReader reader(schema);
      for (int i = 0; i < 200; ++i) {
        const bool good = (i + t) % 2 == 0;
        std::vector<ReadError> findings;
        reader.read(good ? valid : invalid, "in.xml", nullptr, findings);
        if (findings.size() != (good ? 0u : 5u)) ++wrong;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  BOOST_TEST(wrong.load() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
