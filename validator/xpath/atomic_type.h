// The atomic types of the (non-schema-aware) XPath 2.0 type system: the XSD built-in primitive
// types, the derived types casting needs, xs:untypedAtomic and xs:anyAtomicType, with their
// derivation hierarchy. Used for casts, `instance of`, sequence types and function signatures.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "validator/xsdtypes/date_time_kind.h"

namespace konform::xpath {

enum class AtomicType : std::uint8_t {
  kAnyAtomic,
  kUntypedAtomic,
  kString,
  kNormalizedString,
  kToken,
  kLanguage,
  kNMTOKEN,
  kName,
  kNCName,
  kID,
  kIDREF,
  kENTITY,
  kAnyURI,
  kBoolean,
  kDecimal,
  kInteger,
  kNonPositiveInteger,
  kNegativeInteger,
  kLong,
  kInt,
  kShort,
  kByte,
  kNonNegativeInteger,
  kUnsignedLong,
  kUnsignedInt,
  kUnsignedShort,
  kUnsignedByte,
  kPositiveInteger,
  kFloat,
  kDouble,
  kDuration,
  kYearMonthDuration,
  kDayTimeDuration,
#define KONFORM_ATOMIC_TYPE(name) k##name,
  KONFORM_DATE_TIME_KINDS(KONFORM_ATOMIC_TYPE)  // kDateTime ... kGMonth
#undef KONFORM_ATOMIC_TYPE
  kHexBinary,
  kBase64Binary,
  kQName,
  kNOTATION,
  kCount  // number of types, not a type
};

/// "xs:integer" etc.
std::string_view type_name(AtomicType t);
/// The type whose local name in the xs namespace is `local` (e.g. "integer"), if any.
std::optional<AtomicType> type_from_local_name(std::string_view local);
AtomicType parent_type(AtomicType t);
/// The primitive ancestor (xs:integer -> xs:decimal); xs:untypedAtomic is its own primitive.
AtomicType primitive_type(AtomicType t);
bool derives_from(AtomicType t, AtomicType base);

inline bool is_numeric(AtomicType t) {
  return t == AtomicType::kDouble || t == AtomicType::kFloat ||
         derives_from(t, AtomicType::kDecimal);
}
inline bool is_integer_type(AtomicType t) { return derives_from(t, AtomicType::kInteger); }
/// xs:string and its derived types.
inline bool is_string_type(AtomicType t) { return derives_from(t, AtomicType::kString); }
/// Whether a value declared as `t` is never a number (xs:anyAtomicType may hold one, and an
/// xs:untypedAtomic argument is cast to one).
inline bool never_numeric(AtomicType t) {
  return t != AtomicType::kAnyAtomic && t != AtomicType::kUntypedAtomic && !is_numeric(t);
}

}  // namespace konform::xpath
