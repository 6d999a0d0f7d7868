// The compiled form of an XPath expression: a tree of Expr nodes, each evaluating itself against
// an EvalContext. Built once by the parser (parser.h), evaluated many times. Paths keep node
// sequences as vectors of NodeRef in document order; predicates that are integer literals are
// evaluated by index, `//name` without positional predicates becomes one descendant scan.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "validator/xpath/atomic_ops.h"
#include "validator/xpath/context.h"
#include "validator/xpath/sequence_type.h"

namespace konform::xpath {

/// What each expression class is, one kind per class (its kKind), so evaluation and the
/// optimisations test nodes LLVM style (isa<T>, dyn_cast<T> below) instead of with dynamic_cast
/// (tests/build/expression_kinds_test.cpp keeps it so).
enum class ExprKind : std::uint8_t {
  kLiteral,
  kSequence,
  kRange,
  kVariable,
  kContextItem,
  kRoot,
  kFilter,
  kArithmetic,
  kUnary,
  kSet,
  kIf,
  kFor,
  kType,
  kUserFunctionCall,
  kAxisStep,
  kPath,
  kLogic,
  kCompare,
  kQuantified,
  kFunctionCall,
  kLiteralContains,
  kNameMemo,
};

class Expr {
 public:
  Expr(std::size_t offset, ExprKind kind) : offset_(offset), expr_kind_(kind) {}
  virtual ~Expr() = default;
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;

  virtual Sequence eval(EvalContext& c) const = 0;
  /// Effective boolean value of the result (overridden where a shortcut exists).
  virtual bool ebv(EvalContext& c) const;
  /// Whether the result is non-empty (overridden where it can stop at the first item).
  virtual bool exists(EvalContext& c) const { return !eval(c).empty(); }
  /// The literal value if this is a literal (used for compile-time preparation).
  virtual const Atomic* literal() const { return nullptr; }
  std::size_t offset() const { return offset_; }
  ExprKind expr_kind() const { return expr_kind_; }

 private:
  std::size_t offset_;
  ExprKind expr_kind_;
};
using ExprPtr = std::unique_ptr<Expr>;

template <typename T>
bool isa(const Expr& e) {
  return e.expr_kind() == T::kKind;
}
template <typename T>
const T* dyn_cast(const Expr* e) {
  return e != nullptr && isa<T>(*e) ? static_cast<const T*>(e) : nullptr;
}
template <typename T>
T* dyn_cast(Expr* e) {
  return e != nullptr && isa<T>(*e) ? static_cast<T*>(e) : nullptr;
}

bool effective_boolean_value(const Sequence& s);
/// Atomizes a sequence (nodes -> xs:untypedAtomic string values).
Sequence atomize(const Sequence& s);
Atomic atomize_item(const Item& item);
std::string item_string_value(const Item& item);
/// A node's string-value without copying it when the document holds it as one run (see
/// xdm::Document::string_value_view); valid while the document and `spill` live.
std::string_view node_string_value(const xdm::NodeRef& n, std::string& spill);
/// fn:string(item) as an xs:string value: a node's text copied once (inline when short), a
/// string-like atomic value relabelled without copying its text.
Atomic string_atomic(const Item& item);
/// Sorts nodes into document order and removes duplicates.
void sort_unique(std::vector<xdm::NodeRef>& nodes);

class LiteralExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kLiteral;
  LiteralExpr(std::size_t offset, Atomic value)
      : Expr(offset, kKind), value_{Item(std::move(value))} {}
  Sequence eval(EvalContext&) const override { return value_; }
  const Atomic* literal() const override { return &value_.front().atomic(); }
  /// The value as a one-item sequence, for consumers that read it in place instead of a copy.
  const Sequence& value() const { return value_; }

 private:
  Sequence value_;  // one atomic item
};

class SequenceExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kSequence;
  SequenceExpr(std::size_t offset, std::vector<ExprPtr> items)
      : Expr(offset, kKind), items_(std::move(items)) {}
  Sequence eval(EvalContext& c) const override;

 private:
  std::vector<ExprPtr> items_;
};

class RangeExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kRange;
  RangeExpr(std::size_t offset, ExprPtr from, ExprPtr to)
      : Expr(offset, kKind), from_(std::move(from)), to_(std::move(to)) {}
  Sequence eval(EvalContext& c) const override;

 private:
  ExprPtr from_, to_;
};

class VariableExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kVariable;
  /// Where the variable lives: a slot of the evaluation's locals, or of the declared variables.
  enum class Scope { kLocal, kGlobal };
  VariableExpr(std::size_t offset, Scope scope, std::size_t slot, std::string name)
      : Expr(offset, kKind),
        global_(scope == Scope::kGlobal),
        slot_(slot),
        name_(std::move(name)) {}
  Sequence eval(EvalContext& c) const override;

 private:
  bool global_;
  std::size_t slot_;
  std::string name_;
};

class ContextItemExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kContextItem;
  explicit ContextItemExpr(std::size_t offset) : Expr(offset, kKind) {}
  Sequence eval(EvalContext& c) const override { return {c.context_item()}; }
};

/// `/`: the root of the context node's tree, which must be a document node (XPDY0050).
class RootExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kRoot;
  explicit RootExpr(std::size_t offset) : Expr(offset, kKind) {}
  Sequence eval(EvalContext& c) const override;
};

enum class Axis {
  kChild,
  kDescendant,
  kAttribute,
  kSelf,
  kDescendantOrSelf,
  kFollowingSibling,
  kFollowing,
  kNamespace,
  kParent,
  kAncestor,
  kPrecedingSibling,
  kPreceding,
  kAncestorOrSelf,
};
bool is_reverse_axis(Axis axis);
xdm::NodeKind principal_kind(Axis axis);

/// The predicates `[p1][p2]...` of an axis step or a filter expression: applied left to right,
/// each to what the one before kept, positions counted in the order the caller gives the items
/// (axis order for a step, sequence order for a filter; XPath 2.0 §3.2.2). One class, so steps
/// and filters cannot drift apart in how a numeric predicate selects by position.
class PredicateList {
 public:
  /// Whether a predicate calls position() or last() (the parser counts the calls).
  enum class Focus : bool { kNotRead, kRead };
  void add(ExprPtr predicate, Focus focus) {
    exprs_.push_back(std::move(predicate));
    calls_focus_ = calls_focus_ || focus == Focus::kRead;
  }
  bool empty() const { return exprs_.empty(); }
  const Expr& front() const { return *exprs_.front(); }
  const std::vector<ExprPtr>& exprs() const { return exprs_; }
  /// True when a predicate could depend on position or size (not a plain boolean test).
  bool positional() const;
  /// Keeps the nodes, given in axis order, for which every predicate holds.
  void apply(EvalContext& c, std::vector<xdm::NodeRef>& nodes) const;
  /// Keeps the items for which every predicate holds.
  void apply(EvalContext& c, Sequence& items) const;
  /// Whether every predicate holds with `node` alone as the focus (position and size 1): the
  /// answer apply() gives for a list that is not positional.
  bool accept_alone(EvalContext& c, xdm::NodeRef node) const;

 private:
  std::vector<ExprPtr> exprs_;
  bool calls_focus_ = false;
};

class AxisStep : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kAxisStep;
  AxisStep(std::size_t offset, Axis axis, NodeTest test)
      : Expr(offset, kKind), axis_(axis), test_(std::move(test)) {}
  Sequence eval(EvalContext& c) const override;
  /// selects_any from the context node: a step used as a condition (`[cbc:ID]`, `exists(@x)`)
  /// stops at the first node instead of building the whole sequence.
  bool ebv(EvalContext& c) const override;
  bool exists(EvalContext& c) const override { return ebv(c); }
  /// Appends the step's result for context node `node` (document order) to `out`.
  void select(EvalContext& c, xdm::NodeRef node, std::vector<xdm::NodeRef>& out) const;
  /// Whether select would return a node (stops at the first one when there are no predicates).
  bool selects_any(EvalContext& c, xdm::NodeRef node) const;
  void add_predicate(ExprPtr p, PredicateList::Focus focus) {
    predicates_.add(std::move(p), focus);
  }

  Axis axis() const { return axis_; }
  void set_axis(Axis axis) { axis_ = axis; }
  const NodeTest& test() const { return test_; }
  const PredicateList& predicates() const { return predicates_; }
  /// True when a predicate could depend on position or size (not a plain boolean test).
  bool has_positional_predicate() const { return predicates_.positional(); }
  /// Applies the predicates to candidate nodes given in axis order.
  void filter(EvalContext& c, std::vector<xdm::NodeRef>& nodes) const;
  /// filter() on the one candidate `node`, for predicates that are not positional (a pattern
  /// step tests its node alone then): whether every predicate holds with `node` as the focus.
  bool accepts_alone(EvalContext& c, xdm::NodeRef node) const;
  /// Set by the parser on an attribute step that absorbed the descendant-or-self::node() step
  /// before it (`//@name`): the attributes of the node and of all its descendants, which a name
  /// test reads from the document's attribute index instead of a walk.
  void mark_descendant_attributes() { descendant_attributes_ = true; }
  bool descendant_attributes() const { return descendant_attributes_; }

 private:
  /// Calls f(NodeRef) for each node on the axis that passes the node test, in axis order, until
  /// f returns false (predicates not applied).
  template <typename F>
  void each_match(EvalContext& c, xdm::NodeRef node, F&& f) const;

  bool descendant_attributes_ = false;
  Axis axis_;
  NodeTest test_;
  PredicateList predicates_;
};

/// E1/E2/...: the first operand, then steps applied to each node in turn.
class PathExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kPath;
  PathExpr(std::size_t offset, ExprPtr first, std::vector<ExprPtr> steps)
      : Expr(offset, kKind), first_(std::move(first)), steps_(std::move(steps)) {}
  Sequence eval(EvalContext& c) const override;
  bool ebv(EvalContext& c) const override;
  bool exists(EvalContext& c) const override;
  const Expr* first() const { return first_.get(); }
  const std::vector<ExprPtr>& steps() const { return steps_; }

 private:
  /// Evaluates the first operand and steps [0, count) into `nodes` (document order); false when
  /// the path's last step returned atomic values instead, which are then in `atomics`.
  bool run_steps(EvalContext& c, std::size_t count, std::vector<xdm::NodeRef>& nodes,
                 Sequence& atomics) const;

  ExprPtr first_;
  std::vector<ExprPtr> steps_;
};

/// E[p1][p2]...: the primary's items that the predicates keep, positions in sequence order.
class FilterExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kFilter;
  FilterExpr(std::size_t offset, ExprPtr primary)
      : Expr(offset, kKind), primary_(std::move(primary)) {}
  void add_predicate(ExprPtr p, PredicateList::Focus focus) {
    predicates_.add(std::move(p), focus);
  }
  Sequence eval(EvalContext& c) const override;
  const Expr* primary() const { return primary_.get(); }

 private:
  ExprPtr primary_;
  PredicateList predicates_;
};

class LogicExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kLogic;
  enum class Op { kAnd, kOr };
  LogicExpr(std::size_t offset, Op op, ExprPtr a, ExprPtr b)
      : Expr(offset, kKind), is_and_(op == Op::kAnd), a_(std::move(a)), b_(std::move(b)) {}
  Sequence eval(EvalContext& c) const override { return {Atomic::boolean(ebv(c))}; }
  bool ebv(EvalContext& c) const override;
  bool is_and() const { return is_and_; }
  const Expr* left() const { return a_.get(); }
  const Expr* right() const { return b_.get(); }
  /// For compile-time rewrites of the left operand (name_memo.h).
  ExprPtr release_left() { return std::move(a_); }
  void replace_left(ExprPtr a) { a_ = std::move(a); }

 private:
  bool is_and_;
  ExprPtr a_, b_;
};

class CompareExpr : public Expr {
 public:
  enum class Kind { kGeneral, kValue, kNode };
  enum class NodeOp { kIs, kBefore, kAfter };
  static constexpr ExprKind kKind = ExprKind::kCompare;
  CompareExpr(std::size_t offset, Kind kind, CompareOp op, NodeOp node_op, ExprPtr a, ExprPtr b)
      : Expr(offset, kKind),
        kind_(kind),
        op_(op),
        node_op_(node_op),
        a_(std::move(a)),
        b_(std::move(b)) {}
  Sequence eval(EvalContext& c) const override;
  bool ebv(EvalContext& c) const override;

 private:
  Kind kind_;
  CompareOp op_;
  NodeOp node_op_;
  ExprPtr a_, b_;
};

/// General comparison of two atomized sequences (XPath 2.0 3.5.2 untypedAtomic rules).
bool general_compare(CompareOp op, const Sequence& a, const Sequence& b, EvalContext& c);

class ArithmeticExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kArithmetic;
  ArithmeticExpr(std::size_t offset, ArithOp op, ExprPtr a, ExprPtr b)
      : Expr(offset, kKind), op_(op), a_(std::move(a)), b_(std::move(b)) {}
  Sequence eval(EvalContext& c) const override;

 private:
  ArithOp op_;
  ExprPtr a_, b_;
};

class UnaryExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kUnary;
  enum class Sign { kPlus, kMinus };
  UnaryExpr(std::size_t offset, Sign sign, ExprPtr a)
      : Expr(offset, kKind), minus_(sign == Sign::kMinus), a_(std::move(a)) {}
  Sequence eval(EvalContext& c) const override;

 private:
  bool minus_;
  ExprPtr a_;
};

class SetExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kSet;
  enum class Op { kUnion, kIntersect, kExcept };
  SetExpr(std::size_t offset, Op op, ExprPtr a, ExprPtr b)
      : Expr(offset, kKind), op_(op), a_(std::move(a)), b_(std::move(b)) {}
  Sequence eval(EvalContext& c) const override;
  Op op() const { return op_; }
  const Expr* left() const { return a_.get(); }
  const Expr* right() const { return b_.get(); }

 private:
  Op op_;
  ExprPtr a_, b_;
};

class IfExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kIf;
  IfExpr(std::size_t offset, ExprPtr cond, ExprPtr then_expr, ExprPtr else_expr)
      : Expr(offset, kKind),
        cond_(std::move(cond)),
        then_(std::move(then_expr)),
        else_(std::move(else_expr)) {}
  Sequence eval(EvalContext& c) const override;
  bool ebv(EvalContext& c) const override;

 private:
  ExprPtr cond_, then_, else_;
};

/// One `for $x in E return R` binding (several bindings nest).
class ForExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kFor;
  ForExpr(std::size_t offset, std::size_t slot, ExprPtr in, ExprPtr body)
      : Expr(offset, kKind), slot_(slot), in_(std::move(in)), body_(std::move(body)) {}
  Sequence eval(EvalContext& c) const override;

 private:
  std::size_t slot_;
  ExprPtr in_, body_;
};

class QuantifiedExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kQuantified;
  enum class Quantifier { kSome, kEvery };
  QuantifiedExpr(std::size_t offset, Quantifier quantifier, std::size_t slot, ExprPtr in,
                 ExprPtr body)
      : Expr(offset, kKind),
        every_(quantifier == Quantifier::kEvery),
        slot_(slot),
        in_(std::move(in)),
        body_(std::move(body)) {}
  Sequence eval(EvalContext& c) const override { return {Atomic::boolean(ebv(c))}; }
  bool ebv(EvalContext& c) const override;

 private:
  bool every_;
  std::size_t slot_;
  ExprPtr in_, body_;
};

class TypeExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kType;
  enum class Kind { kInstanceOf, kTreatAs, kCastAs, kCastableAs };
  TypeExpr(std::size_t offset, Kind kind, ExprPtr a, SequenceType type,
           std::shared_ptr<const PrefixResolver> resolver)
      : Expr(offset, kKind),
        kind_(kind),
        a_(std::move(a)),
        type_(std::move(type)),
        resolver_(std::move(resolver)) {}
  Sequence eval(EvalContext& c) const override;

 private:
  Kind kind_;
  ExprPtr a_;
  SequenceType type_;
  std::shared_ptr<const PrefixResolver> resolver_;
};

class FunctionCallExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kFunctionCall;
  FunctionCallExpr(std::size_t offset, const FunctionSignature* function, std::vector<ExprPtr> args,
                   PreparedCall prepared);
  Sequence eval(EvalContext& c) const override;
  bool ebv(EvalContext& c) const override;
  /// Calls the function on argument values: converts them to the declared parameter types,
  /// then runs the body with this call site's prepared data.
  Sequence invoke(EvalContext& c, Arguments args) const;
  const FunctionSignature* function() const { return function_; }
  const std::vector<ExprPtr>& args() const { return args_; }
  /// Hands the arguments to a rewrite that replaces this call (comparison_rewrite.h).
  std::vector<ExprPtr> release_args() { return std::move(args_); }

 private:
  /// fn:exists, fn:empty, fn:not and fn:boolean answer from their argument's exists() or ebv(),
  /// which can stop at the first item, instead of from the whole sequence.
  enum class Test { kNone, kExists, kEmpty, kNot, kBoolean };
  Test test_ = Test::kNone;
  const FunctionSignature* function_;
  std::vector<ExprPtr> args_;
  PreparedCall prepared_;
};

class UserFunctionCallExpr : public Expr {
 public:
  static constexpr ExprKind kKind = ExprKind::kUserFunctionCall;
  UserFunctionCallExpr(std::size_t offset, UserFunction* function, std::vector<ExprPtr> args)
      : Expr(offset, kKind), function_(function), args_(std::move(args)) {}
  Sequence eval(EvalContext& c) const override;
  const UserFunction& function() const { return *function_; }

 private:
  UserFunction* function_;
  std::vector<ExprPtr> args_;
};

/// What a conversion is for: an argument or the result of a user function. The XPTY0004 message
/// is built from it only when the conversion fails, not on every call.
struct ConversionSubject {
  std::string_view function;   ///< the function's local name
  std::string_view parameter;  ///< the parameter's name; empty for the function's result
  std::string describe() const;
};

/// Applies the function conversion rules (atomization, untypedAtomic casting, numeric promotion)
/// and checks the value against `type` (XPTY0004 on mismatch).
Sequence convert_to_type(Sequence value, const SequenceType& type,
                         const ConversionSubject& subject);

}  // namespace konform::xpath
