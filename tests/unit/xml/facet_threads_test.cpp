// The validators konform puts in place of Xerces-C's (pattern_validator.h, base64_validator.h)
// are shared by every reader of a sealed grammar pool: several threads validating at once must
// get each document's own verdict. Run under ThreadSanitizer as threads_xsd_facet_threads.
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

const char* kSchema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="urn:f" targetNamespace="urn:f" elementFormDefault="qualified">
  <xs:simpleType name="code"><xs:restriction base="xs:string">
    <xs:pattern value="[A-Z]{2}-[0-9]{3}"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="small"><xs:restriction base="xs:base64Binary">
    <xs:maxLength value="6"/></xs:restriction></xs:simpleType>
  <xs:element name="doc"><xs:complexType><xs:sequence>
    <xs:element name="code" type="code" maxOccurs="unbounded"/>
    <xs:element name="data" type="small" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>)";

}  // namespace

BOOST_AUTO_TEST_SUITE(xsd_facet_threads)

BOOST_AUTO_TEST_CASE(threads_sharing_a_schema_get_their_own_verdicts) {
  const auto schema = SchemaSet::compile_embedded(kSchema, "f.xsd");
  const std::string valid =
      "<doc xmlns='urn:f'><code>AB-123</code><code>XY-000</code><data>QUJDRA==</data>"
      "<data>" +
      std::string(8, 'Q') + "</data></doc>";
  // A pattern mismatch, a base64 error and a length error: three findings.
  const std::string invalid = "<doc xmlns='urn:f'><code>ab-123</code><data>QUJ</data><data>" +
                              std::string(12, 'Q') + "</data></doc>";
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      XmlReader reader(schema);
      for (int i = 0; i < 200; ++i) {
        const bool good = (i + t) % 2 == 0;
        std::vector<Finding> findings;
        reader.read(good ? valid : invalid, "in.xml", nullptr, findings);
        if (findings.size() != (good ? 0u : 3u)) ++wrong;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  BOOST_TEST(wrong.load() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
