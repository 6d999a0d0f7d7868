// The function conversion rules, applied by the caller from the declared parameter types, so a
// built-in's body receives its arguments already atomized, cast and checked.
#include "validator/xpath/ast.h"
#include "validator/xpath/atomic_ops.h"
#include "validator/xpath/error.h"
#include "validator/xpath/function_signature.h"

namespace konform::xpath {
namespace {

using Kind = DeclaredType::Kind;
using T = AtomicType;

[[noreturn]] void fail(const FunctionSignature& f, const std::string& what) {
  throw Error("XPTY0004", std::string(f.local) + "(): " + what);
}

std::string expected_name(const DeclaredType& type) {
  return type.kind == Kind::kNumeric ? "a number" : std::string(type_name(type.atomic));
}

/// The type an xs:untypedAtomic argument is cast to: xs:double for numeric parameters, the
/// declared type otherwise; xs:anyAtomicType keeps it untyped.
T untyped_target(const DeclaredType& type) {
  return type.kind == Kind::kNumeric ? T::kDouble : type.atomic;
}

bool accepted(const DeclaredType& type, T actual) {
  if (type.kind == Kind::kNumeric) return is_numeric(actual);
  return type.atomic == T::kAnyAtomic || derives_from(actual, type.atomic) ||
         (type.atomic == T::kString && actual == T::kAnyURI);
}

/// One item converted to an atomic value of `type`; the item itself when it already is one.
Item convert_item(const Item& item, const DeclaredType& type, const FunctionSignature& f) {
  if (item.is_node()) {
    if (type.kind == Kind::kAtomic && type.atomic == T::kString)
      return Item(string_atomic(item));  // untypedAtomic cast in one step
    Atomic a = atomize_item(item);
    T target = untyped_target(type);
    if (a.type() == T::kUntypedAtomic && target != T::kAnyAtomic) a = cast_atomic(a, target);
    if (!accepted(type, a.type()))
      fail(f, "expected " + expected_name(type) + ", got " + std::string(type_name(a.type())));
    return Item(std::move(a));
  }
  T actual = item.atomic().type();
  if (actual == T::kUntypedAtomic && untyped_target(type) != T::kAnyAtomic)
    return Item(cast_atomic(item.atomic(), untyped_target(type)));
  if (!accepted(type, actual))
    fail(f, "expected " + expected_name(type) + ", got " + std::string(type_name(actual)));
  if (actual == T::kAnyURI && type.atomic == T::kString)
    return Item(item.atomic().with_string_type(AtomicType::kString));
  return item;
}

}  // namespace

Atomic string_atomic(const Item& item) {
  if (item.is_node()) {
    std::string spill;
    return Atomic::text(T::kString, node_string_value(item.node(), spill));
  }
  const Atomic& a = item.atomic();
  if (a.holds_string()) return a.with_string_type(T::kString);
  return Atomic::string(atomic_to_string(a));
}

bool DeclaredType::never_numeric() const {
  return kind == Kind::kNode || (kind == Kind::kAtomic && xpath::never_numeric(atomic));
}

Sequence convert_argument(Sequence value, const FunctionSignature& function, std::size_t index) {
  const DeclaredType& type = function.parameter(index);
  if (type.passes_unchanged()) return value;
  if (value.size() > 1 && type.at_most_one())
    fail(function, "more than one item where at most one is allowed");
  if (value.empty() && type.at_least_one()) fail(function, "empty sequence not allowed");
  if (type.kind == Kind::kItem) return value;
  if (type.kind == Kind::kNode) {
    for (const Item& i : value) {
      if (!i.is_node()) fail(function, "expected a single node");
    }
    return value;
  }
  for (Item& i : value) i = convert_item(i, type, function);
  return value;
}

}  // namespace konform::xpath
