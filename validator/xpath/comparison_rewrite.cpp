#include "validator/xpath/comparison_rewrite.h"

#include <optional>

namespace konform::xpath {

namespace {

/// The call if `e` is fn:count with one argument.
FunctionCallExpr* count_call(const ExprPtr& e) {
  auto* call = dyn_cast<FunctionCallExpr>(e.get());
  if (call == nullptr || call->args().size() != 1) return nullptr;
  return call->function()->id == BuiltinId::kCount ? call : nullptr;
}

/// 0 or 1 if `e` is that xs:integer literal.
std::optional<int> zero_or_one(const Expr& e) {
  const Atomic* a = e.literal();
  if (a == nullptr || a->type() != AtomicType::kInteger) return std::nullopt;
  const Integer& i = a->as_integer();
  if (i == Integer(0)) return 0;
  if (i == Integer(1)) return 1;
  return std::nullopt;
}

/// `a op b` read from the other side: `0 < count(X)` is `count(X) > 0`.
CompareOp mirrored(CompareOp op) {
  switch (op) {
    case CompareOp::kLt:
      return CompareOp::kGt;
    case CompareOp::kLe:
      return CompareOp::kGe;
    case CompareOp::kGt:
      return CompareOp::kLt;
    case CompareOp::kGe:
      return CompareOp::kLe;
    default:
      return op;
  }
}

/// Whether `count(X) op n` is "X is not empty" (true), "X is empty" (false), or neither.
/// count() is one non-negative xs:integer, so general and value comparison agree here.
std::optional<bool> tests_existence(CompareOp op, int n) {
  if (n == 0) {
    if (op == CompareOp::kEq || op == CompareOp::kLe) return false;  // = 0, <= 0
    if (op == CompareOp::kNe || op == CompareOp::kGt) return true;   // != 0, > 0
    return std::nullopt;  // >= 0 and < 0 are constant; left as written
  }
  if (op == CompareOp::kGe) return true;   // >= 1
  if (op == CompareOp::kLt) return false;  // < 1
  return std::nullopt;
}

}  // namespace

ExprPtr make_comparison(std::size_t offset, CompareExpr::Kind kind, CompareOp op,
                        CompareExpr::NodeOp node_op, ExprPtr left, ExprPtr right,
                        const StaticContext& context) {
  if (kind != CompareExpr::Kind::kNode) {
    FunctionCallExpr* count = count_call(left);
    std::optional<int> n = count ? zero_or_one(*right) : std::nullopt;
    CompareOp as_written = op;
    if (!n) {
      count = count_call(right);
      n = count ? zero_or_one(*left) : std::nullopt;
      as_written = mirrored(op);
    }
    std::optional<bool> exists = n ? tests_existence(as_written, *n) : std::nullopt;
    const FunctionSignature* test =
        exists ? context.find_function(kFnNamespace, *exists ? "exists" : "empty", 1) : nullptr;
    if (test != nullptr) {
      std::size_t at = count->offset();
      return std::make_unique<FunctionCallExpr>(at, test, count->release_args(), PreparedCall{});
    }
  }
  return std::make_unique<CompareExpr>(offset, kind, op, node_op, std::move(left),
                                       std::move(right));
}

}  // namespace konform::xpath
