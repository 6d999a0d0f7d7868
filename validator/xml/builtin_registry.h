// Access to Xerces-C's registry of built-in datatype validators, for replacing a validator class
// with a faster one of the same behaviour (base64_validator.h, pattern_validator.h). The registry
// is global: replace only at start-up, before any schema is loaded.
#pragma once

#include <xercesc/validators/datatype/DatatypeValidatorFactory.hpp>

namespace konform::xml {

/// The registry is protected in Xerces-C; a derived class may hand it out.
struct BuiltInRegistry : xercesc::DatatypeValidatorFactory {
  static xercesc::DVHashTable* get() { return getBuiltInRegistry(); }
};

}  // namespace konform::xml
