#include "validator/xpath/parser.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "validator/xpath/comparison_rewrite.h"
#include "validator/xpath/error.h"
#include "validator/xpath/lexer.h"
#include "validator/xpath/literal_contains.h"
#include "validator/xpath/name_memo.h"
#include "validator/xsdtypes/floating.h"

namespace konform::xpath {
namespace {

constexpr int kMaxNesting = 1000;

bool is_kind_test_name(std::string_view n) {
  static constexpr std::array<std::string_view, 9> kNames = {
      "node",    "text",      "comment",        "processing-instruction", "document-node",
      "element", "attribute", "schema-element", "schema-attribute"};
  for (auto k : kNames) {
    if (k == n) return true;
  }
  return false;
}

bool is_reserved_function_name(std::string_view n) {
  return is_kind_test_name(n) || n == "if" || n == "item" || n == "empty-sequence" ||
         n == "typeswitch";
}

std::optional<Axis> axis_from_name(std::string_view n) {
  static const std::pair<std::string_view, Axis> kAxes[] = {
      {"child", Axis::kChild},
      {"descendant", Axis::kDescendant},
      {"attribute", Axis::kAttribute},
      {"self", Axis::kSelf},
      {"descendant-or-self", Axis::kDescendantOrSelf},
      {"following-sibling", Axis::kFollowingSibling},
      {"following", Axis::kFollowing},
      {"namespace", Axis::kNamespace},
      {"parent", Axis::kParent},
      {"ancestor", Axis::kAncestor},
      {"preceding-sibling", Axis::kPrecedingSibling},
      {"preceding", Axis::kPreceding},
      {"ancestor-or-self", Axis::kAncestorOrSelf},
  };
  for (const auto& [name, axis] : kAxes) {
    if (name == n) return axis;
  }
  return std::nullopt;
}

// How an operator is written: a symbol token, or a keyword (token kName with that text).
template <typename Op>
struct Spelling {
  Tok token;
  std::string_view keyword;
  Op op;
};

constexpr std::array<Spelling<LogicExpr::Op>, 1> kOrOperator = {
    {{Tok::kName, "or", LogicExpr::Op::kOr}}};
constexpr std::array<Spelling<LogicExpr::Op>, 1> kAndOperator = {
    {{Tok::kName, "and", LogicExpr::Op::kAnd}}};
constexpr std::array<Spelling<ArithOp>, 2> kAdditiveOperators = {{
    {Tok::kPlus, "", ArithOp::kAdd},
    {Tok::kMinus, "", ArithOp::kSub},
}};
constexpr std::array<Spelling<ArithOp>, 4> kMultiplicativeOperators = {{
    {Tok::kStar, "", ArithOp::kMul},
    {Tok::kName, "div", ArithOp::kDiv},
    {Tok::kName, "idiv", ArithOp::kIdiv},
    {Tok::kName, "mod", ArithOp::kMod},
}};
constexpr std::array<Spelling<SetExpr::Op>, 2> kUnionOperators = {{
    {Tok::kPipe, "", SetExpr::Op::kUnion},
    {Tok::kName, "union", SetExpr::Op::kUnion},
}};
constexpr std::array<Spelling<SetExpr::Op>, 2> kIntersectOperators = {{
    {Tok::kName, "intersect", SetExpr::Op::kIntersect},
    {Tok::kName, "except", SetExpr::Op::kExcept},
}};

// The general comparison symbols and the value comparison keywords, both in CompareOp order.
constexpr std::array<Tok, 6> kGeneralComparisons = {Tok::kEq, Tok::kNe, Tok::kLt,
                                                    Tok::kLe, Tok::kGt, Tok::kGe};
constexpr std::array<std::string_view, 6> kValueComparisons = {"eq", "ne", "lt", "le", "gt", "ge"};
static_assert(static_cast<int>(CompareOp::kEq) == 0 && static_cast<int>(CompareOp::kGe) == 5);

constexpr std::array<Spelling<CompareExpr::NodeOp>, 3> kNodeComparisons = {{
    {Tok::kLtLt, "", CompareExpr::NodeOp::kBefore},
    {Tok::kGtGt, "", CompareExpr::NodeOp::kAfter},
    {Tok::kName, "is", CompareExpr::NodeOp::kIs},
}};

// `first second` followed by a type: `instance of`, `treat as`, `castable as`, `cast as`.
struct TypeOperator {
  std::string_view first;
  std::string_view second;
  TypeExpr::Kind kind;
  bool single_type;  // castable/cast take an atomic type name and `?`, not a sequence type
};

// Tightest first, the order in which the grammar nests them.
constexpr std::array<TypeOperator, 4> kTypeOperators = {{
    {"cast", "as", TypeExpr::Kind::kCastAs, true},
    {"castable", "as", TypeExpr::Kind::kCastableAs, true},
    {"treat", "as", TypeExpr::Kind::kTreatAs, false},
    {"instance", "of", TypeExpr::Kind::kInstanceOf, false},
}};

std::pair<std::string, std::string> split_qname(std::string_view lexical) {
  auto colon = lexical.find(':');
  if (colon == std::string_view::npos) return {"", std::string(lexical)};
  return {std::string(lexical.substr(0, colon)), std::string(lexical.substr(colon + 1))};
}

class Parser {
 public:
  Parser(std::string_view text, const StaticContext& context, LocalScope& scope)
      : tokens_(tokenize(text)), context_(context), scope_(scope) {}

  ExprPtr parse_complete_expression() {
    ExprPtr e = parse_expr();
    if (peek().kind != Tok::kEnd) fail("XPST0003", "unexpected '" + peek().text + "'");
    return e;
  }

  SequenceType parse_complete_sequence_type() {
    SequenceType t = parse_sequence_type();
    if (peek().kind != Tok::kEnd) fail("XPST0003", "unexpected '" + peek().text + "'");
    return t;
  }

 private:
  // --- token helpers -------------------------------------------------------------------------
  const Token& peek(std::size_t k = 0) const {
    std::size_t i = std::min(pos_ + k, tokens_.size() - 1);
    return tokens_[i];
  }
  const Token& next() {
    const Token& t = tokens_[pos_];
    if (pos_ + 1 < tokens_.size()) ++pos_;
    return t;
  }
  bool at(Tok kind, std::size_t k = 0) const { return peek(k).kind == kind; }
  bool at_name(std::string_view text, std::size_t k = 0) const {
    return peek(k).kind == Tok::kName && peek(k).text == text;
  }
  bool accept(Tok kind) {
    if (!at(kind)) return false;
    next();
    return true;
  }
  bool accept_name(std::string_view text) {
    if (!at_name(text)) return false;
    next();
    return true;
  }
  void expect(Tok kind, std::string_view what) {
    if (!accept(kind)) {
      fail("XPST0003",
           "expected " + std::string(what) +
               (at(Tok::kEnd) ? " at end of expression" : " but found '" + peek().text + "'"));
    }
  }
  void expect_name(std::string_view text) {
    if (!accept_name(text)) {
      fail("XPST0003",
           "expected '" + std::string(text) + "'" +
               (at(Tok::kEnd) ? " at end of expression" : " but found '" + peek().text + "'"));
    }
  }
  [[noreturn]] void fail(const char* code, const std::string& message) const {
    throw Error(code, message, peek().offset);
  }
  [[noreturn]] void fail_at(const char* code, const std::string& message,
                            std::size_t offset) const {
    throw Error(code, message, offset);
  }

  class Nest {
   public:
    explicit Nest(Parser& p) : p_(p), saved_(p.load_) {
      if (++p_.load_ > kMaxNesting) p_.fail("XPST0003", "expression nests too deeply");
    }
    ~Nest() { p_.load_ = saved_; }
    void more() {
      if (++p_.load_ > kMaxNesting) p_.fail("XPST0003", "expression nests too deeply");
    }
    Nest(const Nest&) = delete;
    Nest& operator=(const Nest&) = delete;

   private:
    Parser& p_;
    int saved_;
  };

  // --- names ---------------------------------------------------------------------------------
  std::string resolve_prefix(const std::string& prefix, std::size_t offset) const {
    auto uri = context_.namespace_uri(prefix);
    if (!uri) fail_at("XPST0081", "no namespace declared for prefix '" + prefix + "'", offset);
    return *uri;
  }
  // (ns, local) of a lexical QName; unprefixed names get `default_ns`.
  std::pair<std::string, std::string> expand(const Token& t, const std::string& default_ns) const {
    auto [prefix, local] = split_qname(t.text);
    if (prefix.empty()) return {default_ns, local};
    return {resolve_prefix(prefix, t.offset), local};
  }

  // --- expressions ---------------------------------------------------------------------------
  ExprPtr parse_expr() {
    std::size_t offset = peek().offset;
    ExprPtr first = parse_expr_single();
    if (!at(Tok::kComma)) return first;
    std::vector<ExprPtr> items;
    items.push_back(std::move(first));
    Nest nest(*this);
    while (accept(Tok::kComma)) {
      nest.more();
      items.push_back(parse_expr_single());
    }
    return std::make_unique<SequenceExpr>(offset, std::move(items));
  }

  ExprPtr parse_expr_single() {
    Nest nest(*this);
    if ((at_name("for") || at_name("some") || at_name("every")) && at(Tok::kDollar, 1)) {
      std::string keyword = next().text;
      return parse_bindings(keyword);
    }
    if (at_name("if") && at(Tok::kLParen, 1)) {
      std::size_t offset = next().offset;
      next();
      ExprPtr cond = parse_expr();
      expect(Tok::kRParen, "')'");
      expect_name("then");
      ExprPtr then_expr = parse_expr_single();
      expect_name("else");
      ExprPtr else_expr = parse_expr_single();
      return std::make_unique<IfExpr>(offset, std::move(cond), std::move(then_expr),
                                      std::move(else_expr));
    }
    return parse_or();
  }

  ExprPtr parse_bindings(const std::string& keyword) {
    Nest nest(*this);
    std::size_t offset = peek().offset;
    expect(Tok::kDollar, "'$'");
    if (!at(Tok::kName)) fail("XPST0003", "expected a variable name");
    const Token& name = next();
    auto [ns, local] = expand(name, "");
    expect_name("in");
    ExprPtr in = parse_expr_single();
    std::size_t slot = scope_.bind("{" + ns + "}" + local);
    ExprPtr body;
    if (accept(Tok::kComma)) {
      body = parse_bindings(keyword);
    } else {
      expect_name(keyword == "for" ? "return" : "satisfies");
      body = parse_expr_single();
    }
    scope_.names.pop_back();
    if (keyword == "for")
      return std::make_unique<ForExpr>(offset, slot, std::move(in), std::move(body));
    auto quantifier =
        keyword == "every" ? QuantifiedExpr::Quantifier::kEvery : QuantifiedExpr::Quantifier::kSome;
    return std::make_unique<QuantifiedExpr>(offset, quantifier, slot, std::move(in),
                                            std::move(body));
  }

  // One left-associative precedence level (OrExpr, AndExpr, AdditiveExpr, MultiplicativeExpr,
  // UnionExpr, IntersectExceptExpr): operands of the next tighter level joined by any of
  // `operators`.
  template <typename Node, typename Op, std::size_t N>
  ExprPtr parse_left_associative(const std::array<Spelling<Op>, N>& operators,
                                 ExprPtr (Parser::*operand)()) {
    ExprPtr left = (this->*operand)();
    Nest nest(*this);
    while (const Spelling<Op>* spelling = match(operators)) {
      nest.more();
      std::size_t offset = next().offset;
      ExprPtr right = (this->*operand)();
      left = std::make_unique<Node>(offset, spelling->op, std::move(left), std::move(right));
    }
    return left;
  }

  // The spelling in `operators` the next token is, if any.
  template <typename Op, std::size_t N>
  const Spelling<Op>* match(const std::array<Spelling<Op>, N>& operators) const {
    const Token& t = peek();
    for (const auto& spelling : operators) {
      if (t.kind == spelling.token && (t.kind != Tok::kName || t.text == spelling.keyword))
        return &spelling;
    }
    return nullptr;
  }

  ExprPtr parse_or() { return parse_left_associative<LogicExpr>(kOrOperator, &Parser::parse_and); }

  ExprPtr parse_and() {
    return parse_left_associative<LogicExpr>(kAndOperator, &Parser::parse_comparison);
  }

  ExprPtr parse_comparison() {
    ExprPtr left = parse_range();
    using K = CompareExpr::Kind;
    K kind = K::kNode;
    CompareOp op = CompareOp::kEq;
    CompareExpr::NodeOp node_op = CompareExpr::NodeOp::kIs;
    const Token& t = peek();
    auto general = std::find(kGeneralComparisons.begin(), kGeneralComparisons.end(), t.kind);
    auto value = t.kind == Tok::kName
                     ? std::find(kValueComparisons.begin(), kValueComparisons.end(), t.text)
                     : kValueComparisons.end();
    if (general != kGeneralComparisons.end()) {
      kind = K::kGeneral;
      op = static_cast<CompareOp>(general - kGeneralComparisons.begin());
    } else if (value != kValueComparisons.end()) {
      kind = K::kValue;
      op = static_cast<CompareOp>(value - kValueComparisons.begin());
    } else if (const auto* node = match(kNodeComparisons)) {
      node_op = node->op;
    } else {
      return left;
    }
    std::size_t offset = next().offset;
    ExprPtr right = parse_range();
    return make_comparison(offset, kind, op, node_op, std::move(left), std::move(right), context_);
  }

  ExprPtr parse_range() {
    ExprPtr left = parse_additive();
    if (!at_name("to")) return left;
    std::size_t offset = next().offset;
    return std::make_unique<RangeExpr>(offset, std::move(left), parse_additive());
  }

  ExprPtr parse_additive() {
    return parse_left_associative<ArithmeticExpr>(kAdditiveOperators,
                                                  &Parser::parse_multiplicative);
  }

  ExprPtr parse_multiplicative() {
    return parse_left_associative<ArithmeticExpr>(kMultiplicativeOperators, &Parser::parse_union);
  }

  ExprPtr parse_union() {
    return parse_left_associative<SetExpr>(kUnionOperators, &Parser::parse_intersect);
  }

  ExprPtr parse_intersect() {
    return parse_left_associative<SetExpr>(kIntersectOperators, &Parser::parse_type_operators);
  }

  std::shared_ptr<const PrefixResolver> static_resolver() const {
    auto namespaces = context_.namespaces();
    return std::make_shared<const PrefixResolver>(
        [namespaces](std::string_view prefix) -> std::optional<std::string> {
          auto it = namespaces.find(std::string(prefix));
          if (it == namespaces.end()) return std::nullopt;
          return it->second;
        });
  }

  // InstanceofExpr, TreatExpr, CastableExpr and CastExpr: each applies at most once, tightest
  // (cast as) first.
  ExprPtr parse_type_operators() {
    ExprPtr left = parse_unary();
    for (const TypeOperator& type_operator : kTypeOperators) {
      if (!at_name(type_operator.first) || !at_name(type_operator.second, 1)) continue;
      std::size_t offset = next().offset;
      next();
      if (type_operator.single_type) {
        left = std::make_unique<TypeExpr>(offset, type_operator.kind, std::move(left),
                                          parse_single_type(), static_resolver());
      } else {
        left = std::make_unique<TypeExpr>(offset, type_operator.kind, std::move(left),
                                          parse_sequence_type(), nullptr);
      }
    }
    return left;
  }

  ExprPtr parse_unary() {
    if (at(Tok::kMinus) || at(Tok::kPlus)) {
      Nest nest(*this);
      const Token& t = next();
      auto sign = t.kind == Tok::kMinus ? UnaryExpr::Sign::kMinus : UnaryExpr::Sign::kPlus;
      return std::make_unique<UnaryExpr>(t.offset, sign, parse_unary());
    }
    return parse_path();
  }

  // --- paths ---------------------------------------------------------------------------------
  bool starts_relative_path() const {
    switch (peek().kind) {
      case Tok::kName:
      case Tok::kStar:
      case Tok::kPrefixWild:
      case Tok::kLocalWild:
      case Tok::kAt:
      case Tok::kDot:
      case Tok::kDotDot:
      case Tok::kLParen:
      case Tok::kDollar:
      case Tok::kString:
      case Tok::kInteger:
      case Tok::kDecimal:
      case Tok::kDouble:
        return true;
      default:
        return false;
    }
  }

  static std::unique_ptr<AxisStep> descendant_or_self(std::size_t offset) {
    NodeTest any;
    any.kind = NodeTest::Kind::kAnyNode;
    return std::make_unique<AxisStep>(offset, Axis::kDescendantOrSelf, any);
  }

  ExprPtr parse_path() {
    Nest nest(*this);
    std::size_t offset = peek().offset;
    std::vector<ExprPtr> steps;
    if (accept(Tok::kSlash)) {
      auto root = std::make_unique<RootExpr>(offset);
      if (!starts_relative_path()) return root;
      parse_relative(steps);
      return make_path(offset, std::move(root), std::move(steps));
    }
    if (accept(Tok::kSlashSlash)) {
      steps.push_back(descendant_or_self(offset));
      parse_relative(steps);
      return make_path(offset, std::make_unique<RootExpr>(offset), std::move(steps));
    }
    parse_relative(steps);
    if (steps.size() == 1) return std::move(steps.front());
    ExprPtr first = std::move(steps.front());
    steps.erase(steps.begin());
    return make_path(offset, std::move(first), std::move(steps));
  }

  void parse_relative(std::vector<ExprPtr>& steps) {
    Nest nest(*this);
    steps.push_back(parse_step());
    while (true) {
      if (accept(Tok::kSlash)) {
        nest.more();
        steps.push_back(parse_step());
      } else if (at(Tok::kSlashSlash)) {
        nest.more();
        steps.push_back(descendant_or_self(next().offset));
        steps.push_back(parse_step());
      } else {
        return;
      }
    }
  }

  /// `(A | B)` of child steps without predicates as `(descendant::A | descendant::B)`, which
  /// follows descendant-or-self::node() the way descendant::T follows it (null: not that form).
  static ExprPtr descendant_union(const Expr& e) {
    if (auto* step = dyn_cast<AxisStep>(&e)) {
      if (step->axis() != Axis::kChild || !step->predicates().empty()) return nullptr;
      return std::make_unique<AxisStep>(step->offset(), Axis::kDescendant, step->test());
    }
    auto* set = dyn_cast<SetExpr>(&e);
    if (set == nullptr || set->op() != SetExpr::Op::kUnion) return nullptr;
    ExprPtr left = descendant_union(*set->left());
    ExprPtr right = left ? descendant_union(*set->right()) : nullptr;
    if (!right) return nullptr;
    return std::make_unique<SetExpr>(set->offset(), SetExpr::Op::kUnion, std::move(left),
                                     std::move(right));
  }

  // Rewrites descendant-or-self::node()/child::T (no positional predicate) to descendant::T,
  // descendant-or-self::node()/attribute::T to one step over the attributes of the subtree, and
  // descendant-or-self::node()/(A | B) likewise (`//(cac:InvoiceLine | cac:CreditNoteLine)`
  // evaluated the union at every node of the document).
  static ExprPtr make_path(std::size_t offset, ExprPtr first, std::vector<ExprPtr> steps) {
    std::vector<ExprPtr> out;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      auto* dos = dyn_cast<AxisStep>(steps[i].get());
      if (dos != nullptr && i + 1 < steps.size() && dos->axis() == Axis::kDescendantOrSelf &&
          dos->test().kind == NodeTest::Kind::kAnyNode && dos->predicates().empty()) {
        auto* child = dyn_cast<AxisStep>(steps[i + 1].get());
        if (child != nullptr && child->axis() == Axis::kChild &&
            !child->has_positional_predicate()) {
          child->set_axis(Axis::kDescendant);
          continue;  // drop the descendant-or-self step
        }
        if (child != nullptr && child->axis() == Axis::kAttribute &&
            !child->has_positional_predicate()) {
          child->mark_descendant_attributes();
          continue;
        }
        if (child == nullptr) {
          if (ExprPtr united = descendant_union(*steps[i + 1])) {
            steps[i + 1] = std::move(united);
            continue;
          }
        }
      }
      out.push_back(std::move(steps[i]));
    }
    return std::make_unique<PathExpr>(offset, std::move(first), std::move(out));
  }

  ExprPtr parse_step() {
    std::size_t offset = peek().offset;
    if (accept(Tok::kDotDot)) {
      NodeTest any;
      return std::make_unique<AxisStep>(offset, Axis::kParent, any);
    }
    std::optional<Axis> axis;
    if (accept(Tok::kAt)) {
      axis = Axis::kAttribute;
    } else if (at(Tok::kName) && at(Tok::kColonColon, 1)) {
      axis = axis_from_name(peek().text);
      if (!axis) fail("XPST0003", "unknown axis '" + peek().text + "'");
      next();
      next();
    }
    bool node_test_follows =
        at(Tok::kStar) || at(Tok::kPrefixWild) || at(Tok::kLocalWild) ||
        (at(Tok::kName) && !at(Tok::kLParen, 1)) ||
        (at(Tok::kName) && at(Tok::kLParen, 1) && is_kind_test_name(peek().text));
    if (!axis && !node_test_follows) return parse_filter();
    if (!node_test_follows) fail("XPST0003", "expected a node test");
    if (!axis) {
      axis = at_name("attribute") && at(Tok::kLParen, 1) ? Axis::kAttribute : Axis::kChild;
    }
    NodeTest test = parse_node_test(*axis);
    auto step = std::make_unique<AxisStep>(offset, *axis, std::move(test));
    Nest nest(*this);
    while (at(Tok::kLBracket)) {
      nest.more();
      int calls_before = focus_calls_;
      ExprPtr predicate = memoise_name_tests(parse_predicate());
      step->add_predicate(std::move(predicate), focus_read_since(calls_before));
    }
    return step;
  }

  ExprPtr parse_predicate() {
    expect(Tok::kLBracket, "'['");
    ExprPtr e = parse_expr();
    expect(Tok::kRBracket, "']'");
    return e;
  }

  NodeTest parse_node_test(Axis axis) {
    NodeTest test;
    if (at(Tok::kName) && at(Tok::kLParen, 1)) return parse_kind_test();
    const Token& t = next();
    test.kind = NodeTest::Kind::kName;
    test.has_name = true;
    bool element = principal_kind(axis) == xdm::NodeKind::kElement;
    switch (t.kind) {
      case Tok::kStar:
        test.any_ns = test.any_local = true;
        break;
      case Tok::kPrefixWild:
        test.any_local = true;
        test.ns = resolve_prefix(t.text, t.offset);
        break;
      case Tok::kLocalWild:
        test.any_ns = true;
        test.local = t.text;
        break;
      case Tok::kName: {
        auto [ns, local] = expand(t, element ? context_.default_element_namespace() : "");
        test.ns = ns;
        test.local = local;
        test.name_slot = name_slot(test.ns, test.local);
        break;
      }
      default:
        fail_at("XPST0003", "expected a node test", t.offset);
    }
    return test;
  }

  // element(name?, type?) / attribute(...) name part, for a `test` of either kind.
  void parse_kind_test_name(NodeTest& test) {
    const bool element = test.kind == NodeTest::Kind::kElement;
    if (accept(Tok::kStar)) {
      test.has_name = false;
    } else if (at(Tok::kName)) {
      const Token& t = next();
      auto [ns, local] = expand(t, element ? context_.default_element_namespace() : "");
      test.has_name = true;
      test.ns = ns;
      test.local = local;
    } else {
      return;
    }
    if (accept(Tok::kComma)) {
      if (!at(Tok::kName)) fail("XPST0003", "expected a type name");
      const Token& t = next();
      auto [ns, local] = expand(t, "");
      accept(Tok::kQuestion);
      bool untyped_ok =
          ns == kXsNamespace && (element ? (local == "anyType" || local == "untyped")
                                         : (local == "anySimpleType" || local == "untypedAtomic" ||
                                            local == "anyAtomicType"));
      if (ns == kXsNamespace && !untyped_ok && !type_from_local_name(local) && local != "anyType" &&
          local != "untyped" && local != "anySimpleType")
        fail_at("XPST0008", "unknown type " + t.text, t.offset);
      if (ns != kXsNamespace) fail_at("XPST0008", "unknown type " + t.text, t.offset);
      test.matches_nothing = !untyped_ok;
    }
  }

  NodeTest parse_kind_test() {
    NodeTest test;
    const Token& name = next();
    expect(Tok::kLParen, "'('");
    const std::string& n = name.text;
    using K = NodeTest::Kind;
    if (n == "node") {
      test.kind = K::kAnyNode;
    } else if (n == "text") {
      test.kind = K::kText;
    } else if (n == "comment") {
      test.kind = K::kComment;
    } else if (n == "processing-instruction") {
      test.kind = K::kProcessingInstruction;
      if (at(Tok::kName) || at(Tok::kString)) {
        test.has_name = true;
        test.local = next().text;
      }
    } else if (n == "document-node") {
      test.kind = K::kDocument;
      if (at(Tok::kName)) {
        if (peek().text != "element") fail("XPST0003", "expected element() in document-node()");
        test.document_element = std::make_shared<NodeTest>(parse_kind_test());
      }
    } else if (n == "element") {
      test.kind = K::kElement;
      parse_kind_test_name(test);
    } else if (n == "attribute") {
      test.kind = K::kAttribute;
      parse_kind_test_name(test);
    } else {
      fail_at("XPST0008", n + "() needs a schema; konform is not schema-aware", name.offset);
    }
    expect(Tok::kRParen, "')'");
    return test;
  }

  ExprPtr parse_filter() {
    std::size_t offset = peek().offset;
    ExprPtr primary = parse_primary();
    if (!at(Tok::kLBracket)) return primary;
    auto filter = std::make_unique<FilterExpr>(offset, std::move(primary));
    Nest nest(*this);
    while (at(Tok::kLBracket)) {
      nest.more();
      int calls_before = focus_calls_;
      ExprPtr predicate = parse_predicate();
      filter->add_predicate(std::move(predicate), focus_read_since(calls_before));
    }
    return filter;
  }

  ExprPtr parse_primary() {
    Nest nest(*this);
    const Token& t = peek();
    std::size_t offset = t.offset;
    switch (t.kind) {
      case Tok::kString:
        return std::make_unique<LiteralExpr>(offset, Atomic::string(next().text));
      case Tok::kInteger: {
        auto i = Integer::parse(next().text);
        if (!i) fail_at("FOAR0002", "integer literal too large", offset);
        return std::make_unique<LiteralExpr>(offset, Atomic::integer(std::move(*i)));
      }
      case Tok::kDecimal: {
        auto d = Decimal::parse(next().text);
        if (!d) fail_at("FOAR0002", "bad decimal literal", offset);
        return std::make_unique<LiteralExpr>(offset, Atomic::decimal(std::move(*d)));
      }
      case Tok::kDouble: {
        auto d = xsdtypes::parse_double(next().text);
        if (!d) fail_at("XPST0003", "bad double literal", offset);
        return std::make_unique<LiteralExpr>(offset, Atomic::dbl(*d));
      }
      case Tok::kDollar: {
        next();
        if (!at(Tok::kName)) fail("XPST0003", "expected a variable name after '$'");
        const Token& name = next();
        auto [ns, local] = expand(name, "");
        std::string expanded = "{" + ns + "}" + local;
        for (auto it = scope_.names.rbegin(); it != scope_.names.rend(); ++it) {
          if (it->first == expanded)
            return std::make_unique<VariableExpr>(offset, VariableExpr::Scope::kLocal, it->second,
                                                  name.text);
        }
        if (scope_.globals_visible) {
          if (auto slot = context_.variable_slot(name.text))
            return std::make_unique<VariableExpr>(offset, VariableExpr::Scope::kGlobal, *slot,
                                                  name.text);
        }
        fail_at("XPST0008", "variable $" + name.text + " is not declared", offset);
      }
      case Tok::kLParen: {
        next();
        if (accept(Tok::kRParen))
          return std::make_unique<SequenceExpr>(offset, std::vector<ExprPtr>{});
        ExprPtr e = parse_expr();
        expect(Tok::kRParen, "')'");
        return e;
      }
      case Tok::kDot:
        next();
        return std::make_unique<ContextItemExpr>(offset);
      case Tok::kName:
        if (at(Tok::kLParen, 1) && !is_reserved_function_name(t.text)) return parse_function_call();
        break;
      default:
        break;
    }
    if (t.kind == Tok::kEnd) fail("XPST0003", "unexpected end of expression");
    fail("XPST0003", "unexpected '" + t.text + "'");
  }

  ExprPtr parse_function_call() {
    const Token& name = next();
    std::size_t offset = name.offset;
    expect(Tok::kLParen, "'('");
    std::vector<ExprPtr> args;
    if (!accept(Tok::kRParen)) {
      Nest nest(*this);
      do {
        nest.more();
        args.push_back(parse_expr_single());
      } while (accept(Tok::kComma));
      expect(Tok::kRParen, "')'");
    }
    auto [ns, local] = expand(name, std::string(kFnNamespace));
    int arity = static_cast<int>(args.size());
    if (ns == kXsNamespace) {
      auto type = type_from_local_name(local);
      if (!type || *type == AtomicType::kAnyAtomic || *type == AtomicType::kNOTATION)
        fail_at("XPST0017", "unknown function " + name.text, offset);
      if (arity != 1)
        fail_at("XPST0017", "constructor " + name.text + " takes one argument", offset);
      SequenceType st;
      st.item.kind = ItemType::Kind::kAtomic;
      st.item.atomic = *type;
      st.occurrence = '?';
      return std::make_unique<TypeExpr>(offset, TypeExpr::Kind::kCastAs, std::move(args[0]), st,
                                        static_resolver());
    }
    if (UserFunction* uf = context_.find_user_function(ns, local, arity)) {
      if (!uf->body && !uf->compiling) compile_user_function(*uf);
      return std::make_unique<UserFunctionCallExpr>(offset, uf, std::move(args));
    }
    const FunctionSignature* def = context_.find_function(ns, local, arity);
    if (def == nullptr) {
      if (context_.has_function_name(ns, local))
        fail_at("XPST0017",
                "function " + name.text + " does not take " + std::to_string(arity) + " arguments",
                offset);
      fail_at("XPST0017", "unknown function " + name.text + "#" + std::to_string(arity), offset);
    }
    if (def->id == BuiltinId::kPosition || def->id == BuiltinId::kLast) ++focus_calls_;
    PreparedCall prepared;
    if (def->prepare != nullptr) {
      std::vector<const Expr*> raw;
      for (const auto& a : args) raw.push_back(a.get());
      try {
        prepared = def->prepare(raw, context_);
      } catch (const Error& e) {
        throw Error(e.code(), std::string(e.what()).substr(e.code().size() + 2), offset);
      }
    }
    return specialise_call(
        std::make_unique<FunctionCallExpr>(offset, def, std::move(args), std::move(prepared)));
  }

  void compile_user_function(UserFunction& uf) {
    uf.compiling = true;
    LocalScope scope;
    scope.globals_visible = false;
    for (const std::string& p : uf.parameter_names) {
      auto [prefix, local] = split_qname(p);
      std::string ns = prefix.empty() ? "" : resolve_prefix(prefix, 0);
      scope.bind("{" + ns + "}" + local);
    }
    try {
      uf.body = Parser(uf.body_text, context_, scope).parse_complete_expression();
    } catch (const Error& e) {
      uf.compiling = false;
      throw Error(e.code(), "in the body of function " + uf.local + "(): " + e.what(), e.offset());
    }
    uf.frame_size = scope.frame_size;
    uf.compiling = false;
  }

  // --- sequence types ------------------------------------------------------------------------
  SequenceType parse_single_type() {
    SequenceType t;
    if (!at(Tok::kName)) fail("XPST0003", "expected an atomic type name");
    t.item.kind = ItemType::Kind::kAtomic;
    t.item.atomic = parse_atomic_type_name();
    if (t.item.atomic == AtomicType::kAnyAtomic || t.item.atomic == AtomicType::kNOTATION)
      fail("XPST0080", "cannot cast to an abstract type");
    if (accept(Tok::kQuestion)) t.occurrence = '?';
    return t;
  }

  AtomicType parse_atomic_type_name() {
    const Token& name = next();
    auto [ns, local] = expand(name, "");
    auto type = ns == kXsNamespace ? type_from_local_name(local) : std::nullopt;
    if (!type) fail_at("XPST0051", "unknown atomic type " + name.text, name.offset);
    return *type;
  }

  SequenceType parse_sequence_type() {
    SequenceType t;
    if (at_name("empty-sequence") && at(Tok::kLParen, 1)) {
      next();
      next();
      expect(Tok::kRParen, "')'");
      t.empty_sequence = true;
      return t;
    }
    if (at_name("item") && at(Tok::kLParen, 1)) {
      next();
      next();
      expect(Tok::kRParen, "')'");
      t.item.kind = ItemType::Kind::kItem;
    } else if (at(Tok::kName) && at(Tok::kLParen, 1) && is_kind_test_name(peek().text)) {
      t.item.kind = ItemType::Kind::kNode;
      t.item.node = parse_kind_test();
    } else if (at(Tok::kName)) {
      t.item.kind = ItemType::Kind::kAtomic;
      t.item.atomic = parse_atomic_type_name();
    } else {
      fail("XPST0003", "expected a sequence type");
    }
    if (accept(Tok::kQuestion))
      t.occurrence = '?';
    else if (accept(Tok::kStar))
      t.occurrence = '*';
    else if (accept(Tok::kPlus))
      t.occurrence = '+';
    return t;
  }

  /// Whether position() or last() was parsed since focus_calls_ was `calls_before`.
  PredicateList::Focus focus_read_since(int calls_before) const {
    return focus_calls_ != calls_before ? PredicateList::Focus::kRead
                                        : PredicateList::Focus::kNotRead;
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  const StaticContext& context_;
  LocalScope& scope_;
  int load_ = 0;
  int focus_calls_ = 0;
};

}  // namespace

ExprPtr parse_expression(std::string_view text, const StaticContext& context, LocalScope& scope) {
  return Parser(text, context, scope).parse_complete_expression();
}

SequenceType parse_sequence_type(std::string_view text, const StaticContext& context) {
  LocalScope scope;
  return Parser(text, context, scope).parse_complete_sequence_type();
}

}  // namespace konform::xpath
