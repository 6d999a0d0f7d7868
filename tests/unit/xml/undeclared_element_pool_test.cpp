#include <xercesc/parsers/SAX2XMLReaderImpl.hpp>
#include <xercesc/util/XMLUni.hpp>

#include <boost/test/unit_test.hpp>

#include <string>

#include "validator/xml/undeclared_element_pool.h"
#include "validator/xml/xerces_platform.h"
#include "validator/xml/xml_reader.h"

using namespace konform;
using namespace konform::xml;

namespace {

/// Any child, but each must be declared: every child of another name is a finding.
const char* kStrictAnySchema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    targetNamespace="urn:t" elementFormDefault="qualified">
  <xs:element name="doc">
    <xs:complexType><xs:sequence>
      <xs:any processContents="strict" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>)";

/// A doc root with `count` empty children of the distinct names e0, e1, ...
std::string distinct_children(std::size_t count) {
  std::string xml = "<doc xmlns='urn:t'>";
  for (std::size_t i = 0; i < count; ++i) xml += "<e" + std::to_string(i) + "/>";
  return xml + "</doc>";
}

std::size_t undeclared_findings(const std::vector<ReadError>& findings) {
  std::size_t n = 0;
  for (const ReadError& f : findings) {
    n += f.message.find("no declaration found for element") != std::string::npos ? 1 : 0;
  }
  return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xml_undeclared_element_pool)

// Security: Xerces-C's 29 fixed buckets made N distinct undeclared names cost N²/58 comparisons.
BOOST_AUTO_TEST_CASE(the_pool_has_buckets_in_proportion_to_the_input) {
  ensure_initialized();
  xercesc::SAX2XMLReaderImpl reader;
  reader.setProperty(xercesc::XMLUni::fgXercesScannerName,
                     const_cast<XMLCh*>(xercesc::XMLUni::fgSGXMLScanner));
  BOOST_TEST(fit_undeclared_element_pool(reader, 1'000) == 31u);
  const std::size_t large = fit_undeclared_element_pool(reader, 2'900'000);
  BOOST_TEST(large >= 2'900'000 / kBytesPerBucket);
  BOOST_TEST(large < 2 * 2'900'000 / kBytesPerBucket);
  BOOST_TEST(fit_undeclared_element_pool(reader, 2'800'000) == large);  // same size class: kept
  BOOST_TEST(fit_undeclared_element_pool(reader, 1'000) == 31u);
}

BOOST_AUTO_TEST_CASE(a_reader_whose_scanner_is_not_sgxmlscanner_is_left_alone) {
  ensure_initialized();
  xercesc::SAX2XMLReaderImpl reader;  // IGXMLScanner
  BOOST_TEST(fit_undeclared_element_pool(reader, 2'900'000) == 0u);
}

// The pool is replaced between inputs of different sizes: every input's undeclared elements are
// still each reported once, whatever the previous input left.
BOOST_AUTO_TEST_CASE(a_reused_reader_reports_the_undeclared_elements_of_inputs_of_every_size) {
  ReaderLimits limits;
  limits.max_findings = 10'000;  // every finding listed, none summarised
  XmlReader reader(SchemaSet::compile_embedded(kStrictAnySchema, "strict-any.xsd"), limits);
  for (std::size_t count : {3u, 6'000u, 2u, 6'000u}) {
    std::vector<ReadError> findings;
    reader.read(distinct_children(count), "in.xml", nullptr, findings);
    BOOST_TEST(undeclared_findings(findings) == count);
    BOOST_REQUIRE(!findings.empty());
    BOOST_TEST(findings.back().location.xpath ==
               "/Q{urn:t}doc[1]/Q{urn:t}e" + std::to_string(count - 1) + "[1]");
  }
}

BOOST_AUTO_TEST_SUITE_END()
