// The hardened XML reader feeding the XDM tree builder, once without a schema (well-formedness
// only) and once against a small schema (XSD validation in the same pass). The plain reader runs
// with small shape limits, so that inputs of fuzzing size reach the MarkupGuard's stops too.
#include <memory>
#include <vector>

#include "tests/fuzz/fuzz_target.h"
#include "validator/xdm/tree_builder.h"
#include "validator/xml/xml_reader.h"

namespace {

constexpr const char* kSchema = R"(<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="urn:fuzz" targetNamespace="urn:fuzz" elementFormDefault="qualified">
  <xs:element name="order">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="id" type="xs:positiveInteger"/>
        <xs:element name="date" type="xs:date" minOccurs="0"/>
        <xs:element name="item" maxOccurs="unbounded">
          <xs:complexType mixed="true">
            <xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
            <xs:attribute name="amount" type="xs:decimal"/>
            <xs:attribute name="code" type="code"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="version" type="xs:token" use="required"/>
    </xs:complexType>
  </xs:element>
  <xs:simpleType name="code">
    <xs:restriction base="xs:string"><xs:pattern value="[A-Z]{2}[0-9]*"/></xs:restriction>
  </xs:simpleType>
</xs:schema>)";

void read_into_tree(konform::xml::XmlReader& reader, std::string_view bytes) {
  konform::xdm::TreeBuilder builder;
  std::vector<konform::ReadError> errors;
  const auto outcome = reader.read(bytes, "fuzz.xml", &builder, errors);
  if (outcome.end == konform::xml::ReadEnd::kCompleted) builder.take();
}

}  // namespace

KONFORM_FUZZ_TARGET(xml_reader) {
  static konform::xml::XmlReader plain(nullptr, [] {
    konform::xml::ReaderLimits limits;
    limits.max_depth = 16;
    limits.max_attributes = 8;
    limits.max_attribute_size = 256;
    return limits;
  }());
  static konform::xml::XmlReader validating(
      konform::xml::SchemaSet::compile_embedded(kSchema, "fuzz.xsd"));
  const auto bytes = konform::fuzz::as_text(data, size);
  read_into_tree(plain, bytes);
  read_into_tree(validating, bytes);
  return 0;
}
