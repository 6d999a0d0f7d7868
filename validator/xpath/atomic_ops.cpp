#include "validator/xpath/atomic_ops.h"

#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include "validator/core/base64.h"
#include "validator/core/hex_digit.h"
#include "validator/core/lookup_table.h"
#include "validator/core/xml_space.h"
#include "validator/xpath/error.h"
#include "validator/xpath/string_like.h"
#include "validator/xsdtypes/base64.h"
#include "validator/xsdtypes/floating.h"

namespace konform::xpath {
namespace {

using T = AtomicType;

std::string collapse(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (char c : trim_xml_space(s)) {
    if (is_xml_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

bool is_name_start(unsigned char c) { return std::isalpha(c) || c == '_' || c == ':' || c >= 0x80; }
bool is_name_char(unsigned char c) {
  return is_name_start(c) || std::isdigit(c) || c == '-' || c == '.';
}
/// xs:Name allows colons, xs:NCName (and the types derived from it) does not.
enum class NameType : std::uint8_t { kName, kNCName };
bool is_name(std::string_view s, NameType type) {
  if (s.empty() || !is_name_start(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s) {
    if (!is_name_char(static_cast<unsigned char>(c))) return false;
    if (c == ':' && type == NameType::kNCName) return false;
  }
  return true;
}
bool is_nmtoken(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_name_char(static_cast<unsigned char>(c))) return false;
  }
  return true;
}
bool is_language(std::string_view s) {
  // [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*
  std::size_t part_len = 0, parts = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '-') {
      if (part_len == 0 || part_len > 8) return false;
      ++parts;
      part_len = 0;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (parts == 0 ? !std::isalpha(c) : !std::isalnum(c)) return false;
    ++part_len;
  }
  return true;
}

[[noreturn]] void bad_lexical(std::string_view text, AtomicType target) {
  throw Error("FORG0001", "cannot cast \"" + std::string(text.substr(0, 100)) + "\" to " +
                              std::string(type_name(target)));
}

struct IntegerRange {
  std::optional<Integer> min, max;
};

IntegerRange range_of(AtomicType t) {
  auto p = [](const char* s) { return *Integer::parse(s); };
  switch (t) {
    case T::kNonPositiveInteger:
      return {std::nullopt, Integer(0)};
    case T::kNegativeInteger:
      return {std::nullopt, Integer(-1)};
    case T::kLong:
      return {p("-9223372036854775808"), p("9223372036854775807")};
    case T::kInt:
      return {Integer(-2147483648LL), Integer(2147483647LL)};
    case T::kShort:
      return {Integer(-32768), Integer(32767)};
    case T::kByte:
      return {Integer(-128), Integer(127)};
    case T::kNonNegativeInteger:
      return {Integer(0), std::nullopt};
    case T::kUnsignedLong:
      return {Integer(0), p("18446744073709551615")};
    case T::kUnsignedInt:
      return {Integer(0), Integer(4294967295LL)};
    case T::kUnsignedShort:
      return {Integer(0), Integer(65535)};
    case T::kUnsignedByte:
      return {Integer(0), Integer(255)};
    case T::kPositiveInteger:
      return {Integer(1), std::nullopt};
    default:
      return {};
  }
}

Atomic make_integer(Integer value, AtomicType target, std::string_view text_for_error) {
  IntegerRange range = range_of(target);
  if ((range.min && value < *range.min) || (range.max && value > *range.max)) {
    if (text_for_error.empty()) {
      throw Error("FORG0001",
                  value.to_string() + " is out of range for " + std::string(type_name(target)));
    }
    bad_lexical(text_for_error, target);
  }
  return Atomic(target, std::move(value));
}

/// The bytes of a collapsed base64Binary lexical form, or std::nullopt when it is not one: the
/// XSD validator's lexical check (xsdtypes/base64.h) decides, so XPath and XSD agree, and core's
/// codec, which takes no spaces, decodes what it accepted.
std::optional<std::string> base64_binary_bytes(std::string_view text) {
  if (text.empty()) return std::string();
  if (xsdtypes::base64_decoded_length(text.data(), text.data() + text.size()) < 0) {
    return std::nullopt;
  }
  std::string unspaced(text);
  std::erase(unspaced, ' ');
  return base64_decode(unspaced);
}

std::string hex_encode(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : bytes) {
    auto u = static_cast<unsigned char>(c);
    out.push_back(kHex[u >> 4]);
    out.push_back(kHex[u & 15]);
  }
  return out;
}

std::string hex_decode(std::string_view hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<char>(hex_digit_value(hex[i]) * 16 + hex_digit_value(hex[i + 1])));
  }
  return out;
}

/// The eight date/time types and the kind of xsdtypes::DateTime that holds their values.
constexpr LookupTable<AtomicType, xsdtypes::DateTimeKind, 8> kDateTimeKinds{{
    {T::kDateTime, xsdtypes::DateTimeKind::kDateTime},
    {T::kDate, xsdtypes::DateTimeKind::kDate},
    {T::kTime, xsdtypes::DateTimeKind::kTime},
    {T::kGYearMonth, xsdtypes::DateTimeKind::kGYearMonth},
    {T::kGYear, xsdtypes::DateTimeKind::kGYear},
    {T::kGMonthDay, xsdtypes::DateTimeKind::kGMonthDay},
    {T::kGDay, xsdtypes::DateTimeKind::kGDay},
    {T::kGMonth, xsdtypes::DateTimeKind::kGMonth},
}};

bool is_temporal(AtomicType t) { return lookup(kDateTimeKinds, t).has_value(); }

double round_to_float(double d) { return static_cast<double>(static_cast<float>(d)); }

}  // namespace

std::optional<xsdtypes::DateTimeKind> date_time_kind(AtomicType t) {
  return lookup(kDateTimeKinds, t);
}

xsdtypes::DurationKind duration_kind(AtomicType t) {
  if (t == T::kYearMonthDuration) return xsdtypes::DurationKind::kYearMonth;
  if (t == T::kDayTimeDuration) return xsdtypes::DurationKind::kDayTime;
  return xsdtypes::DurationKind::kDuration;
}

double numeric_to_double(const Atomic& v) {
  switch (primitive_type(v.type())) {
    case T::kDouble:
    case T::kFloat:
      return v.as_double();
    case T::kDecimal:
      return v.holds_integer() ? v.as_integer().to_double() : v.as_decimal().to_double();
    default:
      throw Error("XPTY0004", std::string(type_name(v.type())) + " is not numeric");
  }
}

bool is_nan(const Atomic& v) {
  return (v.type() == T::kDouble || v.type() == T::kFloat) && std::isnan(v.as_double());
}

static Decimal to_decimal(const Atomic& v) {
  if (v.holds_integer()) return Decimal::from_integer(v.as_integer());
  return v.as_decimal();
}

std::string atomic_to_string(const Atomic& v) {
  switch (primitive_type(v.type())) {
    case T::kBoolean:
      return v.as_bool() ? "true" : "false";
    case T::kDecimal:
      return v.holds_integer() ? v.as_integer().to_string() : v.as_decimal().to_string();
    case T::kDouble:
      return xsdtypes::double_to_string(v.as_double());
    case T::kFloat:
      return xsdtypes::float_to_string(static_cast<float>(v.as_double()));
    case T::kDuration:
      return v.as_duration().to_string();
    case T::kQName: {
      const QNameValue& q = v.as_qname();
      return q.prefix.empty() ? q.local : q.prefix + ":" + q.local;
    }
    default:
      if (is_temporal(v.type())) return v.as_datetime().to_string();
      return std::string(v.as_string());
  }
}

Atomic atomic_from_string(std::string_view text, AtomicType target,
                          const PrefixResolver* resolver) {
  AtomicType primitive = primitive_type(target);
  if (target == T::kUntypedAtomic) return Atomic::text(T::kUntypedAtomic, text);
  if (primitive == T::kString) {
    if (target == T::kString) return Atomic::text(T::kString, text);
    std::string value;
    if (target == T::kNormalizedString) {
      value = std::string(text);
      for (char& c : value) {
        if (is_xml_space(c)) c = ' ';
      }
      return Atomic(target, std::move(value));
    }
    value = collapse(text);
    bool ok = true;
    switch (target) {
      case T::kLanguage:
        ok = is_language(value);
        break;
      case T::kNMTOKEN:
        ok = is_nmtoken(value);
        break;
      case T::kName:
        ok = is_name(value, NameType::kName);
        break;
      case T::kNCName:
      case T::kID:
      case T::kIDREF:
      case T::kENTITY:
        ok = is_name(value, NameType::kNCName);
        break;
      default:
        break;
    }
    if (!ok) bad_lexical(text, target);
    return Atomic(target, std::move(value));
  }
  std::string_view t = trim_xml_space(text);
  switch (primitive) {
    case T::kAnyURI:
      return Atomic(T::kAnyURI, collapse(text));
    case T::kBoolean:
      if (t == "true" || t == "1") return Atomic::boolean(true);
      if (t == "false" || t == "0") return Atomic::boolean(false);
      bad_lexical(text, target);
    case T::kDecimal:
      if (is_integer_type(target)) {
        auto i = Integer::parse(t);
        if (!i) bad_lexical(text, target);
        return make_integer(std::move(*i), target, text);
      } else {
        auto d = Decimal::parse(t);
        if (!d) bad_lexical(text, target);
        return Atomic::decimal(std::move(*d));
      }
    case T::kDouble: {
      auto d = xsdtypes::parse_double(t);
      if (!d) bad_lexical(text, target);
      return Atomic::dbl(*d);
    }
    case T::kFloat: {
      auto f = xsdtypes::parse_float(t);
      if (!f) bad_lexical(text, target);
      return Atomic::flt(*f);
    }
    case T::kDuration: {
      auto d = Duration::parse(t, duration_kind(target));
      if (!d) bad_lexical(text, target);
      return Atomic(target, *d);
    }
    case T::kHexBinary: {
      if (t.size() % 2 != 0) bad_lexical(text, target);
      std::string upper;
      for (char c : t) {
        if (hex_digit_value(c) < 0) bad_lexical(text, target);
        upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
      }
      return Atomic(T::kHexBinary, std::move(upper));
    }
    case T::kBase64Binary: {
      auto bytes = base64_binary_bytes(collapse(t));  // the type's whiteSpace facet is collapse
      if (!bytes) bad_lexical(text, target);
      return Atomic(T::kBase64Binary, base64_encode(*bytes));
    }
    case T::kQName: {
      std::string value(t);
      auto colon = value.find(':');
      std::string prefix = colon == std::string::npos ? "" : value.substr(0, colon);
      std::string local = colon == std::string::npos ? value : value.substr(colon + 1);
      if (!is_name(local, NameType::kNCName) ||
          (!prefix.empty() && !is_name(prefix, NameType::kNCName)))
        bad_lexical(text, target);
      std::optional<std::string> uri;
      if (resolver != nullptr) uri = (*resolver)(prefix);
      if (!uri) {
        if (!prefix.empty()) throw Error("FONS0004", "no namespace bound to prefix " + prefix);
        uri = "";
      }
      return Atomic(T::kQName, QNameValue{*uri, local, prefix});
    }
    case T::kNOTATION:
    case T::kAnyAtomic:
      throw Error("XPST0080", "cannot cast to abstract type " + std::string(type_name(target)));
    default:
      break;
  }
  if (is_temporal(target)) {
    auto v = DateTime::parse(*date_time_kind(target), t);
    if (!v) bad_lexical(text, target);
    return Atomic(target, *v);
  }
  bad_lexical(text, target);
}

Atomic cast_atomic(const Atomic& v, AtomicType target, const PrefixResolver* resolver) {
  AtomicType source = v.type();
  if (source == target) return v;
  if (target == T::kAnyAtomic || target == T::kNOTATION)
    throw Error("XPST0080", "cannot cast to abstract type " + std::string(type_name(target)));
  AtomicType tp = primitive_type(target);
  AtomicType sp = primitive_type(source);
  if (tp == T::kString || target == T::kUntypedAtomic) {
    // A string payload cast to xs:string or xs:untypedAtomic keeps its text: relabel it.
    if (v.holds_string() && (target == T::kString || target == T::kUntypedAtomic))
      return v.with_string_type(target);
    return atomic_from_string(atomic_to_string(v), target, resolver);
  }
  if (sp == T::kString || source == T::kUntypedAtomic) {
    if (target == T::kQName && resolver == nullptr && source != T::kUntypedAtomic) {
      // Allowed: the caller supplies the static namespaces when it has them.
    }
    return atomic_from_string(v.as_string(), target, resolver);
  }
  if (tp == T::kAnyURI) {
    if (sp == T::kAnyURI) return v;
    throw Error("XPTY0004", "cannot cast " + std::string(type_name(source)) + " to xs:anyURI");
  }
  bool source_numeric = is_numeric(source);
  if (tp == T::kBoolean) {
    if (source_numeric) {
      if (sp == T::kDouble || sp == T::kFloat) {
        double d = v.as_double();
        return Atomic::boolean(!(d == 0 || std::isnan(d)));
      }
      return Atomic::boolean(to_decimal(v).sign() != 0);
    }
  } else if (tp == T::kDouble || tp == T::kFloat) {
    double d = 0;
    if (source == T::kBoolean) {
      d = v.as_bool() ? 1 : 0;
    } else if (source_numeric) {
      d = numeric_to_double(v);
    } else {
      throw Error("XPTY0004", "cannot cast " + std::string(type_name(source)) + " to " +
                                  std::string(type_name(target)));
    }
    return tp == T::kDouble ? Atomic::dbl(d) : Atomic::flt(static_cast<float>(d));
  } else if (tp == T::kDecimal) {
    if (source == T::kBoolean) {
      return is_integer_type(target) ? make_integer(Integer(v.as_bool() ? 1 : 0), target, {})
                                     : Atomic::decimal(Decimal(v.as_bool() ? 1 : 0));
    }
    if (source_numeric) {
      if (sp == T::kDouble || sp == T::kFloat) {
        double d = v.as_double();
        if (std::isnan(d) || std::isinf(d))
          throw Error("FOCA0002", "cannot cast " + atomic_to_string(v) + " to " +
                                      std::string(type_name(target)));
        if (is_integer_type(target)) {
          return make_integer(*Integer::from_double(d), target, {});
        }
        return Atomic::decimal(*Decimal::from_double(d));
      }
      if (is_integer_type(target)) {
        Integer i = v.holds_integer() ? v.as_integer() : v.as_decimal().truncate();
        return make_integer(std::move(i), target, {});
      }
      return Atomic::decimal(to_decimal(v));
    }
  } else if (tp == T::kDuration) {
    if (sp == T::kDuration) return Atomic(target, v.as_duration().cast(duration_kind(target)));
  } else if (is_temporal(target) && is_temporal(source)) {
    auto r = v.as_datetime().cast(*date_time_kind(target));
    if (r) return Atomic(target, *r);
  } else if ((tp == T::kHexBinary || tp == T::kBase64Binary) &&
             (sp == T::kHexBinary || sp == T::kBase64Binary)) {
    std::string bytes =
        sp == T::kHexBinary ? hex_decode(v.as_string()) : *base64_binary_bytes(v.as_string());
    return Atomic(target, tp == T::kHexBinary ? hex_encode(bytes) : base64_encode(bytes));
  }
  throw Error("XPTY0004", "cannot cast " + std::string(type_name(source)) + " to " +
                              std::string(type_name(target)));
}

bool castable_atomic(const Atomic& value, AtomicType target, const PrefixResolver* resolver) {
  try {
    cast_atomic(value, target, resolver);
    return true;
  } catch (const Error& e) {
    if (e.code() == "XPST0080") throw;
    return false;
  }
}

namespace {

enum class Family { kNumeric, kString, kBoolean, kDuration, kTemporal, kQName, kBinary, kOther };

Family family(AtomicType t) {
  if (is_numeric(t)) return Family::kNumeric;
  if (is_string_like(t)) return Family::kString;
  if (t == T::kBoolean) return Family::kBoolean;
  if (derives_from(t, T::kDuration)) return Family::kDuration;
  if (is_temporal(t)) return Family::kTemporal;
  if (t == T::kQName) return Family::kQName;
  if (t == T::kHexBinary || t == T::kBase64Binary) return Family::kBinary;
  return Family::kOther;
}

[[noreturn]] void incomparable(const Atomic& a, const Atomic& b) {
  throw Error("XPTY0004", "cannot compare " + std::string(type_name(a.type())) + " with " +
                              std::string(type_name(b.type())));
}

/// What a comparison asks: equality only (eq, ne, grouping), or an order (lt, le, gt, ge, min,
/// max), which types that only support eq/ne reject.
enum class Comparison : std::uint8_t { kEquality, kOrder };

// nullopt = unordered (NaN).
std::optional<int> compare3(const Atomic& a, const Atomic& b, Comparison comparison) {
  const bool ordered_needed = comparison == Comparison::kOrder;
  Family fa = family(a.type()), fb = family(b.type());
  if (fa != fb) incomparable(a, b);
  auto sgn = [](auto c) { return c < 0 ? -1 : (c > 0 ? 1 : 0); };
  switch (fa) {
    case Family::kNumeric: {
      AtomicType pa = primitive_type(a.type()), pb = primitive_type(b.type());
      if (pa == T::kDecimal && pb == T::kDecimal) {
        bool ia = a.holds_integer();
        bool ib = b.holds_integer();
        if (ia && ib) {
          auto c = a.as_integer() <=> b.as_integer();
          return c < 0 ? -1 : (c > 0 ? 1 : 0);
        }
        auto c = to_decimal(a) <=> to_decimal(b);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
      }
      double x = numeric_to_double(a), y = numeric_to_double(b);
      if (pa == T::kFloat && pb != T::kDouble) y = round_to_float(y);
      if (pb == T::kFloat && pa != T::kDouble) x = round_to_float(x);
      if (std::isnan(x) || std::isnan(y)) return std::nullopt;
      return x < y ? -1 : (x > y ? 1 : 0);
    }
    case Family::kString:
      return sgn(a.as_string().compare(b.as_string()));
    case Family::kBoolean:
      return static_cast<int>(a.as_bool()) - static_cast<int>(b.as_bool());
    case Family::kDuration: {
      const Duration& x = a.as_duration();
      const Duration& y = b.as_duration();
      if (!ordered_needed) return x == y ? 0 : 1;
      if (a.type() == T::kDuration || b.type() == T::kDuration) incomparable(a, b);
      auto c = Duration::compare(x, y);
      if (!c) incomparable(a, b);
      return sgn(*c);
    }
    case Family::kTemporal: {
      if (a.type() != b.type()) incomparable(a, b);
      if (ordered_needed && a.type() != T::kDateTime && a.type() != T::kDate &&
          a.type() != T::kTime)
        incomparable(a, b);
      auto c = DateTime::compare(a.as_datetime(), b.as_datetime(), 0);
      if (!c) incomparable(a, b);
      return sgn(*c);
    }
    case Family::kQName:
      if (ordered_needed) incomparable(a, b);
      return a.as_qname().ns == b.as_qname().ns && a.as_qname().local == b.as_qname().local ? 0 : 1;
    case Family::kBinary:
      if (ordered_needed || a.type() != b.type()) incomparable(a, b);
      return a.as_string() == b.as_string() ? 0 : 1;
    default:
      incomparable(a, b);
  }
}

}  // namespace

bool compare_atomic(CompareOp op, const Atomic& a, const Atomic& b) {
  std::optional<int> c = compare3(
      a, b,
      op == CompareOp::kEq || op == CompareOp::kNe ? Comparison::kEquality : Comparison::kOrder);
  if (!c) return op == CompareOp::kNe;
  switch (op) {
    case CompareOp::kEq:
      return *c == 0;
    case CompareOp::kNe:
      return *c != 0;
    case CompareOp::kLt:
      return *c < 0;
    case CompareOp::kLe:
      return *c <= 0;
    case CompareOp::kGt:
      return *c > 0;
    case CompareOp::kGe:
      return *c >= 0;
  }
  return false;
}

std::optional<int> order_atomic(const Atomic& a, const Atomic& b) {
  return compare3(a, b, Comparison::kOrder);
}

bool atomic_equal_for_grouping(const Atomic& a, const Atomic& b, NaN nan) {
  if (family(a.type()) != family(b.type())) return false;
  if (nan == NaN::kEqualsNaN && is_nan(a) && is_nan(b)) return true;
  try {
    std::optional<int> c = compare3(a, b, Comparison::kEquality);
    return c && *c == 0;
  } catch (const Error&) {
    return false;
  }
}

namespace {

[[noreturn]] void bad_operands(const Atomic& a, const Atomic& b) {
  throw Error("XPTY0004", "arithmetic not defined for " + std::string(type_name(a.type())) +
                              " and " + std::string(type_name(b.type())));
}

Atomic exact_number(Integer i) { return Atomic::integer(std::move(i)); }
Atomic exact_number(Decimal d) { return Atomic::decimal(std::move(d)); }
Decimal as_decimal(const Integer& i) { return Decimal::from_integer(i); }
const Decimal& as_decimal(const Decimal& d) { return d; }

/// `*r`, or FOAR0001 with `message` when the operation had no result (a zero divisor).
template <typename Number>
Number checked(std::optional<Number> r, const char* message) {
  if (!r) throw Error("FOAR0001", message);
  return std::move(*r);
}

/// Arithmetic on two xs:integer or two xs:decimal operands: the result has the operands' type,
/// except that `div` of integers is a decimal and `idiv` is always an integer.
template <typename Number>
Atomic exact_arithmetic(ArithOp op, const Number& x, const Number& y) {
  switch (op) {
    case ArithOp::kAdd:
      return exact_number(x + y);
    case ArithOp::kSub:
      return exact_number(x - y);
    case ArithOp::kMul:
      return exact_number(x * y);
    case ArithOp::kDiv:
      return Atomic::decimal(
          checked(Decimal::divide(as_decimal(x), as_decimal(y)), "division by zero"));
    case ArithOp::kIdiv:
      return Atomic::integer(checked(Number::idiv(x, y), "integer division by zero"));
    case ArithOp::kMod:
      return exact_number(checked(Number::mod(x, y), "modulus by zero"));
  }
  std::abort();  // every ArithOp is a case above
}

Atomic numeric_arithmetic(ArithOp op, const Atomic& a, const Atomic& b) {
  AtomicType pa = primitive_type(a.type()), pb = primitive_type(b.type());
  if (pa == T::kDouble || pb == T::kDouble || pa == T::kFloat || pb == T::kFloat) {
    bool is_float = pa != T::kDouble && pb != T::kDouble;
    double x = numeric_to_double(a), y = numeric_to_double(b);
    double r = 0;
    switch (op) {
      case ArithOp::kAdd:
        r = x + y;
        break;
      case ArithOp::kSub:
        r = x - y;
        break;
      case ArithOp::kMul:
        r = x * y;
        break;
      case ArithOp::kDiv:
        r = x / y;
        break;
      case ArithOp::kMod:
        r = std::fmod(x, y);
        break;
      case ArithOp::kIdiv: {
        if (y == 0) throw Error("FOAR0001", "integer division by zero");
        if (std::isnan(x) || std::isnan(y) || std::isinf(x))
          throw Error("FOAR0002", "idiv of NaN or infinity");
        double q = std::trunc(x / y);
        auto i = Integer::from_double(q);
        if (!i) throw Error("FOAR0002", "idiv overflow");
        return Atomic::integer(std::move(*i));
      }
    }
    return is_float ? Atomic::flt(static_cast<float>(r)) : Atomic::dbl(r);
  }
  bool both_integer = a.holds_integer() && b.holds_integer();
  if (both_integer) return exact_arithmetic(op, a.as_integer(), b.as_integer());
  return exact_arithmetic(op, to_decimal(a), to_decimal(b));
}

bool is_date_like(AtomicType t) { return t == T::kDateTime || t == T::kDate || t == T::kTime; }

/// `op` is kMul or kDiv.
Atomic scale_duration(const Atomic& d, const Atomic& number, ArithOp op) {
  if (d.type() == T::kDuration) throw Error("XPTY0004", "cannot multiply or divide an xs:duration");
  double factor = numeric_to_double(number);
  if (std::isnan(factor)) throw Error("FOCA0005", "NaN supplied as a duration factor");
  auto r = op == ArithOp::kDiv ? Duration::divide(d.as_duration(), factor)
                               : Duration::multiply(d.as_duration(), factor);
  if (!r) throw Error("FODT0002", "duration overflow");
  return Atomic(d.type(), *r);
}

Atomic temporal_arithmetic(ArithOp op, const Atomic& a, const Atomic& b) {
  AtomicType ta = a.type(), tb = b.type();
  bool da = derives_from(ta, T::kDuration), db = derives_from(tb, T::kDuration);
  bool additive = op == ArithOp::kAdd || op == ArithOp::kSub;
  if (da && db && ta == tb && ta != T::kDuration) {
    if (additive) {
      auto r = op == ArithOp::kAdd ? Duration::add(a.as_duration(), b.as_duration())
                                   : Duration::subtract(a.as_duration(), b.as_duration());
      if (!r) throw Error("FODT0002", "duration overflow");
      return Atomic(ta, *r);
    }
    if (op == ArithOp::kDiv) {
      auto r = Duration::divide(a.as_duration(), b.as_duration());
      if (!r) throw Error("FOAR0001", "duration divided by a zero duration");
      return Atomic::decimal(std::move(*r));
    }
  }
  if (da && is_numeric(tb) && (op == ArithOp::kMul || op == ArithOp::kDiv))
    return scale_duration(a, b, op);
  if (is_numeric(ta) && db && op == ArithOp::kMul) return scale_duration(b, a, ArithOp::kMul);
  // `add_or_sub` is kAdd or kSub.
  auto shift = [&](const Atomic& date, const Atomic& duration, ArithOp add_or_sub) {
    if (duration.type() == T::kDuration ||
        (date.type() == T::kTime && duration.type() == T::kYearMonthDuration))
      bad_operands(a, b);
    auto r = add_or_sub == ArithOp::kSub
                 ? DateTime::subtract(date.as_datetime(), duration.as_duration())
                 : DateTime::add(date.as_datetime(), duration.as_duration());
    if (!r) throw Error("FODT0001", "date/time overflow");
    return Atomic(date.type(), *r);
  };
  if (is_date_like(ta) && db && additive) return shift(a, b, op);
  if (da && is_date_like(tb) && op == ArithOp::kAdd) return shift(b, a, ArithOp::kAdd);
  if (is_date_like(ta) && ta == tb && op == ArithOp::kSub) {
    auto r = DateTime::difference(a.as_datetime(), b.as_datetime(), 0);
    if (!r) throw Error("FODT0001", "date/time overflow");
    return Atomic(T::kDayTimeDuration, *r);
  }
  bad_operands(a, b);
}

}  // namespace

Atomic arithmetic(ArithOp op, const Atomic& a, const Atomic& b) {
  try {
    if (is_numeric(a.type()) && is_numeric(b.type())) return numeric_arithmetic(op, a, b);
    return temporal_arithmetic(op, a, b);
  } catch (const std::length_error&) {
    throw Error("FOAR0002", "numeric overflow");
  }
}

Atomic negate(const Atomic& a) {
  switch (primitive_type(a.type())) {
    case T::kDouble:
      return Atomic::dbl(-a.as_double());
    case T::kFloat:
      return Atomic::flt(-static_cast<float>(a.as_double()));
    case T::kDecimal:
      if (a.holds_integer()) return Atomic::integer(-a.as_integer());
      return Atomic::decimal(-a.as_decimal());
    default:
      throw Error("XPTY0004", "unary minus not defined for " + std::string(type_name(a.type())));
  }
}

}  // namespace konform::xpath
