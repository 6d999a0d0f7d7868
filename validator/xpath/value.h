// XDM values: an Item is a node (xdm::NodeRef, cheap to copy) or an atomic value (immutable;
// small payloads and short strings inline, the others shared); a Sequence is a vector of items.
// Atomic values carry their dynamic type and a payload: exact xs:integer/xs:decimal
// (konform::xsdtypes), double (also for xs:float, rounded to float precision), bool, string
// (string-like types, binary types in canonical form), QName, date/time and duration values
// (konform::xsdtypes::DateTime / Duration).
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "validator/xdm/document.h"
#include "validator/xpath/atomic_type.h"
#include "validator/xsdtypes/date_time.h"
#include "validator/xsdtypes/decimal.h"
#include "validator/xsdtypes/duration.h"
#include "validator/xsdtypes/integer.h"

namespace konform::xpath {

using xsdtypes::DateTime;
using xsdtypes::Decimal;
using xsdtypes::Duration;
using xsdtypes::Integer;

struct QNameValue {
  std::string ns;
  std::string local;
  std::string prefix;
};

/// An atomic value in 24 bytes: booleans, doubles (xs:float too) and strings of up to
/// kInlineStringBytes bytes (most codes, amounts, dates and IDs in rule sets) are held inline, so
/// making, copying and dropping them never touches the heap; the other payloads are boxed in one
/// shared, immutable allocation (copies share it), which keeps xs:integer and xs:decimal exact.
class Atomic {
 public:
  /// What a value is made from; the alternatives' order is the order of Form below.
  using Payload =
      std::variant<bool, double, Integer, Decimal, std::string, QNameValue, DateTime, Duration>;
  /// The longest string held inline: the union's 16 bytes less one for the length.
  static constexpr std::size_t kInlineStringBytes = 15;

  Atomic(AtomicType type, Payload payload)
      : type_(type), form_(static_cast<Form>(payload.index())) {
    std::visit([this](auto&& value) { place(std::move(value)); }, std::move(payload));
  }
  /// A string-like value of `type` copied from `s` (inline when short), for callers that hold a
  /// view (a node's text in its document, a part of another string) rather than a std::string.
  static Atomic text(AtomicType type, std::string_view s) {
    if (s.size() > kInlineStringBytes) return {type, std::string(s)};
    return {ShortTag{}, type, s};
  }
  Atomic(const Atomic& other) : type_(other.type_), form_(other.form_) { adopt_payload(other); }
  Atomic(Atomic&& other) noexcept : type_(other.type_), form_(other.form_) {
    adopt_payload(std::move(other));
  }
  Atomic& operator=(const Atomic& other) {
    if (this != &other) *this = Atomic(other);
    return *this;
  }
  Atomic& operator=(Atomic&& other) noexcept {
    if (this == &other) return *this;
    drop_payload();
    type_ = other.type_;
    form_ = other.form_;
    adopt_payload(std::move(other));
    return *this;
  }
  ~Atomic() { drop_payload(); }

  static Atomic string(std::string s) { return {AtomicType::kString, std::move(s)}; }
  static Atomic untyped(std::string s) { return {AtomicType::kUntypedAtomic, std::move(s)}; }
  static Atomic boolean(bool b) { return {AtomicType::kBoolean, b}; }
  static Atomic integer(Integer i) { return {AtomicType::kInteger, std::move(i)}; }
  static Atomic decimal(Decimal d) { return {AtomicType::kDecimal, std::move(d)}; }
  static Atomic dbl(double d) { return {AtomicType::kDouble, d}; }
  static Atomic flt(float f) { return {AtomicType::kFloat, static_cast<double>(f)}; }

  AtomicType type() const { return type_; }
  /// The same string as another string-like type (xs:untypedAtomic or xs:anyURI promoted to
  /// xs:string): shares a boxed string instead of copying it.
  Atomic with_string_type(AtomicType type) const {
    if (!holds_string()) throw std::bad_variant_access();
    Atomic retyped(*this);
    retyped.type_ = type;
    return retyped;
  }
  bool as_bool() const {
    expect(Form::kBool);
    return bool_;
  }
  double as_double() const {
    expect(Form::kDouble);
    return double_;
  }
  const Integer& as_integer() const { return boxed<Integer>(Form::kInteger); }
  const Decimal& as_decimal() const { return boxed<Decimal>(Form::kDecimal); }
  /// The string of a string-like or binary value; valid while this value (or a copy) lives.
  std::string_view as_string() const {
    if (form_ == Form::kShortString) return {short_.chars, short_.size};
    return boxed<std::string>(Form::kString);
  }
  const QNameValue& as_qname() const { return boxed<QNameValue>(Form::kQName); }
  const DateTime& as_datetime() const { return boxed<DateTime>(Form::kDateTime); }
  const Duration& as_duration() const { return boxed<Duration>(Form::kDuration); }

  bool holds_string() const { return form_ == Form::kString || form_ == Form::kShortString; }
  /// The payload is an exact integer (xs:integer and its subtypes), not a decimal or a double.
  bool holds_integer() const { return form_ == Form::kInteger; }
  /// Whether the payload lives in this object rather than in a shared box (for tests).
  bool is_inline() const { return form_ <= Form::kDouble || form_ == Form::kShortString; }

 private:
  // The first eight follow Payload's alternatives; kShortString is a kString held inline.
  enum class Form : std::uint8_t {
    kBool,
    kDouble,
    kInteger,
    kDecimal,
    kString,
    kQName,
    kDateTime,
    kDuration,
    kShortString
  };
  using Box = std::shared_ptr<const void>;
  struct ShortString {
    char chars[kInlineStringBytes];
    std::uint8_t size;
  };

  struct ShortTag {};
  // Only for s.size() <= kInlineStringBytes.
  Atomic(ShortTag /*unused*/, AtomicType type, std::string_view s)
      : type_(type), form_(Form::kShortString) {
    place_short(s);
  }
  void place(bool b) { bool_ = b; }
  void place(double d) { double_ = d; }
  void place(std::string&& s) {
    if (s.size() > kInlineStringBytes) {
      new (&box_) Box(std::make_shared<const std::string>(std::move(s)));
      return;
    }
    form_ = Form::kShortString;
    place_short(s);
  }
  void place_short(std::string_view s) {
    short_.size = static_cast<std::uint8_t>(s.size());
    if (!s.empty()) std::memcpy(short_.chars, s.data(), s.size());
  }
  template <typename T>
  void place(T&& value) {
    using Value = std::decay_t<T>;
    new (&box_) Box(std::make_shared<const Value>(std::forward<T>(value)));
  }
  /// Takes `other`'s payload: copies from an lvalue, moves the box out of an rvalue.
  template <typename Other>
  void adopt_payload(Other&& other) {
    if (form_ == Form::kBool)
      bool_ = other.bool_;
    else if (form_ == Form::kDouble)
      double_ = other.double_;
    else if (form_ == Form::kShortString)
      short_ = other.short_;
    else
      new (&box_) Box(std::forward<Other>(other).box_);
  }
  void drop_payload() {
    if (!is_inline()) box_.~Box();
  }
  // Asking for another payload than the one held throws, as std::get on the variant it was did.
  void expect(Form form) const {
    if (form_ != form) throw std::bad_variant_access();
  }
  template <typename T>
  const T& boxed(Form form) const {
    expect(form);
    return *static_cast<const T*>(box_.get());
  }

  union {
    bool bool_;
    double double_;
    ShortString short_;
    Box box_;
  };
  AtomicType type_;
  Form form_;
};
static_assert(sizeof(Atomic) == 24, "an atomic value stays 24 bytes");

/// A node or an atomic value, in 32 bytes.
class Item {
 public:
  Item(xdm::NodeRef node) : value_(node) {}  // NOLINT(google-explicit-constructor)
  Item(Atomic atomic)                        // NOLINT(google-explicit-constructor)
      : value_(std::in_place_type<Atomic>, std::move(atomic)) {}

  bool is_node() const { return value_.index() == 0; }
  bool is_atomic() const { return value_.index() == 1; }
  /// A null NodeRef for an atomic value.
  const xdm::NodeRef& node() const {
    static const xdm::NodeRef kNone;
    const xdm::NodeRef* node = std::get_if<xdm::NodeRef>(&value_);
    return node != nullptr ? *node : kNone;
  }
  const Atomic& atomic() const { return *std::get_if<Atomic>(&value_); }

 private:
  std::variant<xdm::NodeRef, Atomic> value_;
};

static_assert(sizeof(Item) == 32, "an item stays 32 bytes");

using Sequence = std::vector<Item>;

}  // namespace konform::xpath
