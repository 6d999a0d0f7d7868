#include <algorithm>
#include <atomic>

#include "validator/xpath/ast.h"
#include "validator/xpath/key_index.h"
#include "validator/xpath/name_memo.h"
#include "validator/xpath/parser.h"
#include "validator/xpath/xpath.h"

namespace konform::xpath {

using xdm::NodeKind;
using xdm::NodeRef;

namespace {

struct Evaluation {
  std::vector<Sequence> frame;
  std::uint64_t steps;
  std::uint64_t granted;
  std::uint64_t* shared;
  EvalContext c;
  std::optional<Item> item;

  Evaluation(const DynamicContext& d, std::size_t frame_size)
      : frame(frame_size),
        steps(d.shared_steps_left ? std::min(d.step_budget, *d.shared_steps_left) : d.step_budget),
        granted(steps),
        shared(d.shared_steps_left),
        item(d.context_item) {
    c.dynamic = &d;
    c.item = item ? &*item : nullptr;
    c.position = d.position;
    c.size = d.size;
    c.locals = frame.data();
    c.current = c.item;
    c.steps_left = &steps;
  }
  ~Evaluation() {
    // Also when the evaluation ended with an error: the work was done either way.
    if (shared) *shared -= std::min(*shared, granted - steps);
  }
  Evaluation(const Evaluation&) = delete;
  Evaluation& operator=(const Evaluation&) = delete;
};

}  // namespace

Sequence CompiledExpression::evaluate(const DynamicContext& context) const {
  Evaluation e(context, frame_size_);
  return expr_->eval(e.c);
}

bool CompiledExpression::evaluate_boolean(const DynamicContext& context) const {
  Evaluation e(context, frame_size_);
  return expr_->ebv(e.c);
}

std::string CompiledExpression::evaluate_string(const DynamicContext& context) const {
  return join_string_values(evaluate(context));
}

CompiledExpression compile(std::string_view expression, const StaticContext& context) {
  LocalScope scope;
  CompiledExpression out;
  out.expr_ = parse_expression(expression, context, scope);
  out.frame_size_ = scope.frame_size;
  out.text_ = std::string(expression);
  return out;
}

std::string join_string_values(const Sequence& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out.push_back(' ');
    out += item_string_value(items[i]);
  }
  return out;
}

// --- patterns ----------------------------------------------------------------------------------

namespace {
std::atomic<std::uint64_t> next_pattern_id{1};
}  // namespace

struct Pattern::Impl {
  struct Step {
    const AxisStep* step;
    bool gap;  // preceded by `//`: any ancestor may match the previous step
  };
  struct Alternative {
    bool root_only = false;        // the pattern `/`
    bool absolute = false;         // starts at the document node
    const Expr* origin = nullptr;  // id()/key() call the first step hangs from
    std::vector<Step> steps;
  };
  ExprPtr expr;
  std::size_t frame_size = 0;
  std::vector<Alternative> alternatives;
  // Set when the pattern is not a union of step paths (XSLT 3.0 forms such as `(/a | /b)[p]`
  // or `(a | b)/c`): N matches if N is in the pattern's value evaluated from the root (when
  // every branch is absolute) or from every node of the document.
  bool general = false;
  bool absolute = false;
  // Process-unique, so cached node sets never outlive a pattern whose address gets reused.
  std::uint64_t id = next_pattern_id.fetch_add(1);

  bool step_matches(const Step& s, NodeRef n, EvalContext& c) const;
  bool match_from(const Alternative& a, std::size_t k, NodeRef n, EvalContext& c) const;
  bool matches(NodeRef n, EvalContext& c) const;
  /// Cheap necessary condition: the node passes the last step's node test of some alternative.
  bool may_match(NodeRef n) const;
  /// Pattern::decided_by_name for one alternative, which raises Error as its name tests do.
  std::optional<bool> decided_by_name(const Alternative& a, NodeRef n, EvalContext& c) const;
};

Pattern::Pattern() = default;
Pattern::~Pattern() = default;
Pattern::Pattern(Pattern&&) noexcept = default;
Pattern& Pattern::operator=(Pattern&&) noexcept = default;

bool Pattern::Impl::step_matches(const Step& s, NodeRef n, EvalContext& c) const {
  Axis axis = s.step->axis() == Axis::kAttribute ? Axis::kAttribute : Axis::kChild;
  NodeKind k = n.kind();
  if (axis == Axis::kAttribute
          ? k != NodeKind::kAttribute
          : (k == NodeKind::kAttribute || k == NodeKind::kNamespace || k == NodeKind::kDocument))
    return false;
  if (!s.step->test().matches(n,
                              axis == Axis::kAttribute ? NodeKind::kAttribute : NodeKind::kElement))
    return false;
  if (s.step->predicates().empty()) return true;
  if (!s.step->has_positional_predicate()) {
    // Predicates that use neither position nor size give n the same answer whatever its
    // siblings: test n alone (testing every sibling made `//*[ends-with(name(), 'Amount')]`
    // quadratic in the number of children).
    return s.step->accepts_alone(c, n);
  }
  std::vector<NodeRef> candidates;
  const xdm::Document& d = *n.doc;
  xdm::NodeIndex parent = d.parent(n.index);
  if (parent == xdm::kNoNode) {
    candidates.push_back(n);
  } else if (axis == Axis::kAttribute) {
    for (xdm::NodeIndex i = parent + 1; i < d.attributes_end(parent); ++i) {
      if (s.step->test().matches(d.ref(i), NodeKind::kAttribute)) candidates.push_back(d.ref(i));
    }
  } else {
    for (xdm::NodeIndex ch = d.first_child(parent); ch != xdm::kNoNode; ch = d.next_sibling(ch)) {
      c.step();
      if (s.step->test().matches(d.ref(ch), NodeKind::kElement)) candidates.push_back(d.ref(ch));
    }
  }
  s.step->filter(c, candidates);
  return std::find(candidates.begin(), candidates.end(), n) != candidates.end();
}

bool Pattern::Impl::match_from(const Alternative& a, std::size_t k, NodeRef n,
                               EvalContext& c) const {
  c.step();
  if (!step_matches(a.steps[k], n, c)) return false;
  const xdm::Document& d = *n.doc;
  xdm::NodeIndex parent = d.parent(n.index);
  bool gap = a.steps[k].gap;
  if (k == 0) {
    if (a.origin != nullptr) {
      Item self(n);
      const Item* saved = c.item;
      c.item = &self;
      Sequence origin = a.origin->eval(c);
      c.item = saved;
      for (xdm::NodeIndex p = parent; p != xdm::kNoNode; p = gap ? d.parent(p) : xdm::kNoNode) {
        for (const Item& i : origin) {
          if (i.is_node() && i.node() == d.ref(p)) return true;
        }
      }
      return false;
    }
    if (!a.absolute) return true;
    if (gap) return d.kind(0) == NodeKind::kDocument;
    return parent != xdm::kNoNode && d.kind(parent) == NodeKind::kDocument;
  }
  if (parent == xdm::kNoNode) return false;
  if (!gap) return match_from(a, k - 1, d.ref(parent), c);
  for (xdm::NodeIndex p = parent; p != xdm::kNoNode; p = d.parent(p)) {
    if (match_from(a, k - 1, d.ref(p), c)) return true;
  }
  return false;
}

bool Pattern::Impl::matches(NodeRef n, EvalContext& c) const {
  if (general) {
    const xdm::Document& d = *n.doc;
    const auto& nodes = c.dynamic->key_cache().pattern_nodes(id, d, [&] {
      std::vector<NodeRef> out;
      const Item* saved_item = c.item;
      std::size_t saved_position = c.position, saved_size = c.size;
      for (xdm::NodeIndex i = 0; i < (absolute ? 1 : d.size()); ++i) {
        Item from(d.ref(i));
        c.item = &from;
        c.position = c.size = 1;
        for (const Item& r : expr->eval(c)) {
          if (r.is_node()) out.push_back(r.node());
        }
      }
      c.item = saved_item;
      c.position = saved_position;
      c.size = saved_size;
      sort_unique(out);
      return out;
    });
    return std::binary_search(nodes.begin(), nodes.end(), n);
  }
  for (const Alternative& a : alternatives) {
    if (a.root_only) {
      if (n.kind() == NodeKind::kDocument) return true;
      continue;
    }
    if (n.kind() == NodeKind::kNamespace) continue;
    if (match_from(a, a.steps.size() - 1, n, c)) return true;
  }
  return false;
}

bool Pattern::Impl::may_match(NodeRef n) const {
  if (general) return true;
  NodeKind k = n.kind();
  for (const Alternative& a : alternatives) {
    if (a.root_only) {
      if (k == NodeKind::kDocument) return true;
      continue;
    }
    const AxisStep& last = *a.steps.back().step;
    bool attribute = last.axis() == Axis::kAttribute;
    if (attribute != (k == NodeKind::kAttribute)) continue;
    if (last.test().matches(n, attribute ? NodeKind::kAttribute : NodeKind::kElement)) return true;
  }
  return false;
}

namespace {

/// The test a step predicate makes first that depends on the focus node's name alone (a
/// NameMemoExpr, or one leading the predicate's `and` chain), or null.
const Expr* leading_name_test(const Expr& predicate) {
  const Expr* e = &predicate;
  for (auto* logic = dyn_cast<LogicExpr>(e); logic != nullptr; logic = dyn_cast<LogicExpr>(e)) {
    if (!logic->is_and()) return nullptr;
    e = logic->left();
  }
  return isa<NameMemoExpr>(*e) ? e : nullptr;
}

}  // namespace

// Follows match_from at its first step and accept_alone, in their order, as far as the name
// answers: whatever is evaluated here, matches() evaluates too, before anything else can raise.
std::optional<bool> Pattern::Impl::decided_by_name(const Alternative& a, NodeRef n,
                                                   EvalContext& c) const {
  if (a.root_only) return false;
  const AxisStep& last = *a.steps.back().step;
  const bool attribute = last.axis() == Axis::kAttribute;
  if (attribute != (n.kind() == NodeKind::kAttribute)) return false;
  if (!last.test().matches(n, attribute ? NodeKind::kAttribute : NodeKind::kElement)) return false;
  if (last.has_positional_predicate()) return std::nullopt;
  for (const ExprPtr& predicate : last.predicates().exprs()) {
    const Expr* test = leading_name_test(*predicate);
    if (test == nullptr) return std::nullopt;
    if (!test->ebv(c)) return false;
    if (test != predicate.get()) return std::nullopt;  // the rest of the `and` chain decides
  }
  // The last step holds; the others and the anchor of a one-step alternative remain.
  if (a.steps.size() > 1 || a.origin != nullptr) return std::nullopt;
  if (!a.absolute) return true;
  if (!a.steps.front().gap) return std::nullopt;  // `/a`: the parent must be the document node
  return n.doc->kind(0) == NodeKind::kDocument;
}

std::optional<bool> Pattern::decided_by_name(NodeRef node, const DynamicContext& context) const {
  const NodeKind kind = node.kind();
  if (impl_->general || (kind != NodeKind::kElement && kind != NodeKind::kAttribute)) {
    return std::nullopt;
  }
  Evaluation e(context, impl_->frame_size);
  Item focus(node);
  e.c.item = &focus;
  e.c.position = e.c.size = 1;
  try {
    for (const Impl::Alternative& a : impl_->alternatives) {
      const std::optional<bool> decided = impl_->decided_by_name(a, node, e.c);
      if (decided != false) return decided;  // matches() stops here too, or cannot go on
    }
  } catch (const Error&) {
    return std::nullopt;
  }
  return false;
}

bool Pattern::matches(NodeRef node, const DynamicContext& context) const {
  // Most nodes fail the last step's node test: reject them before setting up an evaluation.
  if (!impl_->may_match(node)) return false;
  Evaluation e(context, impl_->frame_size);
  return impl_->matches(node, e.c);
}

bool Pattern::matches(NodeRef node, EvalContext& context) const {
  std::vector<Sequence> frame(impl_->frame_size);
  EvalContext c = context;
  c.locals = frame.data();
  return impl_->matches(node, c);
}

namespace {

[[noreturn]] void not_a_pattern(const Expr& e, const std::string& why) {
  throw Error("XTSE0340", "not a valid XSLT pattern: " + why, e.offset());
}

void add_steps(const Expr& e, std::vector<Pattern::Impl::Step>& steps, bool& pending_gap) {
  auto* step = dyn_cast<AxisStep>(&e);
  if (step == nullptr) not_a_pattern(e, "only child and attribute steps are allowed");
  switch (step->axis()) {
    case Axis::kDescendantOrSelf:
      if (step->test().kind != NodeTest::Kind::kAnyNode || !step->predicates().empty())
        not_a_pattern(e, "descendant-or-self axis");
      pending_gap = true;
      return;
    case Axis::kDescendant:  // `//x` after the parser's rewrite
      steps.push_back({step, true});
      pending_gap = false;
      return;
    case Axis::kChild:
    case Axis::kAttribute:
      steps.push_back({step, pending_gap || step->descendant_attributes()});
      pending_gap = false;
      return;
    default:
      not_a_pattern(e, "only the child and attribute axes are allowed");
  }
}

void analyse(const Expr& e, std::vector<Pattern::Impl::Alternative>& out) {
  if (auto* set = dyn_cast<SetExpr>(&e)) {
    if (set->op() != SetExpr::Op::kUnion) not_a_pattern(e, "intersect/except");
    analyse(*set->left(), out);
    analyse(*set->right(), out);
    return;
  }
  Pattern::Impl::Alternative alt;
  bool gap = false;
  if (isa<RootExpr>(e)) {
    alt.root_only = true;
    out.push_back(std::move(alt));
    return;
  }
  auto origin_of = [&](const Expr& first) {
    auto* call = dyn_cast<FunctionCallExpr>(&first);
    if (call == nullptr ||
        (call->function()->id != BuiltinId::kId && call->function()->id != BuiltinId::kKey))
      return false;
    alt.origin = &first;
    return true;
  };
  if (auto* path = dyn_cast<PathExpr>(&e)) {
    const Expr& first = *path->first();
    if (isa<RootExpr>(first)) {
      alt.absolute = true;
    } else if (!origin_of(first)) {
      add_steps(first, alt.steps, gap);
    }
    for (const auto& s : path->steps()) add_steps(*s, alt.steps, gap);
    if (gap) not_a_pattern(e, "pattern ends with //");
    if (alt.steps.empty()) not_a_pattern(e, "empty pattern");
    out.push_back(std::move(alt));
    return;
  }
  add_steps(e, alt.steps, gap);
  if (alt.steps.empty()) not_a_pattern(e, "empty pattern");
  out.push_back(std::move(alt));
}

// Whether every branch of `e` starts at the root (so evaluating it once from the root suffices).
bool is_absolute(const Expr& e) {
  if (isa<RootExpr>(e)) return true;
  if (auto* path = dyn_cast<PathExpr>(&e)) return is_absolute(*path->first());
  if (auto* filter = dyn_cast<FilterExpr>(&e)) return is_absolute(*filter->primary());
  if (auto* set = dyn_cast<SetExpr>(&e))
    return is_absolute(*set->left()) && is_absolute(*set->right());
  return false;
}

}  // namespace

Pattern compile_pattern(std::string_view text, const StaticContext& context) {
  Pattern p;
  p.impl_ = std::make_unique<Pattern::Impl>();
  LocalScope scope;
  p.impl_->expr = parse_expression(text, context, scope);
  p.impl_->frame_size = scope.frame_size;
  try {
    analyse(*p.impl_->expr, p.impl_->alternatives);
  } catch (const Error& e) {
    if (e.code() != "XTSE0340") throw;
    p.impl_->alternatives.clear();
    p.impl_->general = true;
    p.impl_->absolute = is_absolute(*p.impl_->expr);
  }
  p.text_ = std::string(text);
  return p;
}

// --- keys --------------------------------------------------------------------------------------

const KeyCache::Index& KeyCache::index(const KeyDefinition& key, const xdm::Document& doc,
                                       EvalContext& c) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  auto id = std::make_pair(key.id, doc.id());
  auto it = indexes_.find(id);
  if (it != indexes_.end()) return it->second;
  Index index;
  std::vector<Sequence> frame(key.frame_size);
  EvalContext inner = c;
  inner.locals = frame.data();
  for (xdm::NodeIndex i = 0; i < doc.size(); ++i) {
    NodeRef n = doc.ref(i);
    if (!key.match.matches(n, inner)) continue;
    Item self(n);
    inner.item = &self;
    inner.position = inner.size = 1;
    for (const Item& v : atomize(key.use->eval(inner))) {
      auto& nodes = index[atomic_to_string(v.atomic())];
      if (nodes.empty() || !(nodes.back() == n)) nodes.push_back(n);
    }
  }
  return indexes_.emplace(id, std::move(index)).first->second;
}

const std::vector<NodeRef>& KeyCache::pattern_nodes(
    std::uint64_t pattern, const xdm::Document& doc,
    const std::function<std::vector<NodeRef>()>& compute) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  auto id = std::make_pair(pattern, doc.id());
  auto it = patterns_.find(id);
  if (it != patterns_.end()) return it->second;
  std::vector<NodeRef> nodes = compute();
  return patterns_.emplace(id, std::move(nodes)).first->second;
}

}  // namespace konform::xpath
