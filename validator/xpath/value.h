// XDM values: an Item is a node (xdm::NodeRef, cheap to copy) or an atomic value (immutable;
// small payloads inline, the others shared); a Sequence is a vector of items. Atomic values carry
// their dynamic type and a payload: exact xs:integer/xs:decimal (konform::xsdtypes), double (also
// for xs:float, rounded to float precision), bool, string (string-like types, binary types in
// canonical form), QName, date/time and duration values (konform::xsdtypes::DateTime / Duration).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
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

/// An atomic value in 24 bytes: booleans and doubles (xs:float too) are held inline, so making,
/// copying and dropping them never touches the heap; the other payloads are boxed in one shared,
/// immutable allocation (copies share it), which keeps xs:integer and xs:decimal exact.
class Atomic {
 public:
  /// What a value is made from; the alternatives' order is the order of Form below.
  using Payload =
      std::variant<bool, double, Integer, Decimal, std::string, QNameValue, DateTime, Duration>;

  Atomic(AtomicType type, Payload payload)
      : type_(type), form_(static_cast<Form>(payload.index())) {
    std::visit([this](auto&& value) { place(std::move(value)); }, std::move(payload));
  }
  Atomic(const Atomic& other) : type_(other.type_), form_(other.form_) { copy_payload(other); }
  Atomic(Atomic&& other) noexcept : type_(other.type_), form_(other.form_) { take_payload(other); }
  Atomic& operator=(const Atomic& other) {
    if (this != &other) *this = Atomic(other);
    return *this;
  }
  Atomic& operator=(Atomic&& other) noexcept {
    if (this == &other) return *this;
    drop_payload();
    type_ = other.type_;
    form_ = other.form_;
    take_payload(other);
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
  const std::string& as_string() const { return boxed<std::string>(Form::kString); }
  const QNameValue& as_qname() const { return boxed<QNameValue>(Form::kQName); }
  const DateTime& as_datetime() const { return boxed<DateTime>(Form::kDateTime); }
  const Duration& as_duration() const { return boxed<Duration>(Form::kDuration); }

  bool holds_string() const { return form_ == Form::kString; }
  /// The payload is an exact integer (xs:integer and its subtypes), not a decimal or a double.
  bool holds_integer() const { return form_ == Form::kInteger; }
  /// Whether the payload lives in this object rather than in a shared box (for tests).
  bool is_inline() const { return form_ <= Form::kDouble; }

 private:
  enum class Form : std::uint8_t {
    kBool,
    kDouble,
    kInteger,
    kDecimal,
    kString,
    kQName,
    kDateTime,
    kDuration
  };
  using Box = std::shared_ptr<const void>;

  void place(bool b) { bool_ = b; }
  void place(double d) { double_ = d; }
  template <typename T>
  void place(T&& value) {
    using Value = std::decay_t<T>;
    new (&box_) Box(std::make_shared<const Value>(std::forward<T>(value)));
  }
  void copy_payload(const Atomic& other) {
    if (form_ == Form::kBool)
      bool_ = other.bool_;
    else if (form_ == Form::kDouble)
      double_ = other.double_;
    else
      new (&box_) Box(other.box_);
  }
  void take_payload(Atomic& other) {
    if (form_ == Form::kBool)
      bool_ = other.bool_;
    else if (form_ == Form::kDouble)
      double_ = other.double_;
    else
      new (&box_) Box(std::move(other.box_));
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
    Box box_;
  };
  AtomicType type_;
  Form form_;
};

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

using Sequence = std::vector<Item>;

}  // namespace konform::xpath
