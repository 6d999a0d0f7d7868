// General comparisons (=, !=, <, <=, >, >=; XPath 2.0 3.5.2): existential over the atomized
// operands, with xs:untypedAtomic converted according to the other operand's type. Most
// comparisons in rule sets compare node values with strings (`cbc:ID = 'VAT'`) or with each other;
// those compare as strings, so they are answered from the nodes' string values directly, without
// turning every node into a heap-allocated atomic value first.
#include "validator/xpath/ast.h"
#include "validator/xpath/string_like.h"

namespace konform::xpath {

namespace {

// XPath 2.0 3.5.2: converts an untypedAtomic operand according to the other operand's type.
Atomic convert_untyped(const Atomic& v, const Atomic& other) {
  if (v.type() != AtomicType::kUntypedAtomic) return v;
  AtomicType t = other.type();
  if (t == AtomicType::kUntypedAtomic || is_string_like(t))
    return v.with_string_type(AtomicType::kString);
  if (is_numeric(t)) return cast_atomic(v, AtomicType::kDouble);
  return cast_atomic(v, t);
}

/// One item of an atomized operand: an atomic item by reference, a node by its string value and
/// the type atomizing it gives (made an Atomic only when compared with another family). The
/// string value is a view into the document when it is one stored run, else built in `spill`.
struct Operand {
  const Atomic* atomic = nullptr;
  std::string_view text;
  std::string spill;
  bool spilled = false;
  AtomicType type = AtomicType::kUntypedAtomic;

  explicit Operand(const Item& item) {
    if (item.is_atomic()) {
      atomic = &item.atomic();
      type = atomic->type();
      return;
    }
    text = node_string_value(item.node(), spill);
    spilled = text.data() == spill.data();
    xdm::NodeKind k = item.node().kind();
    if (k == xdm::NodeKind::kComment || k == xdm::NodeKind::kProcessingInstruction ||
        k == xdm::NodeKind::kNamespace)
      type = AtomicType::kString;
  }
  bool string_like() const { return is_string_like(type); }
  std::string_view string() const {
    if (atomic != nullptr) return atomic->as_string();
    // A view into spill would not survive this Operand's moves; a view into the document does.
    return spilled ? std::string_view(spill) : text;
  }
  Atomic value() const { return atomic ? *atomic : Atomic::text(type, string()); }
};

// Two string-like values compare as xs:string (untypedAtomic too): by code point, which for
// UTF-8 is byte order (compare_atomic's string case).
bool compare_strings(CompareOp op, std::string_view a, std::string_view b) {
  int c = a.compare(b);
  switch (op) {
    case CompareOp::kEq:
      return c == 0;
    case CompareOp::kNe:
      return c != 0;
    case CompareOp::kLt:
      return c < 0;
    case CompareOp::kLe:
      return c <= 0;
    case CompareOp::kGt:
      return c > 0;
    case CompareOp::kGe:
      return c >= 0;
  }
  return false;
}

bool compare_operands(CompareOp op, const Operand& i, const Operand& j, EvalContext& c) {
  c.step();
  if (i.string_like() && j.string_like()) return compare_strings(op, i.string(), j.string());
  const Atomic vi = i.value(), vj = j.value();
  return compare_atomic(op, convert_untyped(vi, vj), convert_untyped(vj, vi));
}

}  // namespace

bool general_compare(CompareOp op, const Sequence& a, const Sequence& b, EvalContext& c) {
  if (a.empty() || b.empty()) return false;
  // Pairs in the same order as before (a's items outside); the right operand, read once per
  // item of the left, is prepared once, without a vector when it is one item (the usual case).
  if (b.size() == 1) {
    const Operand j(b.front());
    for (const Item& i : a) {
      if (compare_operands(op, Operand(i), j, c)) return true;
    }
    return false;
  }
  std::vector<Operand> y;
  y.reserve(b.size());
  for (const Item& j : b) y.emplace_back(j);
  for (const Item& i : a) {
    const Operand x(i);
    for (const Operand& j : y) {
      if (compare_operands(op, x, j, c)) return true;
    }
  }
  return false;
}

}  // namespace konform::xpath
