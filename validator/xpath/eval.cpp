// Evaluation of the Expr tree (ast.h).
#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>

#include "validator/xpath/ast.h"
#include "validator/xpath/error.h"
#include "validator/xpath/literal_contains.h"
#include "validator/xpath/name_memo.h"

namespace konform::xpath {

using xdm::Document;
using xdm::kNoNode;
using xdm::NodeIndex;
using xdm::NodeKind;
using xdm::NodeRef;

// Recursive xsl:function/declared functions nest at most this deep: each level holds a C++ stack
// frame of the evaluator, so a runaway recursion ends as a budget error before the stack does.
constexpr int kMaxUserFunctionDepth = 400;

// --- context -----------------------------------------------------------------------------------

const Item& EvalContext::context_item() const {
  if (item == nullptr) throw Error("XPDY0002", "the context item is absent");
  return *item;
}

NodeRef EvalContext::context_node() const {
  const Item& i = context_item();
  if (!i.is_node()) throw Error("XPTY0020", "the context item is not a node");
  return i.node();
}

void EvalContext::throw_budget_exceeded() {
  throw Error(kBudgetExceeded, "evaluation step budget exceeded");
}

void EvalContext::check_deadline() const {
  if (dynamic != nullptr && dynamic->deadline &&
      std::chrono::steady_clock::now() > *dynamic->deadline) {
    throw Error(kTimeExceeded, "evaluation time budget exceeded");
  }
}

// --- basic value helpers -----------------------------------------------------------------------

bool effective_boolean_value(const Sequence& s) {
  if (s.empty()) return false;
  if (s.front().is_node()) return true;
  if (s.size() > 1)
    throw Error("FORG0006", "effective boolean value of a sequence of more than one atomic value");
  const Atomic& a = s.front().atomic();
  AtomicType t = a.type();
  if (t == AtomicType::kBoolean) return a.as_bool();
  if (is_string_type(t) || t == AtomicType::kUntypedAtomic || t == AtomicType::kAnyURI)
    return !a.as_string().empty();
  if (t == AtomicType::kDouble || t == AtomicType::kFloat) {
    double d = a.as_double();
    return !(d == 0 || std::isnan(d));
  }
  if (is_numeric(t)) {
    return a.holds_integer() ? !a.as_integer().is_zero() : !a.as_decimal().is_zero();
  }
  throw Error("FORG0006", "no effective boolean value for " + std::string(type_name(t)));
}

bool Expr::ebv(EvalContext& c) const { return effective_boolean_value(eval(c)); }

std::string item_string_value(const Item& item) {
  if (item.is_atomic()) return atomic_to_string(item.atomic());
  const NodeRef& n = item.node();
  if (n.ns_slot != 0) return std::string(n.doc->namespace_at(n.index, n.ns_slot - 1).uri);
  return n.doc->string_value(n.index);
}

std::string_view node_string_value(const NodeRef& n, std::string& spill) {
  if (n.ns_slot != 0) return n.doc->namespace_at(n.index, n.ns_slot - 1).uri;
  return n.doc->string_value_view(n.index, spill);
}

Atomic atomize_item(const Item& item) {
  if (item.is_atomic()) return item.atomic();
  NodeKind k = item.node().kind();
  AtomicType type =
      k == NodeKind::kComment || k == NodeKind::kProcessingInstruction || k == NodeKind::kNamespace
          ? AtomicType::kString
          : AtomicType::kUntypedAtomic;
  std::string spill;
  return Atomic::text(type, node_string_value(item.node(), spill));
}

Sequence atomize(const Sequence& s) {
  Sequence out;
  out.reserve(s.size());
  for (const Item& i : s) {
    if (i.is_atomic())
      out.push_back(i);
    else
      out.emplace_back(atomize_item(i));
  }
  return out;
}

void sort_unique(std::vector<NodeRef>& nodes) {
  if (nodes.size() < 2) return;
  if (std::is_sorted(nodes.begin(), nodes.end()) &&
      std::adjacent_find(nodes.begin(), nodes.end()) == nodes.end())
    return;
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
}

namespace {

/// A node vector from the evaluation's pool, given back at the end of the caller's scope.
NodeBuffer borrow_nodes(const EvalContext& c) {
  return NodeBuffer(c.dynamic != nullptr ? &c.dynamic->node_buffers() : nullptr);
}

Sequence to_sequence(const std::vector<NodeRef>& nodes) {
  Sequence out;
  out.reserve(nodes.size());
  for (const NodeRef& n : nodes) out.emplace_back(n);
  return out;
}

// Evaluates `e` with the focus set to (item, position, size), restoring the focus afterwards.
struct FocusGuard {
  EvalContext& c;
  const Item* item;
  std::size_t position, size;
  explicit FocusGuard(EvalContext& ctx)
      : c(ctx), item(ctx.item), position(ctx.position), size(ctx.size) {}
  ~FocusGuard() {
    c.item = item;
    c.position = position;
    c.size = size;
  }
  FocusGuard(const FocusGuard&) = delete;
  FocusGuard& operator=(const FocusGuard&) = delete;
};

std::optional<Atomic> single_atomic(const Sequence& s, const char* what) {
  if (s.empty()) return std::nullopt;
  if (s.size() > 1)
    throw Error("XPTY0004",
                std::string("a sequence of more than one item is not allowed as ") + what);
  return atomize_item(s.front());
}

// A predicate value: numeric -> position test, otherwise effective boolean value.
bool predicate_true(const Sequence& r, std::size_t position) {
  if (r.size() == 1 && r.front().is_atomic() && is_numeric(r.front().atomic().type())) {
    const Atomic& a = r.front().atomic();
    if (a.holds_integer()) {
      const Integer& i = a.as_integer();
      return i.fits_int64() && i.to_int64() == static_cast<std::int64_t>(position);
    }
    return numeric_to_double(a) == static_cast<double>(position);
  }
  return effective_boolean_value(r);
}

// The literal integer value of a predicate like [1], if it is one.
std::optional<std::int64_t> literal_position(const Expr& p) {
  const Atomic* a = p.literal();
  if (a == nullptr || !is_numeric(a->type())) return std::nullopt;
  if (a->holds_integer() && a->as_integer().fits_int64()) return a->as_integer().to_int64();
  return std::nullopt;
}

// Whether `p`'s value is never a number, so that as a predicate it is a boolean test: from the
// node's kind and the declared result types of built-ins and user functions (xsl:function's
// `as`), never from names.
bool never_numeric(const Expr& p) {
  switch (p.expr_kind()) {
    case ExprKind::kCompare:
    case ExprKind::kLogic:
    case ExprKind::kQuantified:
    case ExprKind::kAxisStep:
    case ExprKind::kLiteralContains:
    case ExprKind::kNameMemo:
    case ExprKind::kRoot:
    case ExprKind::kSet:
      return true;
    case ExprKind::kPath: {
      // Nodes when it ends in an axis step; otherwise what its last step yields (`a/number(.)`).
      const auto& path = static_cast<const PathExpr&>(p);
      return never_numeric(path.steps().empty() ? *path.first() : *path.steps().back());
    }
    case ExprKind::kFilter:
      return never_numeric(*static_cast<const FilterExpr&>(p).primary());
    case ExprKind::kFunctionCall:
      return static_cast<const FunctionCallExpr&>(p).function()->result.never_numeric();
    case ExprKind::kUserFunctionCall: {
      const UserFunction& f = static_cast<const UserFunctionCallExpr&>(p).function();
      return f.result_type && f.result_type->never_numeric();
    }
    case ExprKind::kLiteral:
    case ExprKind::kSequence:
    case ExprKind::kRange:
    case ExprKind::kVariable:
    case ExprKind::kContextItem:
    case ExprKind::kArithmetic:
    case ExprKind::kUnary:
    case ExprKind::kIf:
    case ExprKind::kFor:
    case ExprKind::kType:
      break;
  }
  return false;
}

// Filters items (given in the order positions count) by one predicate.
template <typename T, typename MakeItem>
void apply_predicate(EvalContext& c, const Expr& p, std::vector<T>& items, MakeItem make_item) {
  if (auto k = literal_position(p)) {
    if (*k >= 1 && static_cast<std::size_t>(*k) <= items.size()) {
      T keep = items[static_cast<std::size_t>(*k - 1)];
      items.clear();
      items.push_back(std::move(keep));
    } else {
      items.clear();
    }
    return;
  }
  if (p.literal() != nullptr && is_numeric(p.literal()->type())) {
    double d = numeric_to_double(*p.literal());
    if (d >= 1 && d == std::floor(d) && d <= static_cast<double>(items.size())) {
      T keep = std::move(items[static_cast<std::size_t>(d) - 1]);
      items.clear();
      items.push_back(std::move(keep));
    } else {
      items.clear();
    }
    return;
  }
  bool boolean_only = never_numeric(p);
  // The kept items move to the front in place (the focus is a copy), not into a new vector.
  std::size_t kept = 0;
  FocusGuard guard(c);
  c.size = items.size();
  for (std::size_t i = 0; i < items.size(); ++i) {
    c.step();
    Item focus = make_item(items[i]);
    c.item = &focus;
    c.position = i + 1;
    bool keep = boolean_only ? p.ebv(c) : predicate_true(p.eval(c), i + 1);
    if (!keep) continue;
    if (kept != i) items[kept] = std::move(items[i]);
    ++kept;
  }
  items.erase(items.begin() + static_cast<std::ptrdiff_t>(kept), items.end());
}

}  // namespace

// --- simple expressions ------------------------------------------------------------------------

Sequence SequenceExpr::eval(EvalContext& c) const {
  Sequence out;
  for (const auto& e : items_) {
    Sequence part = e->eval(c);
    c.charge(part.size());
    if (out.empty())
      out = std::move(part);
    else
      out.insert(out.end(), part.begin(), part.end());
  }
  return out;
}

Sequence RangeExpr::eval(EvalContext& c) const {
  auto from = single_atomic(from_->eval(c), "the operand of 'to'");
  auto to = single_atomic(to_->eval(c), "the operand of 'to'");
  if (!from || !to) return {};
  auto as_integer = [](const Atomic& a) {
    Atomic v = a.type() == AtomicType::kUntypedAtomic ? cast_atomic(a, AtomicType::kInteger) : a;
    if (!is_integer_type(v.type())) throw Error("XPTY0004", "operands of 'to' must be integers");
    if (!v.as_integer().fits_int64()) throw Error("FOAR0002", "range bound too large");
    return v.as_integer().to_int64();
  };
  std::int64_t a = as_integer(*from), b = as_integer(*to);
  if (b >= a && static_cast<std::uint64_t>(b) - static_cast<std::uint64_t>(a) >= *c.steps_left)
    c.exhaust();
  Sequence out;
  for (std::int64_t i = a; i <= b; ++i) {
    c.step();
    out.emplace_back(Atomic::integer(Integer(i)));
  }
  return out;
}

Sequence VariableExpr::eval(EvalContext& c) const {
  if (global_) {
    const auto& vars = c.dynamic->variables;
    if (slot_ >= vars.size()) throw Error("XPDY0002", "no value supplied for variable $" + name_);
    return vars[slot_];
  }
  return c.locals[slot_];
}

Sequence RootExpr::eval(EvalContext& c) const {
  NodeRef n = c.context_node();
  NodeRef root = n.doc->root();
  return {Item(root)};
}

// --- axes --------------------------------------------------------------------------------------

bool is_reverse_axis(Axis axis) {
  return axis == Axis::kParent || axis == Axis::kAncestor || axis == Axis::kPrecedingSibling ||
         axis == Axis::kPreceding || axis == Axis::kAncestorOrSelf;
}

NodeKind principal_kind(Axis axis) {
  if (axis == Axis::kAttribute) return NodeKind::kAttribute;
  if (axis == Axis::kNamespace) return NodeKind::kNamespace;
  return NodeKind::kElement;
}

bool PredicateList::positional() const {
  for (const auto& p : exprs_) {
    if (!never_numeric(*p)) return true;
  }
  return calls_focus_;
}

namespace {

// Calls f(NodeRef) for each sibling of `n` in the direction `next` goes (next_sibling or
// previous_sibling); f returns false to stop. `next` is a template argument so that the call
// is direct, as the two loops this replaces were.
template <NodeIndex (Document::*next)(NodeIndex) const, typename F>
void walk_siblings(EvalContext& c, const Document& d, NodeIndex n, F& f) {
  for (NodeIndex s = (d.*next)(n); s != kNoNode; s = (d.*next)(s)) {
    c.step();
    if (!f(d.ref(s))) return;
  }
}

// Calls f(NodeRef) for each node on `axis` from `n`, in axis order; f returns false to stop.
template <typename F>
void walk_axis(EvalContext& c, Axis axis, NodeRef n, F&& f) {
  const Document& d = *n.doc;
  bool is_ns = n.ns_slot != 0;
  NodeKind k = n.kind();
  auto ref = [&](NodeIndex i) { return d.ref(i); };
  switch (axis) {
    case Axis::kSelf:
      f(n);
      return;
    case Axis::kChild:
      if (is_ns) return;
      for (NodeIndex ch = d.first_child(n.index); ch != kNoNode; ch = d.next_sibling(ch)) {
        c.step();
        if (!f(ref(ch))) return;
      }
      return;
    case Axis::kDescendantOrSelf:
      if (!f(n)) return;
      [[fallthrough]];
    case Axis::kDescendant: {
      if (is_ns || (k != NodeKind::kElement && k != NodeKind::kDocument)) return;
      for (NodeIndex i = d.attributes_end(n.index), end = d.subtree_end(n.index); i < end; ++i) {
        c.step();
        if (d.kind(i) == NodeKind::kAttribute) continue;
        if (!f(ref(i))) return;
      }
      return;
    }
    case Axis::kAttribute:
      if (is_ns || k != NodeKind::kElement) return;
      for (NodeIndex i = n.index + 1, end = d.attributes_end(n.index); i < end; ++i) {
        c.step();
        if (!f(ref(i))) return;
      }
      return;
    case Axis::kNamespace:
      if (is_ns || k != NodeKind::kElement) return;
      for (std::size_t i = 0, count = d.namespace_count(n.index); i < count; ++i) {
        c.step();
        if (!f(NodeRef{&d, n.index, static_cast<std::uint32_t>(i + 1)})) return;
      }
      return;
    case Axis::kParent: {
      NodeIndex p = is_ns ? n.index : d.parent(n.index);
      if (p != kNoNode) f(ref(p));
      return;
    }
    case Axis::kAncestorOrSelf:
      if (!f(n)) return;
      [[fallthrough]];
    case Axis::kAncestor: {
      NodeIndex p = is_ns ? n.index : d.parent(n.index);
      while (p != kNoNode) {
        c.step();
        if (!f(ref(p))) return;
        p = d.parent(p);
      }
      return;
    }
    case Axis::kFollowingSibling:
      if (is_ns || k == NodeKind::kAttribute) return;
      return walk_siblings<&Document::next_sibling>(c, d, n.index, f);
    case Axis::kPrecedingSibling:
      if (is_ns || k == NodeKind::kAttribute) return;
      return walk_siblings<&Document::previous_sibling>(c, d, n.index, f);
    case Axis::kFollowing: {
      NodeIndex start = is_ns ? d.attributes_end(n.index) : d.subtree_end(n.index);
      for (NodeIndex i = start, end = static_cast<NodeIndex>(d.size()); i < end; ++i) {
        c.step();
        if (d.kind(i) == NodeKind::kAttribute) continue;
        if (!f(ref(i))) return;
      }
      return;
    }
    case Axis::kPreceding: {
      NodeIndex self = n.index;
      NodeIndex next_ancestor = is_ns ? n.index : d.parent(n.index);
      if (is_ns) ++self;  // the owning element is an ancestor, handled below
      for (NodeIndex i = self; i-- > 0;) {
        c.step();
        if (i == next_ancestor) {
          next_ancestor = d.parent(i);
          continue;
        }
        if (d.kind(i) == NodeKind::kAttribute) continue;
        if (!f(ref(i))) return;
      }
      return;
    }
  }
}

}  // namespace

namespace {

/// The document's code for a name test's whole name, or nullopt when the test has a wildcard,
/// is not a name test, or there is no dynamic context to cache codes in.
std::optional<xdm::NameCode> name_code_of(const EvalContext& c, const NodeTest& test,
                                          const Document& d) {
  if (test.name_slot == kNoNameSlot || c.dynamic == nullptr) return std::nullopt;
  return c.dynamic->name_codes().code(test.name_slot, d);
}

/// Calls f(NodeRef) for the elements named `code` on the descendant (or descendant-or-self) axis
/// of n, in document order, from the document's name index instead of a walk of the subtree.
template <typename F>
void walk_named_descendants(EvalContext& c, Axis axis, NodeRef n, xdm::NameCode code, F&& f) {
  const Document& d = *n.doc;
  NodeKind k = n.kind();
  if (k != NodeKind::kElement && k != NodeKind::kDocument) return;
  std::span<const NodeIndex> named = d.elements_named(code);
  NodeIndex first = axis == Axis::kDescendant ? n.index + 1 : n.index;
  NodeIndex end = d.subtree_end(n.index);
  for (auto it = std::lower_bound(named.begin(), named.end(), first);
       it != named.end() && *it < end; ++it) {
    c.step();
    if (!f(d.ref(*it))) return;
  }
}

/// Above this many elements of the step's name in the subtree, a named child step walks the
/// children instead: the index lists descendants at every depth, and `cbc:ID` from an invoice's
/// root would visit each line's IDs to find the root's one.
constexpr std::ptrdiff_t kNamedChildIndexLimit = 16;

/// Calls f(NodeRef) for the children of n named `code`, in document order, from the document's
/// name index, and returns true; returns false without calling f when the subtree holds more
/// than kNamedChildIndexLimit elements of that name. Rule sets test mostly for elements that are
/// absent (EN 16931's UBL-CR-* asserts: `not(cac:Delivery/cac:DeliveryParty/cbc:MarkAttention)`
/// on the invoice root), which the index answers with two binary searches where the walk visits
/// every child and whitespace text node of the root.
template <typename F>
bool walk_named_children(EvalContext& c, NodeRef n, xdm::NameCode code, F&& f) {
  const Document& d = *n.doc;
  NodeKind k = n.kind();
  if (n.ns_slot != 0 || (k != NodeKind::kElement && k != NodeKind::kDocument)) return false;
  std::span<const NodeIndex> named = d.elements_named(code);
  NodeIndex end = d.subtree_end(n.index);
  auto first = std::lower_bound(named.begin(), named.end(), n.index + 1);
  auto last = std::lower_bound(first, named.end(), end);
  if (last - first > kNamedChildIndexLimit) return false;
  for (auto it = first; it != last; ++it) {
    c.step();
    if (d.parent(*it) == n.index && !f(d.ref(*it))) break;
  }
  return true;
}

/// Calls f(NodeRef) for the attributes named `code` of n and of its descendants, in document
/// order, from the document's attribute index (`//@name`).
template <typename F>
void walk_named_descendant_attributes(EvalContext& c, NodeRef n, xdm::NameCode code, F&& f) {
  const Document& d = *n.doc;
  NodeKind k = n.kind();
  if (k != NodeKind::kElement && k != NodeKind::kDocument) return;
  std::span<const NodeIndex> named = d.attributes_named(code);
  NodeIndex end = d.subtree_end(n.index);
  for (auto it = std::lower_bound(named.begin(), named.end(), n.index);
       it != named.end() && *it < end; ++it) {
    c.step();
    if (!f(d.ref(*it))) return;
  }
}

}  // namespace

template <typename F>
void AxisStep::each_match(EvalContext& c, NodeRef node, F&& f) const {
  NodeKind principal = principal_kind(axis_);
  const std::optional<xdm::NameCode> code =
      principal == NodeKind::kNamespace ? std::nullopt : name_code_of(c, test_, *node.doc);
  // With a code, a name test is an integer compare (codes are per document: same code, same
  // namespace URI and local name).
  auto matches = [&](NodeRef n) {
    if (!code) return test_.matches(n, principal);
    return n.ns_slot == 0 && n.doc->kind(n.index) == principal &&
           n.doc->name_code(n.index) == *code;
  };
  if (code && principal == NodeKind::kElement &&
      (axis_ == Axis::kDescendant || axis_ == Axis::kDescendantOrSelf)) {
    walk_named_descendants(c, axis_, node, *code, f);
  } else if (code && axis_ == Axis::kChild && walk_named_children(c, node, *code, f)) {
    return;
  } else if (descendant_attributes_ && code) {
    walk_named_descendant_attributes(c, node, *code, f);
  } else if (descendant_attributes_) {
    walk_axis(c, Axis::kDescendantOrSelf, node, [&](NodeRef owner) {
      bool more = true;
      walk_axis(c, Axis::kAttribute, owner, [&](NodeRef n) { return more = !matches(n) || f(n); });
      return more;
    });
  } else {
    walk_axis(c, axis_, node, [&](NodeRef n) { return !matches(n) || f(n); });
  }
}

bool AxisStep::selects_any(EvalContext& c, NodeRef node) const {
  if (!predicates_.empty() && has_positional_predicate()) {
    NodeBuffer out = borrow_nodes(c);
    select(c, node, *out);
    return !out->empty();
  }
  // Predicates that read neither position nor size hold for a node alone, so the first node
  // that passes them answers (exists(//cac:TaxCategory[normalize-space(cbc:ID) = 'S'])) without
  // testing the rest.
  bool found = false;
  each_match(c, node,
             [&](NodeRef n) { return !(found = predicates_.empty() || accepts_alone(c, n)); });
  return found;
}

void AxisStep::select(EvalContext& c, NodeRef node, std::vector<NodeRef>& out) const {
  if (predicates_.empty()) {
    std::size_t first = out.size();
    each_match(c, node, [&](NodeRef n) {
      out.push_back(n);
      return true;
    });
    if (is_reverse_axis(axis_))
      std::reverse(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
    return;
  }
  NodeBuffer candidates = borrow_nodes(c);
  // A leading literal [k] only needs the first k matches.
  std::optional<std::int64_t> limit = literal_position(predicates_.front());
  each_match(c, node, [&](NodeRef n) {
    candidates->push_back(n);
    return !limit || static_cast<std::int64_t>(candidates->size()) < *limit;
  });
  filter(c, *candidates);
  if (is_reverse_axis(axis_)) std::reverse(candidates->begin(), candidates->end());
  out.insert(out.end(), candidates->begin(), candidates->end());
}

void PredicateList::apply(EvalContext& c, std::vector<NodeRef>& nodes) const {
  for (const auto& p : exprs_) {
    if (nodes.empty()) return;
    apply_predicate(c, *p, nodes, [](const NodeRef& n) { return Item(n); });
  }
}

void PredicateList::apply(EvalContext& c, Sequence& items) const {
  for (const auto& p : exprs_) {
    if (items.empty()) return;
    apply_predicate(c, *p, items, [](const Item& i) { return i; });
  }
}

bool PredicateList::accept_alone(EvalContext& c, NodeRef node) const {
  FocusGuard guard(c);
  Item focus(node);
  c.item = &focus;
  c.position = 1;
  c.size = 1;
  for (const auto& p : exprs_) {
    c.step();
    if (!p->ebv(c)) return false;
  }
  return true;
}

void AxisStep::filter(EvalContext& c, std::vector<NodeRef>& nodes) const {
  predicates_.apply(c, nodes);
}

bool AxisStep::accepts_alone(EvalContext& c, NodeRef node) const {
  return predicates_.accept_alone(c, node);
}

Sequence AxisStep::eval(EvalContext& c) const {
  NodeBuffer out = borrow_nodes(c);
  select(c, c.context_node(), *out);
  return to_sequence(*out);
}

bool AxisStep::ebv(EvalContext& c) const { return selects_any(c, c.context_node()); }

// --- paths and filters -------------------------------------------------------------------------

bool PathExpr::run_steps(EvalContext& c, std::size_t count, std::vector<NodeRef>& nodes,
                         Sequence& atomics) const {
  if (const auto* axis_step = dyn_cast<AxisStep>(first_.get())) {
    // Straight into `nodes`, in document order: not through a Sequence of Items and back.
    axis_step->select(c, c.context_node(), nodes);
  } else {
    Sequence start = first_->eval(c);
    nodes.reserve(start.size());
    for (const Item& i : start) {
      if (!i.is_node()) throw Error("XPTY0019", "a path step was applied to an atomic value");
      nodes.push_back(i.node());
    }
    if (!isa<RootExpr>(*first_)) sort_unique(nodes);
  }
  for (std::size_t s = 0; s < count; ++s) {
    const Expr& step = *steps_[s];
    bool last = s + 1 == steps_.size();
    if (auto* axis_step = dyn_cast<AxisStep>(&step)) {
      NodeBuffer next = borrow_nodes(c);
      for (const NodeRef& n : nodes) axis_step->select(c, n, *next);
      if (nodes.size() > 1) sort_unique(*next);
      nodes.swap(*next);
      continue;
    }
    Sequence results;
    bool any_node = false, any_atomic = false;
    {
      FocusGuard guard(c);
      c.size = nodes.size();
      for (std::size_t i = 0; i < nodes.size(); ++i) {
        c.step();
        Item focus(nodes[i]);
        c.item = &focus;
        c.position = i + 1;
        Sequence r = step.eval(c);
        c.charge(r.size());
        for (Item& item : r) {
          (item.is_node() ? any_node : any_atomic) = true;
          results.push_back(std::move(item));
        }
      }
    }
    if (any_node && any_atomic)
      throw Error("XPTY0018", "a path step returned both nodes and atomic values");
    if (any_atomic) {
      if (!last) throw Error("XPTY0019", "a path step was applied to an atomic value");
      atomics = std::move(results);
      return false;
    }
    nodes.clear();
    for (const Item& i : results) nodes.push_back(i.node());
    sort_unique(nodes);
  }
  return true;
}

Sequence PathExpr::eval(EvalContext& c) const {
  NodeBuffer nodes = borrow_nodes(c);
  Sequence atomics;
  if (!run_steps(c, steps_.size(), *nodes, atomics)) return atomics;
  return to_sequence(*nodes);
}

bool PathExpr::ebv(EvalContext& c) const {
  // A path whose last step is an axis step yields nodes: true at the first one found, without
  // building the rest of the sequence (exists(a/b), not(a/b), [a/b] and the like).
  const auto* last = steps_.empty() ? nullptr : dyn_cast<AxisStep>(steps_.back().get());
  if (last == nullptr) {
    Sequence r = eval(c);
    if (!r.empty() && r.front().is_node()) return true;
    return effective_boolean_value(r);
  }
  NodeBuffer nodes = borrow_nodes(c);
  Sequence atomics;
  run_steps(c, steps_.size() - 1, *nodes, atomics);  // not the last step: nodes only
  for (const NodeRef& n : *nodes) {
    if (last->selects_any(c, n)) return true;
  }
  return false;
}

bool PathExpr::exists(EvalContext& c) const {
  // Ending in an axis step, the path yields nodes only: non-empty exactly when its EBV is true.
  if (!steps_.empty() && isa<AxisStep>(*steps_.back())) return ebv(c);
  return Expr::exists(c);
}

Sequence FilterExpr::eval(EvalContext& c) const {
  Sequence items = primary_->eval(c);
  predicates_.apply(c, items);
  return items;
}

// --- logic and comparisons ---------------------------------------------------------------------

bool LogicExpr::ebv(EvalContext& c) const {
  bool a = a_->ebv(c);
  if (is_and_ ? !a : a) return a;
  return b_->ebv(c);
}

namespace {

/// `e`'s value: a literal's own sequence in place, anything else evaluated into `storage`.
const Sequence& operand_value(const Expr& e, EvalContext& c, Sequence& storage) {
  if (const auto* literal = dyn_cast<LiteralExpr>(&e)) return literal->value();
  storage = e.eval(c);
  return storage;
}

}  // namespace

bool CompareExpr::ebv(EvalContext& c) const {
  if (kind_ == Kind::kGeneral) {  // always a boolean: no result sequence to build
    Sequence a_storage, b_storage;
    const Sequence& a = operand_value(*a_, c, a_storage);
    const Sequence& b = operand_value(*b_, c, b_storage);
    return general_compare(op_, a, b, c);
  }
  Sequence r = eval(c);
  return !r.empty() && r.front().atomic().as_bool();
}

Sequence CompareExpr::eval(EvalContext& c) const {
  Sequence a = a_->eval(c);
  Sequence b = b_->eval(c);
  switch (kind_) {
    case Kind::kGeneral:
      return {Atomic::boolean(general_compare(op_, a, b, c))};
    case Kind::kValue: {
      auto x = single_atomic(a, "an operand of a value comparison");
      auto y = single_atomic(b, "an operand of a value comparison");
      if (!x || !y) return {};
      auto untyped_to_string = [](const Atomic& v) {
        return v.type() == AtomicType::kUntypedAtomic ? v.with_string_type(AtomicType::kString) : v;
      };
      return {Atomic::boolean(compare_atomic(op_, untyped_to_string(*x), untyped_to_string(*y)))};
    }
    case Kind::kNode: {
      if (a.empty() || b.empty()) return {};
      if (a.size() > 1 || b.size() > 1 || !a.front().is_node() || !b.front().is_node())
        throw Error("XPTY0004", "node comparison operands must be single nodes");
      const NodeRef& x = a.front().node();
      const NodeRef& y = b.front().node();
      switch (node_op_) {
        case NodeOp::kIs:
          return {Atomic::boolean(x == y)};
        case NodeOp::kBefore:
          return {Atomic::boolean(x < y)};
        case NodeOp::kAfter:
          return {Atomic::boolean(y < x)};
      }
    }
  }
  return {};
}

// --- arithmetic --------------------------------------------------------------------------------

Sequence ArithmeticExpr::eval(EvalContext& c) const {
  auto x = single_atomic(a_->eval(c), "an arithmetic operand");
  if (!x) return {};
  auto y = single_atomic(b_->eval(c), "an arithmetic operand");
  if (!y) return {};
  auto numeric = [](const Atomic& v) {
    return v.type() == AtomicType::kUntypedAtomic ? cast_atomic(v, AtomicType::kDouble) : v;
  };
  return {arithmetic(op_, numeric(*x), numeric(*y))};
}

Sequence UnaryExpr::eval(EvalContext& c) const {
  auto x = single_atomic(a_->eval(c), "an arithmetic operand");
  if (!x) return {};
  Atomic v = x->type() == AtomicType::kUntypedAtomic ? cast_atomic(*x, AtomicType::kDouble) : *x;
  if (!is_numeric(v.type()))
    throw Error("XPTY0004", "unary operator applied to " + std::string(type_name(v.type())));
  if (!minus_) return {v};
  return {negate(v)};
}

Sequence SetExpr::eval(EvalContext& c) const {
  auto nodes_of = [](const Sequence& s) {
    std::vector<NodeRef> out;
    out.reserve(s.size());
    for (const Item& i : s) {
      if (!i.is_node()) throw Error("XPTY0004", "union/intersect/except operands must be nodes");
      out.push_back(i.node());
    }
    sort_unique(out);
    return out;
  };
  std::vector<NodeRef> a = nodes_of(a_->eval(c));
  std::vector<NodeRef> b = nodes_of(b_->eval(c));
  std::vector<NodeRef> out;
  switch (op_) {
    case Op::kUnion:
      std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
      break;
    case Op::kIntersect:
      std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
      break;
    case Op::kExcept:
      std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
      break;
  }
  return to_sequence(out);
}

// --- control flow ------------------------------------------------------------------------------

Sequence IfExpr::eval(EvalContext& c) const {
  return cond_->ebv(c) ? then_->eval(c) : else_->eval(c);
}

bool IfExpr::ebv(EvalContext& c) const { return cond_->ebv(c) ? then_->ebv(c) : else_->ebv(c); }

Sequence ForExpr::eval(EvalContext& c) const {
  Sequence in = in_->eval(c);
  Sequence out;
  for (const Item& i : in) {
    c.step();
    c.locals[slot_] = Sequence{i};
    Sequence r = body_->eval(c);
    c.charge(r.size());
    out.insert(out.end(), r.begin(), r.end());
  }
  return out;
}

bool QuantifiedExpr::ebv(EvalContext& c) const {
  Sequence in = in_->eval(c);
  for (const Item& i : in) {
    c.step();
    c.locals[slot_] = Sequence{i};
    bool b = body_->ebv(c);
    if (every_ && !b) return false;
    if (!every_ && b) return true;
  }
  return every_;
}

// --- types -------------------------------------------------------------------------------------

Sequence TypeExpr::eval(EvalContext& c) const {
  Sequence v = a_->eval(c);
  switch (kind_) {
    case Kind::kInstanceOf:
      return {Atomic::boolean(type_.matches(v))};
    case Kind::kTreatAs:
      if (!type_.matches(v)) throw Error("XPDY0050", "treat as: value does not match the type");
      return v;
    case Kind::kCastAs:
    case Kind::kCastableAs: {
      bool castable = kind_ == Kind::kCastableAs;
      if (v.size() > 1) {
        if (castable) return {Atomic::boolean(false)};
        throw Error("XPTY0004", "cast of a sequence of more than one item");
      }
      Sequence atomized = atomize(v);
      if (atomized.empty()) {
        if (castable) return {Atomic::boolean(type_.occurrence == '?')};
        if (type_.occurrence == '?') return {};
        throw Error("XPTY0004", "cast of an empty sequence");
      }
      const Atomic& value = atomized.front().atomic();
      if (castable)
        return {Atomic::boolean(castable_atomic(value, type_.item.atomic, resolver_.get()))};
      return {cast_atomic(value, type_.item.atomic, resolver_.get())};
    }
  }
  return {};
}

std::string ConversionSubject::describe() const {
  const std::string call = std::string(function) + "()";
  return parameter.empty() ? "result of " + call
                           : "argument $" + std::string(parameter) + " of " + call;
}

Sequence convert_to_type(Sequence value, const SequenceType& type,
                         const ConversionSubject& subject) {
  if (type.item.kind == ItemType::Kind::kAtomic) {
    Sequence converted;
    converted.reserve(value.size());
    AtomicType target = type.item.atomic;
    for (const Item& i : value) {
      Atomic a = atomize_item(i);
      if (a.type() == AtomicType::kUntypedAtomic && target != AtomicType::kAnyAtomic &&
          target != AtomicType::kUntypedAtomic) {
        a = cast_atomic(a, target);
      } else if ((target == AtomicType::kDouble || target == AtomicType::kFloat) &&
                 is_numeric(a.type()) && !derives_from(a.type(), target)) {
        a = cast_atomic(a, target);
      } else if (target == AtomicType::kDecimal && is_numeric(a.type()) &&
                 !derives_from(a.type(), AtomicType::kDecimal)) {
        // float/double are not promoted to decimal: leave as is, the check below fails.
      } else if (target == AtomicType::kString && a.type() == AtomicType::kAnyURI) {
        a = a.with_string_type(AtomicType::kString);
      }
      converted.emplace_back(std::move(a));
    }
    value = std::move(converted);
  }
  if (!type.matches(value)) {
    throw Error("XPTY0004", subject.describe() + " does not match the required type");
  }
  return value;
}

// --- function calls ----------------------------------------------------------------------------

FunctionCallExpr::FunctionCallExpr(std::size_t offset, const FunctionSignature* function,
                                   std::vector<ExprPtr> args, PreparedCall prepared)
    : Expr(offset, kKind),
      function_(function),
      args_(std::move(args)),
      prepared_(std::move(prepared)) {
  if (args_.size() != 1) return;
  static constexpr std::pair<BuiltinId, Test> kTests[] = {{BuiltinId::kExists, Test::kExists},
                                                          {BuiltinId::kEmpty, Test::kEmpty},
                                                          {BuiltinId::kNot, Test::kNot},
                                                          {BuiltinId::kBoolean, Test::kBoolean}};
  for (const auto& [id, test] : kTests) {
    if (function_->id == id) test_ = test;
  }
}

bool FunctionCallExpr::ebv(EvalContext& c) const {
  switch (test_) {
    case Test::kNone:
      return Expr::ebv(c);
    case Test::kExists:
      c.step();
      return args_[0]->exists(c);
    case Test::kEmpty:
      c.step();
      return !args_[0]->exists(c);
    case Test::kNot:
      c.step();
      return !args_[0]->ebv(c);
    case Test::kBoolean:
      c.step();
      return args_[0]->ebv(c);
  }
  return Expr::ebv(c);
}

Sequence FunctionCallExpr::eval(EvalContext& c) const {
  if (test_ != Test::kNone) return {Atomic::boolean(ebv(c))};
  c.step();
  // Most calls have few arguments: they are evaluated into an array on the stack, not a vector.
  constexpr std::size_t kOnStack = 4;
  if (args_.size() <= kOnStack) {
    std::array<Sequence, kOnStack> args;
    for (std::size_t i = 0; i < args_.size(); ++i) args[i] = args_[i]->eval(c);
    return invoke(c, Arguments(args.data(), args_.size()));
  }
  std::vector<Sequence> args;
  args.reserve(args_.size());
  for (const auto& a : args_) args.push_back(a->eval(c));
  return invoke(c, args);
}

Sequence FunctionCallExpr::invoke(EvalContext& c, Arguments args) const {
  for (std::size_t i = 0; i < args.size(); ++i)
    args[i] = convert_argument(std::move(args[i]), *function_, i);
  const PreparedCall* saved = c.prepared;
  c.prepared = &prepared_;
  struct Restore {
    EvalContext& c;
    const PreparedCall* p;
    ~Restore() { c.prepared = p; }
  } restore{c, saved};
  if (function_->body != nullptr) return function_->body(c, args);
  std::vector<Sequence> native_args(std::make_move_iterator(args.begin()),
                                    std::make_move_iterator(args.end()));
  return (*function_->native)(c, native_args);
}

Sequence UserFunctionCallExpr::eval(EvalContext& c) const {
  c.step();
  if (!function_->body) throw Error("XPST0017", "function " + function_->local + " has no body");
  if (c.call_depth >= kMaxUserFunctionDepth) {
    throw Error(kBudgetExceeded, "function recursion too deep");
  }
  std::vector<Sequence> frame(function_->frame_size);
  for (std::size_t i = 0; i < args_.size(); ++i) {
    frame[i] = convert_to_type(args_[i]->eval(c), function_->parameter_types[i],
                               {function_->local, function_->parameter_names[i]});
  }
  EvalContext inner = c;
  inner.item = nullptr;
  inner.position = 0;
  inner.size = 0;
  inner.locals = frame.data();
  inner.call_depth = c.call_depth + 1;
  Sequence result = function_->body->eval(inner);
  if (function_->result_type)
    result = convert_to_type(std::move(result), *function_->result_type, {function_->local, {}});
  return result;
}

}  // namespace konform::xpath
