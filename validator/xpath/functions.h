// The built-in function library (F&O 2.0 functions used by XSLT 2.0 Schematron, plus the XSLT
// functions current() and key()): each implementation file adds its functions with their
// declared signatures to the process-wide table (function_table.cpp). Bodies receive their
// arguments converted to the declared types (convert_argument), so they only read them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "validator/core/utf8.h"
#include "validator/xpath/ast.h"
#include "validator/xpath/context.h"
#include "validator/xpath/function_signature.h"

namespace konform::xpath::fn {

using FunctionTable = std::vector<FunctionSignature>;

void add_core(FunctionTable& table);
void add_strings(FunctionTable& table);
void add_regex(FunctionTable& table);
void add_temporal(FunctionTable& table);

/// Adds fn:`local` and returns it for setting a prepare hook or a BuiltinId (valid until the
/// next define).
FunctionSignature& define(FunctionTable& table, std::string_view local, int min_arity,
                          int max_arity, std::vector<DeclaredType> parameters, DeclaredType result,
                          BuiltinBody body);

/// Declared types, named as F&O writes them (`string_opt` is xs:string?).
namespace types {
using K = DeclaredType::Kind;
using O = DeclaredType::Occurrence;
constexpr DeclaredType atomic(AtomicType t, O o = O::kExactlyOne) { return {K::kAtomic, t, o}; }
constexpr DeclaredType atomic_opt(AtomicType t) { return atomic(t, O::kZeroOrOne); }
inline constexpr DeclaredType items{};
inline constexpr DeclaredType item_opt{K::kItem, AtomicType::kAnyAtomic, O::kZeroOrOne};
inline constexpr DeclaredType item_one{K::kItem, AtomicType::kAnyAtomic, O::kExactlyOne};
inline constexpr DeclaredType node_opt{K::kNode, AtomicType::kAnyAtomic, O::kZeroOrOne};
inline constexpr DeclaredType node_one{K::kNode, AtomicType::kAnyAtomic, O::kExactlyOne};
inline constexpr DeclaredType nodes{K::kNode, AtomicType::kAnyAtomic, O::kZeroOrMore};
inline constexpr DeclaredType any_atomic_opt = atomic_opt(AtomicType::kAnyAtomic);
inline constexpr DeclaredType any_atomic_one = atomic(AtomicType::kAnyAtomic);
inline constexpr DeclaredType any_atomics = atomic(AtomicType::kAnyAtomic, O::kZeroOrMore);
inline constexpr DeclaredType string_opt = atomic_opt(AtomicType::kString);
inline constexpr DeclaredType string_one = atomic(AtomicType::kString);
inline constexpr DeclaredType strings = atomic(AtomicType::kString, O::kZeroOrMore);
inline constexpr DeclaredType boolean_one = atomic(AtomicType::kBoolean);
inline constexpr DeclaredType boolean_opt = atomic_opt(AtomicType::kBoolean);
inline constexpr DeclaredType integer_one = atomic(AtomicType::kInteger);
inline constexpr DeclaredType integer_opt = atomic_opt(AtomicType::kInteger);
inline constexpr DeclaredType integers = atomic(AtomicType::kInteger, O::kZeroOrMore);
inline constexpr DeclaredType double_one = atomic(AtomicType::kDouble);
inline constexpr DeclaredType decimal_opt = atomic_opt(AtomicType::kDecimal);
inline constexpr DeclaredType any_uri_opt = atomic_opt(AtomicType::kAnyURI);
inline constexpr DeclaredType any_uri_one = atomic(AtomicType::kAnyURI);
inline constexpr DeclaredType qname_opt = atomic_opt(AtomicType::kQName);
inline constexpr DeclaredType ncname_opt = atomic_opt(AtomicType::kNCName);
inline constexpr DeclaredType numeric_opt{K::kNumeric, AtomicType::kAnyAtomic, O::kZeroOrOne};
inline constexpr DeclaredType numeric_one{K::kNumeric, AtomicType::kAnyAtomic, O::kExactlyOne};
}  // namespace types

inline Sequence one(Atomic a) { return {Item(std::move(a))}; }
inline Sequence boolean(bool b) { return {Item(Atomic::boolean(b))}; }
inline Sequence str(std::string s) { return {Item(Atomic::string(std::move(s)))}; }
Sequence integer(std::int64_t i);

/// A converted optional atomic argument: null when empty.
inline const Atomic* optional_atomic(const Sequence& converted) {
  return converted.empty() ? nullptr : &converted.front().atomic();
}
/// A converted xs:string? argument: "" when empty; a view into the argument's value.
std::string_view string_or_empty(const Sequence& converted);
/// A converted xs:integer argument as int64 (FOAR0002 when it does not fit).
std::int64_t int64_of(const Sequence& converted);
/// The context item or the first argument as a single node (or empty).
std::optional<xdm::NodeRef> node_arg(EvalContext& c, std::span<const Sequence> args,
                                     const char* function);

}  // namespace konform::xpath::fn
