// Operations on atomic values: canonical string form (cast to xs:string), casting between atomic
// types (F&O 17), value comparison (F&O operator mapping for eq/ne/lt/le/gt/ge) and arithmetic
// (numeric with type promotion, date/time and duration arithmetic). All failures throw Error
// with the W3C code (FORG0001 bad lexical form, XPTY0004 type error, FOCA0002, FOAR0001 ...).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "validator/xpath/value.h"

namespace konform::xpath {

/// The xsdtypes kind of a date/time type (nullopt for other types) and of a duration type.
std::optional<xsdtypes::DateTimeKind> date_time_kind(AtomicType t);
xsdtypes::DurationKind duration_kind(AtomicType t);

/// Resolves a prefix to a namespace URI (nullopt when unbound); used when casting to xs:QName.
using PrefixResolver = std::function<std::optional<std::string>(std::string_view prefix)>;

std::string atomic_to_string(const Atomic& value);
/// Parses `text` as the lexical form of `target` (whitespace handled per the type's facet).
/// Throws FORG0001 on a bad form.
Atomic atomic_from_string(std::string_view text, AtomicType target,
                          const PrefixResolver* resolver = nullptr);
Atomic cast_atomic(const Atomic& value, AtomicType target,
                   const PrefixResolver* resolver = nullptr);
bool castable_atomic(const Atomic& value, AtomicType target,
                     const PrefixResolver* resolver = nullptr);

/// The numeric value as a double (integer, decimal, float, double only).
double numeric_to_double(const Atomic& value);
bool is_nan(const Atomic& value);

enum class CompareOp { kEq, kNe, kLt, kLe, kGt, kGe };
/// Value comparison of two atomic values after the caller's untypedAtomic conversion
/// (untypedAtomic compares as xs:string here). Throws XPTY0004 when the types are incomparable.
bool compare_atomic(CompareOp op, const Atomic& a, const Atomic& b);
/// -1/0/1 for ordering (sorting, min/max); nullopt when unordered (NaN). Throws XPTY0004.
std::optional<int> order_atomic(const Atomic& a, const Atomic& b);
/// Whether NaN equals NaN: it does for distinct-values and deep-equal, not for index-of.
enum class NaN : std::uint8_t { kEqualsNaN, kUnequal };
/// Equality used by distinct-values/index-of/deep-equal: false instead of XPTY0004 on
/// incomparable types.
bool atomic_equal_for_grouping(const Atomic& a, const Atomic& b, NaN nan);

enum class ArithOp { kAdd, kSub, kMul, kDiv, kIdiv, kMod };
/// Binary arithmetic; untypedAtomic operands must already be cast to xs:double by the caller.
Atomic arithmetic(ArithOp op, const Atomic& a, const Atomic& b);
Atomic negate(const Atomic& a);

}  // namespace konform::xpath
