// What the XML Schema validator reported for one xsd-valid finding, as data. The reader
// (validator/xml) fills it in from Xerces-C's error code and the validated type's declarations
// (xml/validity_facts.h); the check stage decides by it (which other finding says the same, which
// key of a service definition is unknown) instead of by the validator's English message, which
// is for people and may change with a Xerces-C release.
#pragma once

#include <string>
#include <vector>

namespace konform {

struct SchemaError {
  enum class Kind {
    kOther,
    kElementNotDeclared,        ///< no declaration found for an element
    kElementNotAllowed,         ///< an element the parent's content model does not allow there
    kRequiredAttributeMissing,  ///< a required attribute is missing on the element
  };
  Kind kind = Kind::kOther;
  /// kRequiredAttributeMissing: the missing attribute's local name, from its declaration.
  std::string attribute;
  /// The element names of the content model the error is about, in the model's order (empty when
  /// the error is not about a content model).
  std::vector<std::string> expected;

  friend bool operator==(const SchemaError&, const SchemaError&) = default;
};

}  // namespace konform
