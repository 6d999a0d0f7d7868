// What the compiler and the evaluator know about a native function: its name, arities, the
// declared types of its parameters and result, its body and an optional compile-time hook.
// The built-ins live in one immutable table built once per process (builtin_functions());
// every StaticContext refers to it instead of holding copies.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "validator/xpath/atomic_type.h"
#include "validator/xpath/value.h"

namespace konform::regex {
struct CompiledRegex;
}

namespace konform::xpath {

struct EvalContext;
class Expr;
class StaticContext;

/// A parameter or result type in the compact form the function library needs: item()*, node(),
/// an atomic type, or "numeric" (any of xs:double, xs:float, xs:decimal and their subtypes).
struct DeclaredType {
  enum class Kind : std::uint8_t { kItem, kNode, kAtomic, kNumeric };
  enum class Occurrence : std::uint8_t { kExactlyOne, kZeroOrOne, kZeroOrMore, kOneOrMore };
  Kind kind = Kind::kItem;
  AtomicType atomic = AtomicType::kAnyAtomic;
  Occurrence occurrence = Occurrence::kZeroOrMore;

  /// item()*: the argument is passed as it is, no conversion.
  bool passes_unchanged() const {
    return kind == Kind::kItem && occurrence == Occurrence::kZeroOrMore;
  }
  bool at_most_one() const {
    return occurrence == Occurrence::kExactlyOne || occurrence == Occurrence::kZeroOrOne;
  }
  bool at_least_one() const {
    return occurrence == Occurrence::kExactlyOne || occurrence == Occurrence::kOneOrMore;
  }
  /// A value of this type is never a number, so as a predicate it is a boolean test.
  bool never_numeric() const;
};

/// Built-ins the compiler and the optimisations recognise by identity, not by name text.
enum class BuiltinId : std::uint8_t {
  kOther,
  kPosition,
  kLast,
  kExists,
  kEmpty,
  kNot,
  kBoolean,
  kCount,
  kContains,
  // The functions an XSLT pattern may start with (api.cpp).
  kId,
  kKey,
  // The functions a rule-context predicate may use and still depend on the node's name alone
  // (name_memo.h).
  kTrue,
  kFalse,
  kName,
  kLocalName,
  kNamespaceUri,
  kConcat,
  kNormalizeSpace,
  kUpperCase,
  kLowerCase,
  kSubstringBefore,
  kSubstringAfter,
  kStartsWith,
  kEndsWith,
};

/// Data a call site prepares once at compile time (fn:matches with a literal pattern, fn:key
/// with the keys of the static context it was compiled in); the body reads it from
/// EvalContext::prepared.
struct PreparedCall {
  std::shared_ptr<const regex::CompiledRegex> regex;
  const StaticContext* statics = nullptr;
};

/// A body receives its arguments converted to the declared parameter types, in the caller's
/// storage (a call site keeps up to four on its stack); a body may move out of them.
using Arguments = std::span<Sequence>;
using BuiltinBody = Sequence (*)(EvalContext&, Arguments args);
/// Sees the argument expressions and the static context; the result is kept by the call site.
using PrepareHook = PreparedCall (*)(const std::vector<const Expr*>& args,
                                     const StaticContext& context);
/// The body of a function a caller registers (StaticContext::add_function); it may hold state.
using NativeFunction = std::function<Sequence(EvalContext&, std::vector<Sequence>& args)>;

struct FunctionSignature {
  /// max_arity of a function that takes any number of arguments from min_arity on (concat).
  static constexpr int kVariadic = -1;

  std::string_view ns;
  std::string_view local;
  int min_arity = 0;
  int max_arity = 0;
  /// One type per position up to max_arity; a variadic function repeats its last.
  std::vector<DeclaredType> parameters;
  DeclaredType result;
  BuiltinBody body = nullptr;
  PrepareHook prepare = nullptr;
  /// The body of a registered (non-built-in) function, called when `body` is null.
  const NativeFunction* native = nullptr;
  BuiltinId id = BuiltinId::kOther;

  bool accepts(int arity) const {
    return arity >= min_arity && (max_arity == kVariadic || arity <= max_arity);
  }
  const DeclaredType& parameter(std::size_t i) const {
    return parameters[std::min(i, parameters.size() - 1)];
  }
};

/// The built-in whose name and arity match, or null.
const FunctionSignature* find_builtin(std::string_view ns, std::string_view local, int arity);
/// Whether any built-in has this name (for "wrong number of arguments" versus "unknown").
bool is_builtin_name(std::string_view ns, std::string_view local);

/// The function conversion rules (XPath 2.0 3.1.5) for argument `index` of `function`:
/// atomization, xs:untypedAtomic cast to the expected type, xs:anyURI promoted to xs:string,
/// and the cardinality check, with XPTY0004 (its message built only on failure).
Sequence convert_argument(Sequence value, const FunctionSignature& function, std::size_t index);

}  // namespace konform::xpath
