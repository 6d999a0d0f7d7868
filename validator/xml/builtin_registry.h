// Access to Xerces-C's registry of built-in datatype validators, for replacing a validator class
// with a faster one of the same behaviour (base64_validator.h, pattern_validator.h,
// any_uri_validator.h). The registry is global: replace only at start-up, before any schema is
// loaded.
#pragma once

#include <xercesc/validators/datatype/DatatypeValidatorFactory.hpp>

namespace konform::xml {

/// The registry is protected in Xerces-C; a derived class may hand it out.
struct BuiltInRegistry : xercesc::DatatypeValidatorFactory {
  static xercesc::DVHashTable* get() { return getBuiltInRegistry(); }
};

/// What every replacement `Self` of a Xerces-C validator class shares: that class's two
/// constructors, newInstance (so a type restricted from it gets `Self` too) and a factory for
/// Xerces-C's serializer (so a type read back from the compiled-profile cache gets `Self`: point
/// `XercesValidator::class<Name>.fCreateObject` at create()).
template <typename Self, typename XercesValidator>
class ReplacementValidator : public XercesValidator {
 public:
  explicit ReplacementValidator(xercesc::MemoryManager* manager) : XercesValidator(manager) {}
  ReplacementValidator(xercesc::DatatypeValidator* base,
                       xercesc::RefHashTableOf<xercesc::KVStringPair>* facets,
                       xercesc::RefArrayVectorOf<XMLCh>* enums, int final_set,
                       xercesc::MemoryManager* manager)
      : XercesValidator(base, facets, enums, final_set, manager) {}

  static xercesc::XSerializable* create(xercesc::MemoryManager* manager) {
    return new (manager) Self(manager);
  }

  xercesc::DatatypeValidator* newInstance(xercesc::RefHashTableOf<xercesc::KVStringPair>* facets,
                                          xercesc::RefArrayVectorOf<XMLCh>* enums, int final_set,
                                          xercesc::MemoryManager* manager) override {
    return new (manager) Self(this, facets, enums, final_set, manager);
  }
};

}  // namespace konform::xml
