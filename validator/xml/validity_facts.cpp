#include "validator/xml/validity_facts.h"

#include <xercesc/validators/schema/SchemaAttDef.hpp>

#include "validator/xml/utf.h"

namespace konform::xml {
using namespace xercesc;
namespace {

void collect_element_names(const ContentSpecNode* node, std::vector<std::string>& names) {
  if (node == nullptr) return;
  if (node->getType() == ContentSpecNode::Leaf) {
    const QName* element = node->getElement();
    if (element != nullptr && element->getURI() != XMLElementDecl::fgPCDataElemId) {
      names.push_back(to_utf8(element->getLocalPart()));
    }
    return;
  }
  // Sequences and choices are binary trees, left to right in the model's order; the occurrence
  // operators have one child; wildcards have none.
  collect_element_names(node->getFirst(), names);
  collect_element_names(node->getSecond(), names);
}

bool is_required(const XMLAttDef& declaration) {
  const XMLAttDef::DefAttTypes type = declaration.getDefaultType();
  return type == XMLAttDef::Required || type == XMLAttDef::Required_And_Fixed;
}

bool specifies(const RefVectorOf<XMLAttr>& attributes, XMLSize_t count, const QName& name) {
  for (XMLSize_t i = 0; i < count; ++i) {
    const XMLAttr* attribute = attributes.elementAt(i);
    if (attribute->getSpecified() && attribute->getURIId() == name.getURI() &&
        XMLString::equals(attribute->getName(), name.getLocalPart())) {
      return true;
    }
  }
  return false;
}

}  // namespace

const SchemaValidator* schema_validator_of(const XMLValidator* validator) {
  // SGXMLScanner, the only scanner konform uses, validates with a SchemaValidator.
  return dynamic_cast<const SchemaValidator*>(validator);
}

std::vector<std::string> element_names_of(const ContentSpecNode* model) {
  std::vector<std::string> names;
  collect_element_names(model, names);
  return names;
}

std::vector<std::string> missing_required_attributes(const ComplexTypeInfo& type,
                                                     const RefVectorOf<XMLAttr>& attributes,
                                                     XMLSize_t count) {
  std::vector<std::string> missing;
  if (!type.hasAttDefs()) return missing;
  const XMLAttDefList& declarations = type.getAttDefList();
  for (XMLSize_t i = 0; i < declarations.getAttDefCount(); ++i) {
    // A schema grammar declares SchemaAttDefs only.
    const auto& declaration = static_cast<const SchemaAttDef&>(declarations.getAttDef(i));
    if (is_required(declaration) && !specifies(attributes, count, *declaration.getAttName())) {
      missing.push_back(to_utf8(declaration.getAttName()->getLocalPart()));
    }
  }
  return missing;
}

}  // namespace konform::xml
