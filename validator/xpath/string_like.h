// The types that compare, and convert in function calls, as xs:string: the string types,
// xs:untypedAtomic and xs:anyURI (XPath 2.0 B.1 type promotion, B.2 operator mapping).
#pragma once

#include "validator/xpath/atomic_type.h"

namespace konform::xpath {

inline bool is_string_like(AtomicType t) {
  return is_string_type(t) || t == AtomicType::kUntypedAtomic || t == AtomicType::kAnyURI;
}

}  // namespace konform::xpath
