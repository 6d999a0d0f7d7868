// Compile-time rewrite of comparisons whose answer needs less than their operands: `count(X) = 0`
// is `empty(X)` and `count(X) > 0` is `exists(X)`, which stop at X's first item instead of
// materialising and counting all of it (rule sets write `count(//cac:X) = 0` for "there is none").
#pragma once

#include "validator/xpath/ast.h"

namespace konform::xpath {

/// The comparison `left op right` of `kind` (general or value), rewritten to fn:exists/fn:empty
/// when one side is fn:count(X) and the other the integer literal 0 or 1 in a test that only
/// asks whether X is empty; otherwise the CompareExpr as written.
ExprPtr make_comparison(std::size_t offset, CompareExpr::Kind kind, CompareOp op,
                        CompareExpr::NodeOp node_op, ExprPtr left, ExprPtr right,
                        const StaticContext& context);

}  // namespace konform::xpath
