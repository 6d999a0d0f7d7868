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
  if (t == AtomicType::kUntypedAtomic || is_string_like(t)) return Atomic::string(v.as_string());
  if (is_numeric(t)) return cast_atomic(v, AtomicType::kDouble);
  return cast_atomic(v, t);
}

/// One item of an atomized operand: an atomic item by reference, a node by its string value and
/// the type atomizing it gives (made an Atomic only when compared with another family).
struct Operand {
  const Atomic* atomic = nullptr;
  std::string text;
  AtomicType type = AtomicType::kUntypedAtomic;

  explicit Operand(const Item& item) {
    if (item.is_atomic()) {
      atomic = &item.atomic();
      type = atomic->type();
      return;
    }
    text = item_string_value(item);
    xdm::NodeKind k = item.node().kind();
    if (k == xdm::NodeKind::kComment || k == xdm::NodeKind::kProcessingInstruction ||
        k == xdm::NodeKind::kNamespace)
      type = AtomicType::kString;
  }
  bool string_like() const { return is_string_like(type); }
  std::string_view string() const { return atomic ? std::string_view(atomic->as_string()) : text; }
  Atomic value() const { return atomic ? *atomic : Atomic(type, text); }
};

std::vector<Operand> operands(const Sequence& s) {
  std::vector<Operand> out;
  out.reserve(s.size());
  for (const Item& i : s) out.emplace_back(i);
  return out;
}

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

}  // namespace

bool general_compare(CompareOp op, const Sequence& a, const Sequence& b, EvalContext& c) {
  if (a.empty() || b.empty()) return false;
  const std::vector<Operand> x = operands(a), y = operands(b);
  for (const Operand& i : x) {
    for (const Operand& j : y) {
      c.step();
      if (i.string_like() && j.string_like()) {
        if (compare_strings(op, i.string(), j.string())) return true;
        continue;
      }
      const Atomic vi = i.value(), vj = j.value();
      if (compare_atomic(op, convert_untyped(vi, vj), convert_untyped(vj, vi))) return true;
    }
  }
  return false;
}

}  // namespace konform::xpath
