// A problem the XML reader (validator/xml) met in one input, as plain data: what kind of problem,
// the reader's message, where, and for XSD validity errors what the validator reported. The reader
// knows no rules; the rule catalogue decides which rule each kind breaks
// (rules/read_error_finding.h), so every user of the reader turns them into findings the same way.
#pragma once

#include <string>

#include "validator/core/finding.h"
#include "validator/core/schema_error.h"
#include "validator/core/severity.h"

namespace konform {

struct ReadError {
  enum class Kind {
    kNotWellFormed,         ///< the bytes are not well-formed XML (or not in their encoding)
    kNotSchemaValid,        ///< one XSD validity error or warning (`validity_code`, `facts`)
    kSchemaErrorsUnlisted,  ///< further validity errors beyond ReaderLimits::max_findings, counted
    kLimitReached,          ///< a safety limit ended the read (`limit` says which)
    kDeclarationRefused,    ///< a DOCTYPE or other markup declaration: messages may not carry one
    kExternalReferenceRefused,  ///< a reference to anything outside the message itself
  };
  /// The limit a kLimitReached error reached (core/limits.h has their defaults).
  enum class Limit {
    kNone,
    kDepth,          ///< element nesting (--max-depth)
    kAttributes,     ///< attributes on one element (--max-attributes)
    kAttributeSize,  ///< one attribute value's length (--max-attribute-size)
    kMarkup,         ///< one of the markup guard's limits, before Xerces-C read it (the message
                     ///< names the option)
  };

  Kind kind = Kind::kNotWellFormed;
  Limit limit = Limit::kNone;
  /// kNotSchemaValid: Xerces-C's XMLValid::Codes value, 0 (NoError) for every other kind.
  int validity_code = 0;
  /// kNotSchemaValid: Xerces-C's warnings stay warnings. Every other kind is an error.
  Severity severity = Severity::kError;
  std::string message;  ///< English, with the message's own text cut to the excerpt policy
  Location location;
  /// kNotSchemaValid: what the validator reported, as data (core/schema_error.h).
  SchemaError facts;

  friend bool operator==(const ReadError&, const ReadError&) = default;
};

}  // namespace konform
