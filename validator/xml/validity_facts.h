// Facts about a validity error taken from Xerces-C's own structures (the type the validator
// checks against, its content model and attribute declarations) instead of the English message:
// the check stage decides by them (core/schema_error.h), and a Xerces-C release may reword its
// messages. What Xerces-C exposes nowhere but in the message is read in xerces_message.h.
#pragma once

#include <xercesc/framework/XMLAttr.hpp>
#include <xercesc/framework/XMLValidator.hpp>
#include <xercesc/util/RefVectorOf.hpp>
#include <xercesc/validators/common/ContentSpecNode.hpp>
#include <xercesc/validators/schema/ComplexTypeInfo.hpp>
#include <xercesc/validators/schema/SchemaValidator.hpp>

#include <string>
#include <vector>

namespace konform::xml {

/// The schema validator of a reader on SGXMLScanner (its getCurrentTypeInfo() is the complex type
/// the current element is validated against, after xsi:type), or null.
const xercesc::SchemaValidator* schema_validator_of(const xercesc::XMLValidator* validator);

/// The local names of the elements `model` names, in the model's order ("(a?,b*,c)" -> a, b, c);
/// wildcards name none. Empty for a null model.
std::vector<std::string> element_names_of(const xercesc::ContentSpecNode* model);

/// The local names of `type`'s required attributes that the start tag's `attributes` (the first
/// `count`) do not specify, in the order SGXMLScanner::buildAttList reports them missing: the
/// order of the type's attribute list.
std::vector<std::string> missing_required_attributes(
    const xercesc::ComplexTypeInfo& type, const xercesc::RefVectorOf<xercesc::XMLAttr>& attributes,
    XMLSize_t count);

}  // namespace konform::xml
