// XDM values: an Item is a node (xdm::NodeRef, cheap to copy) or an atomic value (shared,
// immutable); a Sequence is a vector of items. Atomic values carry their dynamic type and a
// payload: exact xs:integer/xs:decimal (konform::xsdtypes), double (also for xs:float, rounded to
// float precision), bool, string (string-like types, binary types in canonical form), QName,
// date/time and duration values (konform::xsdtypes::DateTime / Duration).
#pragma once

#include <memory>
#include <string>
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

class Atomic {
 public:
  using Payload =
      std::variant<bool, double, Integer, Decimal, std::string, QNameValue, DateTime, Duration>;

  Atomic(AtomicType type, Payload payload) : type_(type), payload_(std::move(payload)) {}

  static Atomic string(std::string s) { return {AtomicType::kString, std::move(s)}; }
  static Atomic untyped(std::string s) { return {AtomicType::kUntypedAtomic, std::move(s)}; }
  static Atomic boolean(bool b) { return {AtomicType::kBoolean, b}; }
  static Atomic integer(Integer i) { return {AtomicType::kInteger, std::move(i)}; }
  static Atomic decimal(Decimal d) { return {AtomicType::kDecimal, std::move(d)}; }
  static Atomic dbl(double d) { return {AtomicType::kDouble, d}; }
  static Atomic flt(float f) { return {AtomicType::kFloat, static_cast<double>(f)}; }

  AtomicType type() const { return type_; }
  bool as_bool() const { return std::get<bool>(payload_); }
  double as_double() const { return std::get<double>(payload_); }
  const Integer& as_integer() const { return std::get<Integer>(payload_); }
  const Decimal& as_decimal() const { return std::get<Decimal>(payload_); }
  const std::string& as_string() const { return std::get<std::string>(payload_); }
  const QNameValue& as_qname() const { return std::get<QNameValue>(payload_); }
  const DateTime& as_datetime() const { return std::get<DateTime>(payload_); }
  const Duration& as_duration() const { return std::get<Duration>(payload_); }
  const Payload& payload() const { return payload_; }

  bool holds_string() const { return std::holds_alternative<std::string>(payload_); }

 private:
  AtomicType type_;
  Payload payload_;
};

class Item {
 public:
  Item(xdm::NodeRef node) : node_(node) {}  // NOLINT(google-explicit-constructor)
  Item(Atomic atomic)                       // NOLINT(google-explicit-constructor)
      : atomic_(std::make_shared<const Atomic>(std::move(atomic))) {}
  explicit Item(std::shared_ptr<const Atomic> atomic) : atomic_(std::move(atomic)) {}

  bool is_node() const { return atomic_ == nullptr; }
  bool is_atomic() const { return atomic_ != nullptr; }
  const xdm::NodeRef& node() const { return node_; }
  const Atomic& atomic() const { return *atomic_; }
  const std::shared_ptr<const Atomic>& atomic_ptr() const { return atomic_; }

 private:
  xdm::NodeRef node_;
  std::shared_ptr<const Atomic> atomic_;
};

using Sequence = std::vector<Item>;

}  // namespace konform::xpath
