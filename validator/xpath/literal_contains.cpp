#include "validator/xpath/literal_contains.h"

#include "validator/xpath/string_like.h"

namespace konform::xpath {

LiteralContainsExpr::LiteralContainsExpr(std::size_t offset, std::unique_ptr<FunctionCallExpr> call)
    : Expr(offset, kKind),
      call_(std::move(call)),
      haystack_(call_->args()[0]->literal()->as_string()) {
  // A token counts when a space precedes and follows it: only then can ' token ' match there.
  std::string_view h = haystack_;
  for (std::size_t start = h.find(' '); start != std::string_view::npos;) {
    std::size_t end = h.find(' ', start + 1);
    if (end == std::string_view::npos) break;
    if (end > start + 1) tokens_.insert(h.substr(start + 1, end - start - 1));
    start = end;
  }
}

bool LiteralContainsExpr::contains(std::string_view needle) const {
  bool one_token = needle.size() >= 3 && needle.front() == ' ' && needle.back() == ' ' &&
                   needle.substr(1, needle.size() - 2).find(' ') == std::string_view::npos;
  if (one_token) return tokens_.count(needle.substr(1, needle.size() - 2)) != 0;
  return haystack_.find(needle) != std::string::npos;
}

bool LiteralContainsExpr::ebv(EvalContext& c) const {
  c.step();
  Sequence needle = call_->args()[1]->eval(c);
  if (needle.empty()) return true;  // contains(s, ()) searches for "", found everywhere
  if (needle.size() == 1) {
    const Item& i = needle.front();
    if (i.is_node()) {
      std::string spill;
      return contains(node_string_value(i.node(), spill));
    }
    if (is_string_like(i.atomic().type())) return contains(i.atomic().as_string());
  }
  // Anything else is the generic function's error (XPTY0004): let it say so in its words.
  Sequence args[] = {call_->args()[0]->eval(c), std::move(needle)};
  Sequence r = call_->invoke(c, args);
  return effective_boolean_value(r);
}

ExprPtr specialise_call(std::unique_ptr<FunctionCallExpr> call) {
  const auto& args = call->args();
  if (call->function()->id == BuiltinId::kContains && args.size() == 2 &&
      args[0]->literal() != nullptr && args[0]->literal()->type() == AtomicType::kString) {
    std::size_t offset = call->offset();
    return std::make_unique<LiteralContainsExpr>(offset, std::move(call));
  }
  return call;
}

}  // namespace konform::xpath
