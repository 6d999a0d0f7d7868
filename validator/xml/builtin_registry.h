// Access to Xerces-C's registry of built-in datatype validators, for replacing a validator class
// with a faster one of the same behaviour (base64_validator.h, pattern_validator.h,
// any_uri_validator.h). The registry is global: replace only at start-up, before any schema is
// loaded.
#pragma once

#include <xercesc/internal/XProtoType.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/validators/datatype/DatatypeValidatorFactory.hpp>
#include <xercesc/validators/schema/SchemaSymbols.hpp>

#include <vector>

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

/// Makes `Self` (a ReplacementValidator) the built-in type `type_name` of XML Schema and the class
/// Xerces-C's serializer creates for `prototype` (the replaced class's `class<Name>` member).
/// The validator replaced stays alive, reachable for leak checkers: built-in types derived from it
/// (normalizedString, token, ... from xs:string) keep it as their base.
template <typename Self>
void replace_builtin(const XMLCh* type_name, xercesc::XProtoType& prototype) {
  using xercesc::SchemaSymbols;
  xercesc::DVHashTable* registry = BuiltInRegistry::get();
  static auto* const replaced = new std::vector<xercesc::DatatypeValidator*>();
  replaced->push_back(registry->orphanKey(const_cast<XMLCh*>(type_name)));
  xercesc::DatatypeValidator* validator = new Self(xercesc::XMLPlatformUtils::fgMemoryManager);
  validator->setTypeName(type_name, SchemaSymbols::fgURI_SCHEMAFORSCHEMA);
  registry->put(const_cast<XMLCh*>(type_name), validator);
  prototype.fCreateObject = &Self::create;
}

}  // namespace konform::xml
