// fn:contains with a literal first argument, prepared once at compile time. Code-list rules test
// membership as `contains(' AA AB … ', concat(' ', normalize-space(.), ' '))` against literals of
// up to several kilobytes; called per node, the generic function copied the literal twice and
// scanned it. Here the literal is kept once, and a needle of the form ' token ' (one token, no
// inner space) is answered from a hash set of the literal's space-delimited tokens, which gives
// the same answer as the substring search: such a needle occurs exactly where a space, the
// token and a space follow each other.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "validator/xpath/ast.h"

namespace konform::xpath {

class LiteralContainsExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kLiteralContains;
  /// `call` is the fn:contains call as compiled (two arguments, the first a string literal); it is
  /// kept to raise exactly its errors for arguments outside the fast path.
  LiteralContainsExpr(std::size_t offset, std::unique_ptr<FunctionCallExpr> call);
  Sequence eval(EvalContext& c) const override { return {Atomic::boolean(ebv(c))}; }
  bool ebv(EvalContext& c) const override;

 private:
  bool contains(std::string_view needle) const;

  std::unique_ptr<FunctionCallExpr> call_;
  std::string haystack_;
  std::unordered_set<std::string_view> tokens_;  // views into haystack_
};

/// The call, or a LiteralContainsExpr when it is fn:contains(string literal, X) without collation.
ExprPtr specialise_call(std::unique_ptr<FunctionCallExpr> call);

}  // namespace konform::xpath
