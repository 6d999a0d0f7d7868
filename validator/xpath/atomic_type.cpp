#include "validator/xpath/atomic_type.h"

#include <array>

namespace konform::xpath {
namespace {

struct TypeInfo {
  std::string_view name;
  AtomicType parent;
};

using T = AtomicType;
constexpr std::array<TypeInfo, static_cast<std::size_t>(T::kCount)> kTypes = {{
    {"xs:anyAtomicType", T::kAnyAtomic},
    {"xs:untypedAtomic", T::kAnyAtomic},
    {"xs:string", T::kAnyAtomic},
    {"xs:normalizedString", T::kString},
    {"xs:token", T::kNormalizedString},
    {"xs:language", T::kToken},
    {"xs:NMTOKEN", T::kToken},
    {"xs:Name", T::kToken},
    {"xs:NCName", T::kName},
    {"xs:ID", T::kNCName},
    {"xs:IDREF", T::kNCName},
    {"xs:ENTITY", T::kNCName},
    {"xs:anyURI", T::kAnyAtomic},
    {"xs:boolean", T::kAnyAtomic},
    {"xs:decimal", T::kAnyAtomic},
    {"xs:integer", T::kDecimal},
    {"xs:nonPositiveInteger", T::kInteger},
    {"xs:negativeInteger", T::kNonPositiveInteger},
    {"xs:long", T::kInteger},
    {"xs:int", T::kLong},
    {"xs:short", T::kInt},
    {"xs:byte", T::kShort},
    {"xs:nonNegativeInteger", T::kInteger},
    {"xs:unsignedLong", T::kNonNegativeInteger},
    {"xs:unsignedInt", T::kUnsignedLong},
    {"xs:unsignedShort", T::kUnsignedInt},
    {"xs:unsignedByte", T::kUnsignedShort},
    {"xs:positiveInteger", T::kNonNegativeInteger},
    {"xs:float", T::kAnyAtomic},
    {"xs:double", T::kAnyAtomic},
    {"xs:duration", T::kAnyAtomic},
    {"xs:yearMonthDuration", T::kDuration},
    {"xs:dayTimeDuration", T::kDuration},
    {"xs:dateTime", T::kAnyAtomic},
    {"xs:date", T::kAnyAtomic},
    {"xs:time", T::kAnyAtomic},
    {"xs:gYearMonth", T::kAnyAtomic},
    {"xs:gYear", T::kAnyAtomic},
    {"xs:gMonthDay", T::kAnyAtomic},
    {"xs:gDay", T::kAnyAtomic},
    {"xs:gMonth", T::kAnyAtomic},
    {"xs:hexBinary", T::kAnyAtomic},
    {"xs:base64Binary", T::kAnyAtomic},
    {"xs:QName", T::kAnyAtomic},
    {"xs:NOTATION", T::kAnyAtomic},
}};

const TypeInfo& info(AtomicType t) { return kTypes[static_cast<std::size_t>(t)]; }

}  // namespace

std::string_view type_name(AtomicType t) { return info(t).name; }

std::optional<AtomicType> type_from_local_name(std::string_view local) {
  for (std::size_t i = 0; i < kTypes.size(); ++i) {
    if (kTypes[i].name.substr(3) == local) return static_cast<AtomicType>(i);
  }
  return std::nullopt;
}

AtomicType parent_type(AtomicType t) { return info(t).parent; }

AtomicType primitive_type(AtomicType t) {
  while (t != T::kAnyAtomic && info(t).parent != T::kAnyAtomic) t = info(t).parent;
  return t;
}

bool derives_from(AtomicType t, AtomicType base) {
  while (true) {
    if (t == base) return true;
    if (t == T::kAnyAtomic) return false;
    t = info(t).parent;
  }
}

}  // namespace konform::xpath
