// The built-in function library (F&O 2.0 functions used by XSLT 2.0 Schematron, plus the XSLT
// functions current() and key()), and the small helpers its implementation files share:
// argument conversion per the function conversion rules, UTF-8 code point access.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "validator/core/utf8.h"
#include "validator/xpath/ast.h"
#include "validator/xpath/context.h"

namespace konform::xpath {

void register_builtin_functions(StaticContext& context);

namespace fn {

void register_core(StaticContext& context);
void register_strings(StaticContext& context);
void register_regex(StaticContext& context);
void register_temporal(StaticContext& context);

void define(StaticContext& context, const char* local, int min_arity, int max_arity,
            NativeFunction body, PrepareHook prepare = nullptr);

inline Sequence one(Atomic a) { return {Item(std::move(a))}; }
inline Sequence boolean(bool b) { return {Item(Atomic::boolean(b))}; }
inline Sequence str(std::string s) { return {Item(Atomic::string(std::move(s)))}; }
Sequence integer(std::int64_t i);

/// Atomized optional single argument (XPTY0004 for more than one item).
std::optional<Atomic> opt_atomic(const Sequence& arg, const char* function);
/// xs:string? argument: empty -> "", untypedAtomic/anyURI accepted, other types XPTY0004.
std::string string_arg(const Sequence& arg, const char* function);
/// Numeric? argument (untypedAtomic cast to xs:double).
std::optional<Atomic> numeric_arg(const Sequence& arg, const char* function);
/// xs:integer argument (required).
std::int64_t integer_arg(const Sequence& arg, const char* function);
/// The context item or the first argument as a single node (or empty).
std::optional<xdm::NodeRef> node_arg(EvalContext& c, const std::vector<Sequence>& args,
                                     const char* function);

}  // namespace fn
}  // namespace konform::xpath
