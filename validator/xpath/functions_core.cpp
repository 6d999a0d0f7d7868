// Accessors, boolean, numeric, aggregate, sequence, node, QName and XSLT functions.
#include <algorithm>
#include <cmath>

#include "validator/xpath/document_source.h"
#include "validator/xpath/error.h"
#include "validator/xpath/functions.h"
#include "validator/xpath/key_index.h"

namespace konform::xpath {

namespace fn {

using xdm::NodeKind;
using xdm::NodeRef;
using T = AtomicType;
using namespace types;

Sequence integer(std::int64_t i) { return {Item(Atomic::integer(Integer(i)))}; }

std::string_view string_or_empty(const Sequence& converted) {
  return converted.empty() ? std::string_view() : converted.front().atomic().as_string();
}

std::int64_t int64_of(const Sequence& converted) {
  const Integer& i = converted.front().atomic().as_integer();
  if (!i.fits_int64()) throw Error("FOAR0002", "integer too large");
  return i.to_int64();
}

std::optional<NodeRef> node_arg(EvalContext& c, std::span<const Sequence> args,
                                const char* function) {
  if (args.empty()) {
    const Item& i = c.context_item();
    if (!i.is_node())
      throw Error("XPTY0004", std::string(function) + "(): the context item is not a node");
    return i.node();
  }
  const Sequence& a = args[0];
  if (a.empty()) return std::nullopt;
  if (a.size() > 1 || !a.front().is_node())
    throw Error("XPTY0004", std::string(function) + "(): expected a single node");
  return a.front().node();
}

namespace {

// --- documents ---------------------------------------------------------------------------------

/// fn:doc()'s lookup in the dynamic context's document source, relative to the base URI of the
/// context node's document (so a document read by doc() resolves its own references); without a
/// context node the base is empty and the source uses the document the rules run on.
const xdm::Document* find_document(EvalContext& c, const std::string& uri,
                                   DocumentSource::Refusal& refusal) {
  DocumentSource* source = c.dynamic->documents;
  if (source == nullptr) return nullptr;
  std::string_view base;
  if (c.item != nullptr && c.item->is_node()) base = c.item->node().doc->base_uri();
  return source->find(uri, base, refusal);
}

// --- numeric -----------------------------------------------------------------------------------

enum class Rounding { kFloor, kCeiling, kRound, kHalfEven };

// round-half-to-even() precisions beyond this many digits round every xs:double and every
// decimal konform can hold the same way, so larger ones are clamped to it.
constexpr std::int64_t kPrecisionLimit = 400;

Atomic round_number(const Atomic& a, Rounding mode, int precision) {
  T p = primitive_type(a.type());
  if (p == T::kDouble || p == T::kFloat) {
    double d = a.as_double();
    if (std::isnan(d) || std::isinf(d) || d == 0) return a;
    double r = d;
    switch (mode) {
      case Rounding::kFloor:
        r = std::floor(d);
        break;
      case Rounding::kCeiling:
        r = std::ceil(d);
        break;
      case Rounding::kRound:
        r = std::floor(d + 0.5);
        if (r == 0 && d < 0) r = -0.0;
        break;
      case Rounding::kHalfEven: {
        auto dec = Decimal::from_double(d);
        if (!dec) return a;
        r = dec->round_half_to_even(precision).to_double();
        if (r == 0 && d < 0) r = -0.0;
        break;
      }
    }
    return p == T::kDouble ? Atomic::dbl(r) : Atomic::flt(static_cast<float>(r));
  }
  if (a.holds_integer()) {
    if (mode == Rounding::kHalfEven && precision < 0) {
      Decimal r = Decimal::from_integer(a.as_integer()).round_half_to_even(precision);
      return Atomic::integer(r.truncate());
    }
    return Atomic::integer(a.as_integer());
  }
  const Decimal& d = a.as_decimal();
  switch (mode) {
    case Rounding::kFloor:
      return Atomic::decimal(d.floor());
    case Rounding::kCeiling:
      return Atomic::decimal(d.ceiling());
    case Rounding::kRound:
      return Atomic::decimal(d.round());
    case Rounding::kHalfEven:
      return Atomic::decimal(d.round_half_to_even(precision));
  }
  return a;
}

template <Rounding mode>
Sequence rounded(EvalContext&, Arguments a) {
  const Atomic* v = optional_atomic(a[0]);
  if (v == nullptr) return {};
  return one(round_number(*v, mode, 0));
}

Atomic abs_number(const Atomic& a) {
  T p = primitive_type(a.type());
  if (p == T::kDouble) return Atomic::dbl(std::fabs(a.as_double()));
  if (p == T::kFloat) return Atomic::flt(static_cast<float>(std::fabs(a.as_double())));
  if (a.holds_integer()) return Atomic::integer(a.as_integer().abs());
  return Atomic::decimal(a.as_decimal().abs());
}

// Atomized values for sum/avg/min/max: untypedAtomic -> xs:double.
std::vector<Atomic> aggregate_values(const Sequence& s, EvalContext& c) {
  std::vector<Atomic> out;
  out.reserve(s.size());
  for (const Item& i : s) {
    c.step();
    Atomic a = atomize_item(i);
    if (a.type() == T::kUntypedAtomic) a = cast_atomic(a, T::kDouble);
    out.push_back(std::move(a));
  }
  return out;
}

Atomic add_all(const std::vector<Atomic>& values, const char* function) {
  Atomic total = values.front();
  bool numeric = is_numeric(total.type());
  bool duration = total.type() == T::kYearMonthDuration || total.type() == T::kDayTimeDuration;
  if (!numeric && !duration)
    throw Error("FORG0006",
                std::string(function) + "(): cannot sum " + std::string(type_name(total.type())));
  for (std::size_t i = 1; i < values.size(); ++i) {
    if (numeric != is_numeric(values[i].type()) || (duration && values[i].type() != total.type()))
      throw Error("FORG0006", std::string(function) + "(): mixed types");
    total = arithmetic(ArithOp::kAdd, total, values[i]);
  }
  return total;
}

enum class Extreme : std::uint8_t { kMin, kMax };

Sequence min_max(const Sequence& arg, EvalContext& c, Extreme extreme) {
  std::vector<Atomic> values = aggregate_values(arg, c);
  if (values.empty()) return {};
  // Numeric promotion to the widest type present.
  bool any_double = false, any_float = false, any_decimal = false;
  for (const Atomic& v : values) {
    T p = primitive_type(v.type());
    any_double |= p == T::kDouble;
    any_float |= p == T::kFloat;
    any_decimal |= p == T::kDecimal && !is_integer_type(v.type());
  }
  for (Atomic& v : values) {
    if (!is_numeric(v.type())) {
      if (v.type() == T::kAnyURI) v = v.with_string_type(AtomicType::kString);
      if (v.type() == T::kQName || v.type() == T::kHexBinary || v.type() == T::kBase64Binary ||
          v.type() == T::kGDay || v.type() == T::kGMonth || v.type() == T::kGYear ||
          v.type() == T::kGMonthDay || v.type() == T::kGYearMonth || v.type() == T::kDuration)
        throw Error("FORG0006", "min/max not defined for " + std::string(type_name(v.type())));
      continue;
    }
    if (any_double)
      v = cast_atomic(v, T::kDouble);
    else if (any_float)
      v = cast_atomic(v, T::kFloat);
    else if (any_decimal)
      v = cast_atomic(v, T::kDecimal);
  }
  std::size_t best = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (is_nan(values[i])) return one(values[i]);
    if (i == 0) continue;
    std::optional<int> cmp;
    try {
      cmp = order_atomic(values[i], values[best]);
    } catch (const Error&) {
      throw Error("FORG0006", "min/max over incomparable values");
    }
    if (cmp && (extreme == Extreme::kMax ? *cmp > 0 : *cmp < 0)) best = i;
  }
  return one(values[best]);
}

// --- deep-equal --------------------------------------------------------------------------------

bool deep_equal_nodes(NodeRef a, NodeRef b);

bool deep_equal_items(const Item& a, const Item& b) {
  if (a.is_atomic() != b.is_atomic()) return false;
  if (a.is_atomic()) return atomic_equal_for_grouping(a.atomic(), b.atomic(), NaN::kEqualsNaN);
  return deep_equal_nodes(a.node(), b.node());
}

std::vector<NodeRef> significant_children(NodeRef n) {
  std::vector<NodeRef> out;
  const xdm::Document& d = *n.doc;
  for (xdm::NodeIndex c = d.first_child(n.index); c != xdm::kNoNode; c = d.next_sibling(c)) {
    NodeKind k = d.kind(c);
    if (k == NodeKind::kComment || k == NodeKind::kProcessingInstruction) continue;
    out.push_back(d.ref(c));
  }
  return out;
}

bool deep_equal_nodes(NodeRef a, NodeRef b) {
  NodeKind k = a.kind();
  if (k != b.kind()) return false;
  const xdm::Document& da = *a.doc;
  const xdm::Document& db = *b.doc;
  switch (k) {
    case NodeKind::kDocument:
    case NodeKind::kElement: {
      if (k == NodeKind::kElement) {
        if (da.local_name(a.index) != db.local_name(b.index) ||
            da.namespace_uri(a.index) != db.namespace_uri(b.index))
          return false;
        xdm::NodeIndex ea = da.attributes_end(a.index), eb = db.attributes_end(b.index);
        if (ea - a.index != eb - b.index) return false;
        for (xdm::NodeIndex i = a.index + 1; i < ea; ++i) {
          bool found = false;
          for (xdm::NodeIndex j = b.index + 1; j < eb && !found; ++j) {
            found = da.local_name(i) == db.local_name(j) &&
                    da.namespace_uri(i) == db.namespace_uri(j) && da.value(i) == db.value(j);
          }
          if (!found) return false;
        }
      }
      auto ca = significant_children(a), cb = significant_children(b);
      if (ca.size() != cb.size()) return false;
      for (std::size_t i = 0; i < ca.size(); ++i) {
        if (!deep_equal_nodes(ca[i], cb[i])) return false;
      }
      return true;
    }
    case NodeKind::kAttribute:
      return da.local_name(a.index) == db.local_name(b.index) &&
             da.namespace_uri(a.index) == db.namespace_uri(b.index) &&
             da.value(a.index) == db.value(b.index);
    case NodeKind::kProcessingInstruction:
      return da.local_name(a.index) == db.local_name(b.index) &&
             da.value(a.index) == db.value(b.index);
    case NodeKind::kNamespace:
      return da.namespace_at(a.index, a.ns_slot - 1).prefix ==
                 db.namespace_at(b.index, b.ns_slot - 1).prefix &&
             da.namespace_at(a.index, a.ns_slot - 1).uri ==
                 db.namespace_at(b.index, b.ns_slot - 1).uri;
    default:
      return da.value(a.index) == db.value(b.index);
  }
}

// --- names -------------------------------------------------------------------------------------

std::string node_name_lexical(NodeRef n) {
  const xdm::Document& d = *n.doc;
  switch (n.kind()) {
    case NodeKind::kElement:
    case NodeKind::kAttribute: {
      std::string_view p = d.prefix(n.index);
      std::string out(p);
      if (!p.empty()) out.push_back(':');
      out.append(d.local_name(n.index));
      return out;
    }
    case NodeKind::kProcessingInstruction:
      return std::string(d.local_name(n.index));
    case NodeKind::kNamespace:
      return std::string(d.namespace_at(n.index, n.ns_slot - 1).prefix);
    default:
      return {};
  }
}

std::string node_local_name(NodeRef n) {
  if (n.kind() == NodeKind::kNamespace)
    return std::string(n.doc->namespace_at(n.index, n.ns_slot - 1).prefix);
  return std::string(n.doc->local_name(n.index));
}

std::optional<std::string> prefix_uri(NodeRef element, std::string_view prefix) {
  const xdm::Document& d = *element.doc;
  for (std::size_t i = 0, n = d.namespace_count(element.index); i < n; ++i) {
    auto b = d.namespace_at(element.index, i);
    if (b.prefix == prefix) return std::string(b.uri);
  }
  return std::nullopt;
}

Atomic make_qname(const std::string& uri, const std::string& lexical) {
  auto colon = lexical.find(':');
  std::string prefix = colon == std::string::npos ? "" : lexical.substr(0, colon);
  std::string local = colon == std::string::npos ? lexical : lexical.substr(colon + 1);
  Atomic check = atomic_from_string(local, T::kNCName);
  if (!prefix.empty()) atomic_from_string(prefix, T::kNCName);
  if (!prefix.empty() && uri.empty())
    throw Error("FOCA0002", "a prefixed QName needs a namespace URI");
  return Atomic(T::kQName, QNameValue{uri, local, prefix});
}

const Atomic& qname_arg(const Atomic* a) {
  if (a->type() != T::kQName) throw Error("XPTY0004", "expected an xs:QName");
  return *a;
}

}  // namespace

void add_core(FunctionTable& table) {
  using Args = Arguments;
  // Accessors.
  define(table, "node-name", 1, 1, {node_opt}, qname_opt, [](EvalContext& c, Args a) -> Sequence {
    auto n = node_arg(c, a, "node-name");
    if (!n) return {};
    NodeKind k = n->kind();
    const xdm::Document& d = *n->doc;
    if (k == NodeKind::kElement || k == NodeKind::kAttribute)
      return one(Atomic(T::kQName, QNameValue{std::string(d.namespace_uri(n->index)),
                                              std::string(d.local_name(n->index)),
                                              std::string(d.prefix(n->index))}));
    if (k == NodeKind::kProcessingInstruction)
      return one(Atomic(T::kQName, QNameValue{"", std::string(d.local_name(n->index)), ""}));
    if (k == NodeKind::kNamespace) {
      std::string p = node_local_name(*n);
      if (p.empty()) return {};
      return one(Atomic(T::kQName, QNameValue{"", p, ""}));
    }
    return {};
  });
  define(table, "string", 0, 1, {item_opt}, string_one, [](EvalContext& c, Args a) -> Sequence {
    if (a.empty()) return one(string_atomic(c.context_item()));
    if (a[0].empty()) return str("");
    if (a[0].size() > 1) throw Error("XPTY0004", "string(): more than one item");
    return one(string_atomic(a[0].front()));
  });
  define(table, "data", 1, 1, {items}, any_atomics,
         [](EvalContext&, Args a) { return atomize(a[0]); });
  define(table, "base-uri", 0, 1, {node_opt}, any_uri_opt, [](EvalContext& c, Args a) -> Sequence {
    auto n = node_arg(c, a, "base-uri");
    if (!n || n->doc->base_uri().empty()) return {};
    return one(Atomic(T::kAnyURI, n->doc->base_uri()));
  });
  define(table, "document-uri", 1, 1, {node_opt}, any_uri_opt,
         [](EvalContext& c, Args a) -> Sequence {
           auto n = node_arg(c, a, "document-uri");
           if (!n || n->kind() != NodeKind::kDocument || n->doc->base_uri().empty()) return {};
           return one(Atomic(T::kAnyURI, n->doc->base_uri()));
         });
  define(table, "error", 0, 3, {any_atomic_opt, string_opt, items}, items,
         [](EvalContext&, Args a) -> Sequence {
           std::string code = "FOER0000";
           if (!a.empty() && !a[0].empty()) {
             auto q = optional_atomic(a[0]);
             code = q->type() == T::kQName ? q->as_qname().local : atomic_to_string(*q);
           }
           std::string description(a.size() > 1 ? string_or_empty(a[1]) : "fn:error() called");
           throw Error(code, description);
         });
  define(table, "trace", 2, 2, {items, string_opt}, items,
         [](EvalContext&, Args a) { return a[0]; });
  define(table, "nilled", 1, 1, {node_opt}, boolean_opt, [](EvalContext& c, Args a) -> Sequence {
    auto n = node_arg(c, a, "nilled");
    if (!n || n->kind() != NodeKind::kElement) return {};
    return boolean(false);  // not schema-aware: xsi:nil is never validated, so never nilled
  });
  define(table, "default-collation", 0, 0, {}, string_one, [](EvalContext&, Args) {
    return str("http://www.w3.org/2005/xpath-functions/collation/codepoint");
  });
  define(table, "static-base-uri", 0, 0, {}, any_uri_opt,
         [](EvalContext&, Args) { return Sequence{}; });

  // Boolean.
  define(table, "true", 0, 0, {}, boolean_one, [](EvalContext&, Args) {
    return boolean(true);
  }).id = BuiltinId::kTrue;
  define(table, "false", 0, 0, {}, boolean_one, [](EvalContext&, Args) {
    return boolean(false);
  }).id = BuiltinId::kFalse;
  define(table, "boolean", 1, 1, {items}, boolean_one, [](EvalContext&, Args a) {
    return boolean(effective_boolean_value(a[0]));
  }).id = BuiltinId::kBoolean;
  define(table, "not", 1, 1, {items}, boolean_one, [](EvalContext&, Args a) {
    return boolean(!effective_boolean_value(a[0]));
  }).id = BuiltinId::kNot;

  // Numeric.
  define(table, "number", 0, 1, {any_atomic_opt}, double_one,
         [](EvalContext& c, Args a) -> Sequence {
           std::optional<Atomic> v;
           if (a.empty())
             v = atomize_item(c.context_item());
           else if (!a[0].empty())
             v = a[0].front().atomic();
           if (!v) return one(Atomic::dbl(std::nan("")));
           if (!castable_atomic(*v, T::kDouble)) return one(Atomic::dbl(std::nan("")));
           return one(cast_atomic(*v, T::kDouble));
         });
  define(table, "abs", 1, 1, {numeric_opt}, numeric_opt, [](EvalContext&, Args a) -> Sequence {
    auto v = optional_atomic(a[0]);
    if (!v) return {};
    return one(abs_number(*v));
  });
  define(table, "floor", 1, 1, {numeric_opt}, numeric_opt, rounded<Rounding::kFloor>);
  define(table, "ceiling", 1, 1, {numeric_opt}, numeric_opt, rounded<Rounding::kCeiling>);
  define(table, "round", 1, 1, {numeric_opt}, numeric_opt, rounded<Rounding::kRound>);
  define(table, "round-half-to-even", 1, 2, {numeric_opt, integer_one}, numeric_opt,
         [](EvalContext&, Args a) -> Sequence {
           auto v = optional_atomic(a[0]);
           if (!v) return {};
           std::int64_t precision = a.size() > 1 ? int64_of(a[1]) : 0;
           precision = std::clamp<std::int64_t>(precision, -kPrecisionLimit, kPrecisionLimit);
           return one(round_number(*v, Rounding::kHalfEven, static_cast<int>(precision)));
         });

  // Aggregates.
  define(table, "count", 1, 1, {items}, integer_one, [](EvalContext&, Args a) {
    return integer(static_cast<std::int64_t>(a[0].size()));
  }).id = BuiltinId::kCount;
  define(table, "sum", 1, 2, {any_atomics, any_atomic_opt}, any_atomic_opt,
         [](EvalContext& c, Args a) -> Sequence {
           std::vector<Atomic> values = aggregate_values(a[0], c);
           if (values.empty()) {
             if (a.size() > 1) return a[1];
             return integer(0);
           }
           return one(add_all(values, "sum"));
         });
  define(table, "avg", 1, 1, {any_atomics}, any_atomic_opt, [](EvalContext& c, Args a) -> Sequence {
    std::vector<Atomic> values = aggregate_values(a[0], c);
    if (values.empty()) return {};
    Atomic total = add_all(values, "avg");
    return one(arithmetic(ArithOp::kDiv, total,
                          Atomic::integer(Integer(static_cast<std::int64_t>(values.size())))));
  });
  define(table, "max", 1, 2, {any_atomics, string_opt}, any_atomic_opt,
         [](EvalContext& c, Args a) { return min_max(a[0], c, Extreme::kMax); });
  define(table, "min", 1, 2, {any_atomics, string_opt}, any_atomic_opt,
         [](EvalContext& c, Args a) { return min_max(a[0], c, Extreme::kMin); });

  // Sequences.
  define(table, "empty", 1, 1, {items}, boolean_one, [](EvalContext&, Args a) {
    return boolean(a[0].empty());
  }).id = BuiltinId::kEmpty;
  define(table, "exists", 1, 1, {items}, boolean_one, [](EvalContext&, Args a) {
    return boolean(!a[0].empty());
  }).id = BuiltinId::kExists;
  define(table, "distinct-values", 1, 2, {any_atomics, string_opt}, any_atomics,
         [](EvalContext& c, Args a) {
           const Sequence& values = a[0];
           Sequence out;
           for (const Item& v : values) {
             bool seen = false;
             for (const Item& o : out) {
               c.step();
               Atomic x = v.atomic().type() == T::kUntypedAtomic
                              ? v.atomic().with_string_type(AtomicType::kString)
                              : v.atomic();
               Atomic y = o.atomic().type() == T::kUntypedAtomic
                              ? o.atomic().with_string_type(AtomicType::kString)
                              : o.atomic();
               if (atomic_equal_for_grouping(x, y, NaN::kEqualsNaN)) {
                 seen = true;
                 break;
               }
             }
             if (!seen) out.push_back(v);
           }
           return out;
         });
  define(table, "index-of", 2, 3, {any_atomics, any_atomic_one, string_opt}, integers,
         [](EvalContext& c, Args a) {
           const Sequence& values = a[0];
           const Atomic* search = optional_atomic(a[1]);
           Atomic s = search->type() == T::kUntypedAtomic
                          ? search->with_string_type(AtomicType::kString)
                          : *search;
           Sequence out;
           for (std::size_t i = 0; i < values.size(); ++i) {
             c.step();
             const Atomic& v = values[i].atomic();
             Atomic x = v.type() == T::kUntypedAtomic ? v.with_string_type(AtomicType::kString) : v;
             if (atomic_equal_for_grouping(x, s, NaN::kUnequal))
               out.push_back(Item(Atomic::integer(Integer(static_cast<std::int64_t>(i + 1)))));
           }
           return out;
         });
  define(table, "insert-before", 3, 3, {items, integer_one, items}, items,
         [](EvalContext&, Args a) {
           std::int64_t pos = int64_of(a[1]);
           Sequence out = a[0];
           std::size_t at =
               pos < 1 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(pos - 1), out.size());
           out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), a[2].begin(), a[2].end());
           return out;
         });
  define(table, "remove", 2, 2, {items, integer_one}, items, [](EvalContext&, Args a) {
    std::int64_t pos = int64_of(a[1]);
    Sequence out = a[0];
    if (pos >= 1 && static_cast<std::size_t>(pos) <= out.size())
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(pos - 1));
    return out;
  });
  define(table, "reverse", 1, 1, {items}, items, [](EvalContext&, Args a) {
    Sequence out(a[0].rbegin(), a[0].rend());
    return out;
  });
  define(table, "subsequence", 2, 3, {items, numeric_one, numeric_one}, items,
         [](EvalContext&, Args a) -> Sequence {
           auto start_arg = optional_atomic(a[1]);
           if (!start_arg) throw Error("XPTY0004", "subsequence(): empty start");
           double start = std::floor(numeric_to_double(*start_arg) + 0.5);
           double end = INFINITY;
           if (a.size() > 2) {
             auto len = optional_atomic(a[2]);
             if (!len) throw Error("XPTY0004", "subsequence(): empty length");
             end = start + std::floor(numeric_to_double(*len) + 0.5);
           }
           Sequence out;
           for (std::size_t i = 0; i < a[0].size(); ++i) {
             double p = static_cast<double>(i + 1);
             if (p >= start && p < end) out.push_back(a[0][i]);
           }
           return out;
         });
  define(table, "unordered", 1, 1, {items}, items, [](EvalContext&, Args a) { return a[0]; });
  define(table, "zero-or-one", 1, 1, {items}, items, [](EvalContext&, Args a) {
    if (a[0].size() > 1) throw Error("FORG0003", "zero-or-one() called with more than one item");
    return a[0];
  });
  define(table, "one-or-more", 1, 1, {items}, items, [](EvalContext&, Args a) {
    if (a[0].empty()) throw Error("FORG0004", "one-or-more() called with an empty sequence");
    return a[0];
  });
  define(table, "exactly-one", 1, 1, {items}, items, [](EvalContext&, Args a) {
    if (a[0].size() != 1)
      throw Error("FORG0005",
                  "exactly-one() called with " + std::to_string(a[0].size()) + " items");
    return a[0];
  });
  define(table, "deep-equal", 2, 3, {items, items, string_opt}, boolean_one,
         [](EvalContext&, Args a) {
           if (a[0].size() != a[1].size()) return boolean(false);
           for (std::size_t i = 0; i < a[0].size(); ++i) {
             if (!deep_equal_items(a[0][i], a[1][i])) return boolean(false);
           }
           return boolean(true);
         });

  // Context.
  define(table, "position", 0, 0, {}, integer_one, [](EvalContext& c, Args) {
    c.context_item();
    return integer(static_cast<std::int64_t>(c.position));
  }).id = BuiltinId::kPosition;
  define(table, "last", 0, 0, {}, integer_one, [](EvalContext& c, Args) {
    c.context_item();
    return integer(static_cast<std::int64_t>(c.size));
  }).id = BuiltinId::kLast;
  // Nodes.
  define(table, "name", 0, 1, {node_opt}, string_one, [](EvalContext& c, Args a) {
    auto n = node_arg(c, a, "name");
    return str(n ? node_name_lexical(*n) : "");
  }).id = BuiltinId::kName;
  define(table, "local-name", 0, 1, {node_opt}, string_one, [](EvalContext& c, Args a) {
    auto n = node_arg(c, a, "local-name");
    return str(n ? node_local_name(*n) : "");
  }).id = BuiltinId::kLocalName;
  define(table, "namespace-uri", 0, 1, {node_opt}, any_uri_one,
         [](EvalContext& c, Args a) -> Sequence {
           auto n = node_arg(c, a, "namespace-uri");
           std::string uri =
               n && n->ns_slot == 0 ? std::string(n->doc->namespace_uri(n->index)) : "";
           return one(Atomic(T::kAnyURI, uri));
         })
      .id = BuiltinId::kNamespaceUri;
  define(table, "root", 0, 1, {node_opt}, node_opt, [](EvalContext& c, Args a) -> Sequence {
    auto n = node_arg(c, a, "root");
    if (!n) return {};
    return {Item(n->doc->root())};
  });
  define(table, "lang", 1, 2, {string_opt, node_one}, boolean_one, [](EvalContext& c, Args a) {
    std::string wanted(string_or_empty(a[0]));
    auto n = node_arg(c, a.subspan(1), "lang");
    if (!n) return boolean(false);
    const xdm::Document& d = *n->doc;
    xdm::NodeIndex e = n->index;
    if (n->kind() == NodeKind::kAttribute) e = d.parent(e);
    for (; e != xdm::kNoNode; e = d.parent(e)) {
      if (d.kind(e) != NodeKind::kElement) continue;
      for (xdm::NodeIndex i = e + 1; i < d.attributes_end(e); ++i) {
        if (d.local_name(i) == "lang" &&
            d.namespace_uri(i) == "http://www.w3.org/XML/1998/namespace") {
          std::string v(d.value(i));
          auto lower = [](std::string s) {
            for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            return s;
          };
          v = lower(v);
          wanted = lower(wanted);
          return boolean(v == wanted ||
                         (v.size() > wanted.size() && v.compare(0, wanted.size(), wanted) == 0 &&
                          v[wanted.size()] == '-'));
        }
      }
    }
    return boolean(false);
  });
  define(table, "id", 1, 2, {any_atomics, node_one}, nodes, [](EvalContext& c, Args a) {
    // Without a DTD or schema the only ID attributes are xml:id ones.
    auto n = node_arg(c, a.subspan(1), "id");
    Sequence out;
    if (!n) return out;
    std::vector<std::string> ids;
    for (const Item& v : a[0]) {
      std::string s = atomic_to_string(v.atomic());
      std::size_t i = 0;
      while (i < s.size()) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        std::size_t j = i;
        while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
        if (j > i) ids.push_back(s.substr(i, j - i));
        i = j;
      }
    }
    const xdm::Document& d = *n->doc;
    std::vector<NodeRef> found;
    for (xdm::NodeIndex i = 0; i < d.size(); ++i) {
      c.step();
      if (d.kind(i) != NodeKind::kAttribute || d.local_name(i) != "id" ||
          d.namespace_uri(i) != "http://www.w3.org/XML/1998/namespace")
        continue;
      std::string v = atomic_to_string(atomic_from_string(d.value(i), T::kToken));
      if (std::find(ids.begin(), ids.end(), v) != ids.end()) found.push_back(d.ref(d.parent(i)));
    }
    sort_unique(found);
    for (const NodeRef& f : found) out.emplace_back(f);
    return out;
  }).id = BuiltinId::kId;
  define(table, "doc", 1, 1, {string_opt}, node_opt, [](EvalContext& c, Args a) -> Sequence {
    if (a[0].empty()) return {};
    const std::string uri(string_or_empty(a[0]));
    DocumentSource::Refusal refusal{"konform does not load external documents",
                                    "konform lädt keine externen Dokumente"};
    const xdm::Document* found = find_document(c, uri, refusal);
    if (found == nullptr) {
      throw Error("FODC0002", "doc('" + uri + "'): " + refusal.en)
          .with_german("doc('" + uri + "'): " + refusal.de);
    }
    return Sequence{Item(found->root())};
  });
  define(table, "doc-available", 1, 1, {string_opt}, boolean_one, [](EvalContext& c, Args a) {
    if (a[0].empty()) return boolean(false);
    DocumentSource::Refusal refusal;
    return boolean(find_document(c, std::string(string_or_empty(a[0])), refusal) != nullptr);
  });
  // The default collection is the run's input set; konform knows no named collections.
  define(table, "collection", 0, 1, {string_opt}, nodes, [](EvalContext& c, Args a) -> Sequence {
    DocumentSource* source = c.dynamic->documents;
    const std::string name(a.empty() || a[0].empty() ? "" : string_or_empty(a[0]));
    if (source == nullptr || !name.empty()) {
      throw Error("FODC0002", "collection('" + name +
                                  "'): konform knows only the default collection collection(), "
                                  "the documents of this run")
          .with_german("collection('" + name +
                       "'): konform kennt nur die Standardsammlung collection(), die Dokumente "
                       "dieses Laufs");
    }
    std::vector<const xdm::Document*> documents;
    DocumentSource::Refusal refusal;
    if (!source->all(documents, refusal)) {
      throw Error("FODC0002", "collection(): " + refusal.en)
          .with_german("collection(): " + refusal.de);
    }
    Sequence out;
    for (const xdm::Document* document : documents) out.emplace_back(document->root());
    return out;
  });

  // QNames and namespaces.
  define(table, "QName", 2, 2, {string_opt, string_one}, atomic(AtomicType::kQName),
         [](EvalContext&, Args a) {
           return one(
               make_qname(std::string(string_or_empty(a[0])), std::string(string_or_empty(a[1]))));
         });
  define(table, "resolve-QName", 2, 2, {any_atomic_opt, node_one}, qname_opt,
         [](EvalContext& c, Args a) -> Sequence {
           auto q = optional_atomic(a[0]);
           if (!q) return {};
           std::string lexical = atomic_to_string(*q);
           auto e = node_arg(c, a.subspan(1), "resolve-QName");
           auto colon = lexical.find(':');
           std::string prefix = colon == std::string::npos ? "" : lexical.substr(0, colon);
           auto uri = prefix_uri(*e, prefix);
           if (!uri) {
             if (!prefix.empty()) throw Error("FONS0004", "no namespace for prefix " + prefix);
             uri = "";
           }
           return one(make_qname(*uri, lexical));
         });
  define(table, "prefix-from-QName", 1, 1, {any_atomic_opt}, ncname_opt,
         [](EvalContext&, Args a) -> Sequence {
           auto q = optional_atomic(a[0]);
           if (!q || qname_arg(q).as_qname().prefix.empty()) return {};
           return one(Atomic(T::kNCName, q->as_qname().prefix));
         });
  define(table, "local-name-from-QName", 1, 1, {any_atomic_opt}, ncname_opt,
         [](EvalContext&, Args a) -> Sequence {
           auto q = optional_atomic(a[0]);
           if (!q) return {};
           return one(Atomic(T::kNCName, qname_arg(q).as_qname().local));
         });
  define(table, "namespace-uri-from-QName", 1, 1, {any_atomic_opt}, any_uri_opt,
         [](EvalContext&, Args a) -> Sequence {
           auto q = optional_atomic(a[0]);
           if (!q) return {};
           return one(Atomic(T::kAnyURI, qname_arg(q).as_qname().ns));
         });
  define(table, "namespace-uri-for-prefix", 2, 2, {string_opt, node_one}, any_uri_opt,
         [](EvalContext& c, Args a) -> Sequence {
           std::string prefix(string_or_empty(a[0]));
           auto e = node_arg(c, a.subspan(1), "namespace-uri-for-prefix");
           auto uri = prefix_uri(*e, prefix);
           if (!uri || uri->empty()) return {};
           return one(Atomic(T::kAnyURI, *uri));
         });
  define(table, "in-scope-prefixes", 1, 1, {node_one}, strings, [](EvalContext& c, Args a) {
    auto e = node_arg(c, a, "in-scope-prefixes");
    Sequence out;
    for (const auto& b : e->doc->in_scope_namespaces(e->index))
      out.emplace_back(Atomic::string(std::string(b.prefix)));
    return out;
  });

  // XSLT.
  define(table, "current", 0, 0, {}, item_one, [](EvalContext& c, Args) -> Sequence {
    if (c.current == nullptr) throw Error("XPDY0002", "current(): no context item");
    return {*c.current};
  });
  // The keys are those of the static context the call was compiled in (its prepare hook).
  define(table, "key", 2, 3, {string_opt, any_atomics, node_one}, nodes,
         [](EvalContext& c, Args a) {
           std::string name(string_or_empty(a[0]));
           const KeyDefinition* key = c.prepared->statics->find_key(name);
           if (key == nullptr) throw Error("XTDE1260", "no key named '" + name + "'");
           auto n = node_arg(c, a.subspan(2), "key");
           if (!n) return Sequence{};
           const KeyCache::Index& index = c.dynamic->key_cache().index(*key, *n->doc, c);
           std::vector<NodeRef> found;
           for (const Item& v : a[1]) {
             auto it = index.find(atomic_to_string(v.atomic()));
             if (it != index.end()) found.insert(found.end(), it->second.begin(), it->second.end());
           }
           sort_unique(found);
           Sequence out;
           for (const NodeRef& f : found) out.emplace_back(f);
           return out;
         })
      .prepare = [](const std::vector<const Expr*>&, const StaticContext& context) {
    return PreparedCall{.regex = nullptr, .statics = &context};
  };
  table.back().id = BuiltinId::kKey;  // the one define() just added
}

}  // namespace fn
}  // namespace konform::xpath
